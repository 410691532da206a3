#include "model/DeviceKind.h"

#include <QRegularExpression>

namespace gatehouse {

namespace {

bool mentions(const QString& text, const QRegularExpression& words)
{
    return !text.isEmpty() && words.match(text).hasMatch();
}

} // namespace

DeviceKind::Kind DeviceKind::guess(const std::optional<ClientInformation>& client,
                                   const std::optional<QString>& name)
{
    // Whole words only: "bot" must not match "Abbott", nor "ios" "Studios".
    static const QRegularExpression bot(
        QStringLiteral(R"(\b(bots?|bridge|script|cron|backup|commander|maubot|mautrix|appservice|cli|curl|)"
                       R"(python|nio|matrix-nio|simplematrixbotlib|heisenbridge|webhooks?)\b|bot\b)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression mobile(
        QStringLiteral(R"(\b(android|ios|iphone|ipad|ipados|mobile|phone|tablet|pixel|galaxy|oneplus|)"
                       R"(xiaomi|huawei|element x|fluffychat|schildichat next)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression web(
        QStringLiteral(R"(\b(web|browser|firefox|chrome|chromium|safari|edge|opera|brave|vivaldi)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression desktop(
        QStringLiteral(R"(\b(desktop|laptop|linux|windows|macos|mac|pc|workstation|ubuntu|debian|fedora|)"
                       R"(arch|nheko|neochat|fractal|quaternion|gatehouse|computer)\b)"),
        QRegularExpression::CaseInsensitiveOption);

    const QString app = client ? client->name.value_or(QString()) : QString();
    const QString url = client ? client->url.value_or(QString()).trimmed() : QString();
    const QString shown = name.value_or(QString());
    if (mentions(app, bot) || mentions(shown, bot))
        return Bot;
    // Element Desktop writes a vector:// address; a web app writes where it is served from.
    if (!url.isEmpty() && !url.startsWith(QStringLiteral("vector://"), Qt::CaseInsensitive))
        return Web;
    for (const QString& text : {app, shown}) {
        if (mentions(text, mobile))
            return Mobile;
    }
    for (const QString& text : {app, shown}) {
        if (mentions(text, web))
            return Web;
    }
    if (url.startsWith(QStringLiteral("vector://"), Qt::CaseInsensitive))
        return Desktop;
    for (const QString& text : {app, shown}) {
        if (mentions(text, desktop))
            return Desktop;
    }
    return Unknown;
}

QString DeviceKind::label(Kind kind)
{
    switch (kind) {
    case Desktop:
        return tr("Desktop");
    case Mobile:
        return tr("Mobile");
    case Web:
        return tr("Web browser");
    case Bot:
        return tr("Bot or script");
    case Unknown:
        break;
    }
    return tr("Unknown kind of device");
}

} // namespace gatehouse
