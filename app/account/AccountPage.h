#pragma once

#include "account/AccountAction.h"
#include "account/AdvertisedActions.h"
#include "network/Result.h"
#include "network/UrlSafety.h"

#include <QCoreApplication>

#include <optional>
#include <variant>

namespace gatehouse {

struct AuthMetadata;

// The homeserver's account-management page as advertised in its metadata, and the URLs Gatehouse may open
// on it. Safety comes first: an unsafe page offers nothing, whatever actions the server lists.
class AccountPage
{
    Q_DECLARE_TR_FUNCTIONS(AccountPage)

public:
    AccountPage() = default;
    static AccountPage fromMetadata(const std::optional<AuthMetadata>& metadata);

    // The URI as the server gave it, or nullopt when the server has no account page.
    const std::optional<QString>& uri() const { return m_uri; }
    bool exists() const { return m_uri.has_value(); }
    bool isSafe() const { return m_uri && m_verdict == UrlSafety::Verdict::Safe; }
    // What the window and --list offer: the advertised actions, none when there is no safe page.
    AdvertisedActions offered() const { return isSafe() ? m_advertised : AdvertisedActions(); }
    const AdvertisedActions& advertised() const { return m_advertised; }

    // The URL for an action (nullopt: the bare page). Errors, in this order: NoAccountPage (no page),
    // UnsafeUrl (the page is refused), NotAdvertised (the server does not list the action), BadDeviceId (the
    // ID is not valid Unicode text, so no URL could carry it exactly: it would name another session).
    enum class Problem
    {
        NoAccountPage,
        UnsafeUrl,
        NotAdvertised,
        BadDeviceId
    };
    struct Refusal
    {
        Problem problem;
        QString message;
    };
    std::variant<QString, Refusal> urlFor(std::optional<AccountAction> action,
                                          const std::optional<QString>& deviceId = std::nullopt) const;

    // For "Deactivate account…": the deactivate action when advertised, otherwise the bare page.
    std::variant<QString, Refusal> deactivationUrl() const;

private:
    std::optional<QString> m_uri;
    UrlSafety::Verdict m_verdict = UrlSafety::Verdict::Malformed;
    AdvertisedActions m_advertised;
};

} // namespace gatehouse
