#include "auth/SignInFlow.h"

namespace gatehouse {

SignInFlow::SignInFlow(QObject* parent)
    : QObject(parent)
{}

void SignInFlow::cancel()
{
    if (m_running)
        finish(Error::make(Error::Kind::Cancelled, tr("The sign-in was cancelled.")));
}

QObject* SignInFlow::begin()
{
    end();
    m_running = true;
    m_attempt = new QObject(this);
    return m_attempt;
}

void SignInFlow::finish(const Result<SignInResult>& result)
{
    if (!m_running)
        return;
    end();
    Q_EMIT finished(result);
}

void SignInFlow::end()
{
    m_running = false;
    stopAttempt();
    if (m_attempt) {
        // Ends this attempt's outstanding requests (their callbacks are never called).
        m_attempt->deleteLater();
        m_attempt = nullptr;
    }
}

} // namespace gatehouse
