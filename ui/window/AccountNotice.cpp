#include "window/AccountNotice.h"

#include "account/SessionActions.h"
#include "matrix/AccountSnapshot.h"

namespace gatehouse {

std::optional<AccountNotice::Notice> AccountNotice::about(const AccountSnapshot& snapshot,
                                                          const SessionActions& actions)
{
    const AccountPage& page = actions.page();
    switch (actions.pageState()) {
    case SessionActions::PageState::MetadataError:
        return Notice{Banner::Kind::Warning,
                      tr("The account page could not be found, so no account actions are offered. %1")
                          .arg(snapshot.metadataError ? snapshot.metadataError->fullText() : QString())};
    case SessionActions::PageState::Classic:
        return Notice{Banner::Kind::Info,
                      tr("This server uses classic sign-in and has no account page. Gatehouse signs "
                         "sessions out itself: select one or several and press Delete.")};
    case SessionActions::PageState::NoPage:
        return Notice{Banner::Kind::Info,
                      tr("This server does not name an account page, so sessions can only be listed here.")};
    case SessionActions::PageState::UnsafePage:
        return Notice{Banner::Kind::Warning,
                      UrlSafety::explain(UrlSafety::check(*page.uri()), tr("The account page"), *page.uri()) +
                          u' ' + tr("No account actions are offered.")};
    case SessionActions::PageState::NothingAdvertised:
        return Notice{Banner::Kind::Info, tr("Your server does not say which actions its account page "
                                             "supports. Use “Open Account Page” to manage sessions there.")};
    case SessionActions::PageState::Actions:
        break;
    }
    return std::nullopt;
}

} // namespace gatehouse
