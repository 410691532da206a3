#pragma once

#include "network/Error.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace gatehouse {

// Where authenticated requests get their access token, and how a rejected one is renewed. A token from the
// environment cannot be renewed; a saved OAuth or classic session can (see the sign-in code).
class TokenSource
{
public:
    virtual ~TokenSource() = default;

    virtual QString accessToken() const = 0;
    // The origins (HttpRequest::originOf) this token may be sent to; empty: only the server it is used with.
    virtual QStringList origins() const { return {}; }
    virtual bool canRefresh() const { return false; }
    // Makes accessToken() usable (a saved account reads its tokens from the keychain here); `done` gets
    // nullopt or the Error that leaves the account without tokens.
    virtual void prepare(const QObject* context, std::function<void(const std::optional<Error>&)> done)
    {
        Q_UNUSED(context)
        done(std::nullopt);
    }
    // Renews the access token; `done` gets nullopt on success or the Error that ended the session.
    virtual void refresh(const QObject* context, std::function<void(const std::optional<Error>&)> done)
    {
        Q_UNUSED(context)
        done(Error::make(Error::Kind::TokenRejected, QString()));
    }
};

// A fixed token: GATEHOUSE_ACCESS_TOKEN, the demo server's token, a test's token.
class StaticTokenSource : public TokenSource
{
public:
    explicit StaticTokenSource(QString token)
        : m_token(std::move(token))
    {}
    QString accessToken() const override { return m_token; }

private:
    QString m_token;
};

} // namespace gatehouse
