#include "dialogs/HandOffConfirmation.h"

#include "text/ShownUrl.h"
#include "text/UntrustedText.h"

#include <QMessageBox>
#include <QPushButton>

namespace gatehouse {

QString HandOffConfirmation::title(const Request& request)
{
    switch (request.action) {
    case AccountAction::DeviceDelete:
        return request.sessionCount > 1 ? tr("Sign out %n session(s)?", nullptr, request.sessionCount)
                                        : tr("Sign out this session?");
    case AccountAction::AccountDeactivate:
        return tr("Deactivate your account?");
    case AccountAction::CrossSigningReset:
        return tr("Reset your cross-signing identity?");
    default:
        return tr("Open your account page?");
    }
}

QString HandOffConfirmation::text(const Request& request)
{
    const QString host = UntrustedText::forMessage(ShownUrl::host(request.pageHost));
    switch (request.action) {
    case AccountAction::DeviceDelete:
        if (request.sessionCount > 1)
            return tr("Gatehouse will open your account page at %1 in your browser once for each of the %n "
                      "session(s), one after the other.",
                      nullptr, request.sessionCount)
                .arg(host);
        return tr("Gatehouse will open your account page at %1 in your browser to sign out “%2” (%3).")
            .arg(host, UntrustedText::forMessage(request.sessionName),
                 UntrustedText::forMessage(request.deviceId));
    case AccountAction::AccountDeactivate:
        return request.bareAccountPage
                   ? tr("Gatehouse will open your account page at %1 in your browser. Your server offers no "
                        "direct "
                        "link for deactivation: look for “Deactivate account” or “Delete account” on that "
                        "page.")
                         .arg(host)
                   : tr("Gatehouse will open the deactivation page of your account at %1 in your browser.")
                         .arg(host);
    case AccountAction::CrossSigningReset:
        return tr("Gatehouse will open your account page at %1 in your browser, where you can allow a reset "
                  "of "
                  "your cross-signing identity.")
            .arg(host);
    default:
        return tr("Gatehouse will open your account page at %1 in your browser.").arg(host);
    }
}

QString HandOffConfirmation::details(const Request& request)
{
    switch (request.action) {
    case AccountAction::DeviceDelete:
        if (request.sessionCount > 1)
            return tr(
                "Confirm each sign-out on that page. Gatehouse opens the next session when the last one has "
                "gone from the list; you can pause, skip or stop at any time.");
        return tr(
            "Nothing is signed out until you confirm on that page. Gatehouse marks the session as waiting "
            "and updates the list when you come back.");
    case AccountAction::AccountDeactivate:
        return tr(
            "Deactivation signs out every session and cannot be undone. Nothing happens until you confirm "
            "on that page.");
    case AccountAction::CrossSigningReset:
        return tr("After a reset, your other sessions and contacts will have to verify you again.");
    default:
        return {};
    }
}

bool HandOffConfirmation::ask(QWidget* parent, const Request& request)
{
    QMessageBox box(parent);
    box.setIcon(QMessageBox::Warning);
    box.setTextFormat(Qt::PlainText);
    box.setWindowTitle(title(request));
    box.setText(text(request));
    box.setInformativeText(details(request));
    QPushButton* open = box.addButton(tr("Open in Browser"), QMessageBox::AcceptRole);
    open->setAccessibleDescription(
        tr("Opens the page in your browser; nothing changes until you confirm there."));
    box.addButton(QMessageBox::Cancel)
        ->setAccessibleDescription(tr("Closes this question and opens nothing."));
    box.setDefaultButton(open);
    box.setEscapeButton(QMessageBox::Cancel);
    box.setObjectName(QStringLiteral("handOffConfirmation"));
    box.exec();
    return box.clickedButton() == open;
}

} // namespace gatehouse
