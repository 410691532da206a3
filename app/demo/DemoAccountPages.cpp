#include "demo/DemoAccountPages.h"

#include "account/AccountManagementUrl.h"
#include "demo/DemoAccount.h"

#include <QDateTime>
#include <QLocale>

namespace gatehouse {

namespace {

QString link(const QString& accountUri, const QString& action,
             const std::optional<QString>& deviceId = std::nullopt)
{
    return AccountManagementUrl::build(accountUri, action, deviceId).toHtmlEscaped();
}

QString lastSeen(const Device& device)
{
    if (!device.lastSeenTs)
        return QStringLiteral("never");
    return QLocale::c().toString(QDateTime::fromMSecsSinceEpoch(*device.lastSeenTs).toUTC(),
                                 QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

} // namespace

QString DemoAccountPages::sessionName(const Device& device)
{
    return device.displayName && !device.displayName->isEmpty() ? *device.displayName
                                                                : QStringLiteral("Unnamed session");
}

QByteArray DemoAccountPages::page(const QString& title, const QString& body, const QString& accountUri)
{
    const QString html =
        u"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        u"<meta name=\"viewport\" content=\"width=device-width\"><title>" +
        escape(title) +
        u" – Demo account</title><style>"
        u"body{font-family:system-ui,sans-serif;max-width:44em;margin:2em auto;padding:0 1em;color:#1b1d22}"
        u"header{border-bottom:1px solid #ccc;margin-bottom:1.5em}header a{margin-right:1em}"
        u"table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.4em;border-bottom:1px "
        u"solid #eee}"
        u".danger{background:#b3261e;color:#fff;border:0;padding:.6em 1.2em;border-radius:6px;font-size:1em}"
        u".note{background:#f3f4f6;padding:.8em;border-radius:6px}"
        u"</style></head><body><header><p><strong>Demo homeserver – account</strong></p><nav>"
        u"<a href=\"" +
        link(accountUri, QStringLiteral("org.matrix.profile")) + u"\">Profile</a><a href=\"" +
        link(accountUri, QStringLiteral("org.matrix.devices_list")) +
        u"\">Sessions</a></nav></header><main><h1>" + escape(title) + u"</h1>" + body +
        u"</main></body></html>\n";
    return html.toUtf8();
}

QByteArray DemoAccountPages::overview(const DemoAccount& account, const QString& accountUri,
                                      const QString& heading)
{
    QString rows;
    for (const Device& device : account.devices()) {
        rows += u"<tr><td><a href=\"" +
                link(accountUri, QStringLiteral("org.matrix.device_view"), device.id) + u"\">" +
                escape(sessionName(device)) + u"</a>" +
                (device.id == account.currentDeviceId() ? QStringLiteral(" (current)") : QString()) +
                u"</td><td><code>" + escape(device.id) + u"</code></td><td>" + escape(lastSeen(device)) +
                u"</td></tr>";
    }
    return page(heading,
                u"<p>Signed in as <strong>" + escape(account.userId()) +
                    u"</strong>.</p><table><thead><tr>"
                    u"<th>Session</th><th>Device ID</th><th>Last active</th></tr></thead><tbody>" +
                    rows + u"</tbody></table>",
                accountUri);
}

QByteArray DemoAccountPages::profile(const DemoAccount& account, const QString& accountUri)
{
    return page(
        QStringLiteral("Profile"),
        u"<p>Matrix ID: <strong>" + escape(account.userId()) +
            u"</strong></p><p class=\"note\">This demo account has no display name or contact details to "
            u"edit.</p>",
        accountUri);
}

QByteArray DemoAccountPages::sessionDetail(const Device& device, bool current, const QString& accountUri,
                                           const QString& signOutAction)
{
    QString body = u"<table><tr><th>Name</th><td>" + escape(sessionName(device)) +
                   u"</td></tr><tr><th>Device ID</th><td><code>" + escape(device.id) +
                   u"</code></td></tr><tr><th>Last active</th><td>" + escape(lastSeen(device)) +
                   u"</td></tr><tr><th>Last IP address</th><td>" +
                   escape(device.lastSeenIp.value_or(QStringLiteral("unknown"))) + u"</td></tr></table>";
    if (current)
        body += u"<p class=\"note\">This is the session Gatehouse is using.</p>";
    body +=
        u"<p><a href=\"" + link(accountUri, signOutAction, device.id) + u"\">Sign out this session…</a></p>";
    return page(QStringLiteral("Session"), body, accountUri);
}

QByteArray DemoAccountPages::confirmSignOut(const Device& device, const QString& formToken,
                                            const QString& accountUri)
{
    const QString body =
        u"<p>You are about to sign out <strong>" + escape(sessionName(device)) + u"</strong> (<code>" +
        escape(device.id) +
        u"</code>). Anyone using it will be signed out, and its encryption keys will be lost unless they are "
        u"backed up.</p><form method=\"post\" action=\"sign-out\">"
        u"<input type=\"hidden\" name=\"device_id\" value=\"" +
        escape(device.id) + u"\"><input type=\"hidden\" name=\"token\" value=\"" + escape(formToken) +
        u"\"><button class=\"danger\" type=\"submit\">Sign out</button></form>";
    return page(QStringLiteral("Sign out session?"), body, accountUri);
}

QByteArray DemoAccountPages::signedOut(const QString& name, const QString& accountUri)
{
    return page(QStringLiteral("Signed out"),
                u"<p><strong>" + escape(name) +
                    u"</strong> has been signed out. You can close this tab and return to Gatehouse.</p>",
                accountUri);
}

QByteArray DemoAccountPages::unknownSession(const QString& deviceId, const QString& accountUri)
{
    return page(QStringLiteral("Session not found"),
                u"<p>Cannot find session: <code>" + escape(deviceId) +
                    u"</code>. It may already be signed out.</p>",
                accountUri);
}

QByteArray DemoAccountPages::confirmCrossSigningReset(const QString& formToken, const QString& accountUri)
{
    return page(
        QStringLiteral("Reset your identity?"),
        u"<p>Approving lets a client replace your cross-signing keys for the next 10 minutes. Sessions you "
        u"verified before will have to be verified again.</p><form method=\"post\" "
        u"action=\"reset-cross-signing\"><input type=\"hidden\" name=\"token\" value=\"" +
            escape(formToken) + u"\"><button class=\"danger\" type=\"submit\">Allow reset</button></form>",
        accountUri);
}

QByteArray DemoAccountPages::crossSigningResetApproved(const QString& accountUri)
{
    return page(QStringLiteral("Reset allowed"),
                QStringLiteral("<p>Your client may now reset your identity for the next 10 minutes.</p>"),
                accountUri);
}

QByteArray DemoAccountPages::deactivate(const DemoAccount& account, const QString& accountUri)
{
    return page(
        QStringLiteral("Deactivate account"),
        u"<p>Deactivating <strong>" + escape(account.userId()) +
            u"</strong> would sign out every session and cannot be undone.</p><p class=\"note\">The demo "
            u"account cannot be deactivated.</p>",
        accountUri);
}

QByteArray DemoAccountPages::formExpired(const QString& accountUri)
{
    return page(QStringLiteral("Please try again"),
                QStringLiteral("<p>This form has expired or was already used. Nothing was changed.</p>"),
                accountUri);
}

} // namespace gatehouse
