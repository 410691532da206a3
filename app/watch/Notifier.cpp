#include "watch/Notifier.h"

namespace gatehouse {

QString Notifier::actionKey(Action action)
{
    switch (action) {
    case Action::Review:
        return QStringLiteral("review");
    case Action::SignOut:
        return QStringLiteral("sign-out");
    case Action::ItWasMe:
        break;
    }
    return QStringLiteral("it-was-me");
}

std::optional<Notifier::Action> Notifier::actionFromKey(const QString& key)
{
    // "default" is a click on the notification itself: the same as Review.
    if (key == u"review" || key == u"default")
        return Action::Review;
    if (key == u"sign-out")
        return Action::SignOut;
    if (key == u"it-was-me")
        return Action::ItWasMe;
    return std::nullopt;
}

} // namespace gatehouse
