#pragma once

#include "auth/SignInResult.h"
#include "network/Result.h"

#include <QObject>

namespace gatehouse {

// The one shape of every way of signing in (OAuthSignIn, DeviceCodeSignIn, PasswordSignIn): start() with
// the flow's own inputs, progress() while it works, cancel() at any time, and finished() exactly once per
// start() with the signed-in account or the Error (Error::Kind::Cancelled after cancel()). Starting again
// abandons the attempt under way without a finished() for it.
class SignInFlow : public QObject
{
    Q_OBJECT

public:
    bool isRunning() const { return m_running; }
    void cancel();

Q_SIGNALS:
    void progress(const QString& text);
    void finished(const gatehouse::Result<gatehouse::SignInResult>& result);

protected:
    explicit SignInFlow(QObject* parent = nullptr);

    // A new attempt: ends the one under way (without finished()) and returns the context that this
    // attempt's requests are sent with; it is deleted when the attempt ends, dropping their answers.
    QObject* begin();
    QObject* attempt() const { return m_attempt; }
    // Ends the attempt with `result`, once; later calls do nothing.
    void finish(const Result<SignInResult>& result);
    // The flow's own clean-up when an attempt ends (timers, listeners).
    virtual void stopAttempt() {}

private:
    void end();

    bool m_running = false;
    QObject* m_attempt = nullptr;
};

} // namespace gatehouse
