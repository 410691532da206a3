#include "auth/SignInIdentity.h"

#include "matrix/HomeserverAddress.h"
#include "text/UntrustedText.h"

namespace gatehouse {

namespace {

Error refusal(const QString& message)
{
    Error error = Error::make(Error::Kind::InvalidResponse, message);
    error.errcode = QStringLiteral("gatehouse.identity_mismatch");
    return error;
}

} // namespace

QString SignInIdentity::serverNameOf(const QString& userId)
{
    const qsizetype colon = userId.indexOf(u':');
    if (!userId.startsWith(u'@') || colon < 2 || colon == userId.size() - 1)
        return QString();
    return userId.mid(colon + 1);
}

std::optional<Error> SignInIdentity::check(const QString& typed, const QString& passwordUser,
                                           const QString& userId)
{
    const HomeserverAddress address = HomeserverAddress::parse(typed);
    QString exactId = address.kind == HomeserverAddress::Kind::UserId ? address.userId : QString();
    QString serverName = address.kind == HomeserverAddress::Kind::BaseUrl ? QString() : address.serverName;
    const QString user = passwordUser.trimmed();
    if (!user.isEmpty()) {
        if (!serverNameOf(user).isEmpty())
            exactId = user;
        else if (!exactId.isEmpty() && exactId.mid(1, exactId.indexOf(u':') - 1) != user)
            exactId.clear(); // another name on the same server
    }
    const QString shown = UntrustedText::forMessage(userId);
    if (!exactId.isEmpty() && userId != exactId)
        return refusal(
            tr("You asked to sign in as %1, but the server signed you in as %2. Nothing was saved.")
                .arg(UntrustedText::forMessage(exactId), shown));
    if (!serverName.isEmpty() && serverNameOf(userId).compare(serverName, Qt::CaseInsensitive) != 0)
        return refusal(
            tr("You asked to sign in on %1, but the server signed you in as %2, which is not on %1. "
               "Nothing was saved.")
                .arg(UntrustedText::forMessage(serverName), shown));
    if (serverNameOf(userId).isEmpty())
        return refusal(
            tr("The server signed you in as “%1”, which is not a Matrix ID. Nothing was saved.").arg(shown));
    return std::nullopt;
}

} // namespace gatehouse
