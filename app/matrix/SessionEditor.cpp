#include "matrix/SessionEditor.h"

#include "log/SecretRedactor.h"
#include "matrix/DevicesClient.h"
#include "matrix/MatrixError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace gatehouse {

SessionEditor::SessionEditor(DevicesClient* client, bool serverUsesOAuth, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_oauth(serverUsesOAuth)
{}

QString SessionEditor::nameProblem(const QString& name)
{
    // Synapse counts characters (code points), not UTF-16 units.
    const qsizetype length = name.toUcs4().size();
    if (length <= MaxNameLength)
        return {};
    return tr("A session name can have at most %1 characters; this one has %2.")
        .arg(MaxNameLength)
        .arg(length);
}

void SessionEditor::rename(const QString& deviceId, const QString& name, const QObject* context,
                           std::function<void(const std::optional<Error>&)> done)
{
    const QString tooLong = nameProblem(name);
    if (!tooLong.isEmpty()) {
        Error error = Error::make(Error::Kind::InvalidResponse, tooLong);
        error.errcode = QStringLiteral("M_TOO_LARGE");
        done(error);
        return;
    }
    const QUrl url =
        m_client->endpoint(u"/_matrix/client/v3/devices/" + DevicesClient::encodePathSegment(deviceId));
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("display_name"), name}}).toJson(QJsonDocument::Compact);
    m_client->send(HttpRequest::json("PUT", url, body), context, [url, done](const HttpResult& result) {
        if (!result) {
            done(result.error());
            return;
        }
        const std::optional<Error> failure = failureOf(result, url.host(), &MatrixError::readBody);
        if (!failure) {
            done(std::nullopt);
            return;
        }
        Error error = *failure;
        if (error.errcode == u"M_TOO_LARGE")
            error.message = tr("The server refused the name because it is too long (at most %1 characters).")
                                .arg(MaxNameLength);
        else if (result->status == 404)
            error.message = tr("This session no longer exists.");
        done(error);
    });
}

QJsonObject SessionEditor::passwordAuth(const QString& userId, const QString& password,
                                        const QString& session)
{
    SecretRedactor::addSecret(password);
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("m.login.password")},
        {QStringLiteral("identifier"), QJsonObject{{QStringLiteral("type"), QStringLiteral("m.id.user")},
                                                   {QStringLiteral("user"), userId}}},
        {QStringLiteral("password"), password},
        {QStringLiteral("session"), session},
    };
}

QString SessionEditor::fallbackUrl(const QString& stage, const QString& session) const
{
    QUrl url = m_client->endpoint(u"/_matrix/client/v3/auth/" + DevicesClient::encodePathSegment(stage) +
                                  u"/fallback/web");
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("session"), QString::fromLatin1(QUrl::toPercentEncoding(session)));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

void SessionEditor::deleteDevices(const QStringList& deviceIds, const QJsonObject& auth,
                                  const QObject* context,
                                  std::function<void(const Result<DeleteOutcome>&)> done)
{
    if (m_oauth) {
        // docs/protocol.md "Changing sessions": on an OAuth server, never DELETE /devices or delete_devices.
        done(Error::make(Error::Kind::InvalidResponse,
                         tr("This server signs sessions out on its account page, not from Gatehouse.")));
        return;
    }
    QJsonObject body{{QStringLiteral("devices"), QJsonArray::fromStringList(deviceIds)}};
    if (!auth.isEmpty())
        body.insert(QStringLiteral("auth"), auth);
    const QUrl url = m_client->endpoint(QStringLiteral("/_matrix/client/v3/delete_devices"));
    HttpRequest request = HttpRequest::json("POST", url, QJsonDocument(body).toJson(QJsonDocument::Compact));
    request.bodyHasSecret = !auth.isEmpty(); // the password of a classic sign-out
    m_client->send(request, context, [url, done](const HttpResult& result) {
        if (!result) {
            done(result.error());
            return;
        }
        if (result->isSuccess()) {
            done(DeleteOutcome{true, std::nullopt});
            return;
        }
        if (result->status == 401) {
            if (auto challenge = UiaChallenge::parse(result->body)) {
                done(DeleteOutcome{false, challenge});
                return;
            }
        }
        done(*failureOf(result, url.host(), &MatrixError::readBody));
    });
}

} // namespace gatehouse
