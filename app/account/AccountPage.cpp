#include "account/AccountPage.h"

#include "account/AccountManagementUrl.h"
#include "matrix/AuthMetadata.h"
#include "text/UntrustedText.h"

namespace gatehouse {

AccountPage AccountPage::fromMetadata(const std::optional<AuthMetadata>& metadata)
{
    AccountPage page;
    if (!metadata)
        return page;
    page.m_uri = metadata->accountManagementUri;
    if (page.m_uri)
        page.m_verdict = UrlSafety::check(*page.m_uri);
    page.m_advertised = AdvertisedActions(metadata->accountManagementActions);
    return page;
}

std::variant<QString, AccountPage::Refusal> AccountPage::urlFor(std::optional<AccountAction> action,
                                                                const std::optional<QString>& deviceId) const
{
    if (!m_uri)
        return Refusal{Problem::NoAccountPage, tr("This server has no account page.")};
    if (m_verdict != UrlSafety::Verdict::Safe)
        return Refusal{Problem::UnsafeUrl, UrlSafety::explain(m_verdict, tr("The account page"), *m_uri)};
    if (!action)
        return AccountManagementUrl::build(*m_uri);
    if (!m_advertised.has(*action))
        return Refusal{Problem::NotAdvertised, tr("The server's account page does not offer “%1”.")
                                                   .arg(AccountActionNames::stableName(*action))};
    const bool withDevice = AccountActionNames::takesDevice(*action) && deviceId.has_value();
    // A lone surrogate (a JSON body may hold "\ud800") has no UTF-8 form; encoding it would put "?" in its
    // place and so point at a different session.
    if (withDevice && !deviceId->isValidUtf16())
        return Refusal{Problem::BadDeviceId,
                       tr("The session ID “%1” is not valid text, so no address can name it exactly.")
                           .arg(UntrustedText::forMessage(*deviceId))};
    return AccountManagementUrl::build(*m_uri, m_advertised.spelling(*action),
                                       withDevice ? deviceId : std::nullopt);
}

std::variant<QString, AccountPage::Refusal> AccountPage::deactivationUrl() const
{
    if (m_advertised.has(AccountAction::AccountDeactivate))
        return urlFor(AccountAction::AccountDeactivate);
    return urlFor(std::nullopt);
}

} // namespace gatehouse
