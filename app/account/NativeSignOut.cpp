#include "account/NativeSignOut.h"

#include "account/UrlOpener.h"
#include "matrix/SessionEditor.h"

#include <QJsonObject>

namespace gatehouse {

namespace {

constexpr int MaxRounds = 8; // a server that keeps asking is not followed for ever

} // namespace

NativeSignOut::NativeSignOut(SessionEditor* editor, UrlOpener* opener, QString userId, QStringList deviceIds,
                             QObject* parent)
    : QObject(parent)
    , m_editor(editor)
    , m_opener(opener)
    , m_userId(std::move(userId))
    , m_deviceIds(std::move(deviceIds))
{}

void NativeSignOut::start()
{
    send({});
}

void NativeSignOut::send(const QJsonObject& auth)
{
    if (++m_rounds > MaxRounds) {
        finish(Error::make(Error::Kind::InvalidResponse,
                           tr("The server kept asking for more confirmation; nothing was signed out.")));
        return;
    }
    m_editor->deleteDevices(m_deviceIds, auth, this,
                            [this](const Result<SessionEditor::DeleteOutcome>& outcome) {
                                if (!outcome) {
                                    finish(outcome.error());
                                    return;
                                }
                                if (outcome->done) {
                                    finish(std::nullopt);
                                    return;
                                }
                                answer(*outcome->challenge);
                            });
}

void NativeSignOut::answer(const UiaChallenge& challenge)
{
    const QString stage = challenge.nextStage();
    if (stage.isEmpty()) {
        finish(Error::make(Error::Kind::InvalidResponse,
                           tr("The server asked for a confirmation Gatehouse does not know how to give.")));
        return;
    }
    if (stage == u"m.login.password") {
        const bool retry = challenge.errcode == u"M_FORBIDDEN";
        const std::optional<QString> password = askPassword ? askPassword(retry) : std::nullopt;
        if (!password) {
            finish(Error::make(Error::Kind::Cancelled, tr("Nothing was signed out.")));
            return;
        }
        send(SessionEditor::passwordAuth(m_userId, *password, challenge.session));
        return;
    }
    const QString url = m_editor->fallbackUrl(stage, challenge.session);
    const bool opened = m_opener && m_opener->open(url);
    if (!confirmFallback || !confirmFallback(url, opened)) {
        finish(Error::make(Error::Kind::Cancelled, tr("Nothing was signed out.")));
        return;
    }
    send(QJsonObject{{QStringLiteral("session"), challenge.session}});
}

void NativeSignOut::finish(const std::optional<Error>& error)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(error);
}

} // namespace gatehouse
