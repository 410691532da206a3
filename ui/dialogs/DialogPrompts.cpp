#include "dialogs/DialogPrompts.h"

#include "dialogs/HandOffConfirmation.h"
#include "dialogs/OpenManuallyDialog.h"
#include "matrix/SessionEditor.h"
#include "text/UntrustedText.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace gatehouse {

bool DialogPrompts::confirmHandOff(const HandOffRequest& request)
{
    return HandOffConfirmation::ask(m_parent, request);
}

bool DialogPrompts::confirmNativeSignOut(int count)
{
    QMessageBox box(QMessageBox::Question, tr("Sign Out Sessions"),
                    tr("Sign out %n session(s)?", nullptr, count), QMessageBox::Cancel, m_parent);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(tr("Anyone using them is signed out, and their encryption keys are lost unless "
                              "they are backed up."));
    QPushButton* signOut = box.addButton(tr("Sign Out"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == signOut;
}

std::optional<QString> DialogPrompts::askPassword(const QString& userId, bool retry)
{
    bool ok = false;
    const QString text =
        retry ? tr("That password was not accepted. Enter the password of %1 again:")
                    .arg(UntrustedText::forMessage(userId))
              : tr("To sign sessions out, enter the password of %1:").arg(UntrustedText::forMessage(userId));
    const QString password = QInputDialog::getText(m_parent, tr("Confirm with Your Password"), text,
                                                   QLineEdit::Password, QString(), &ok);
    return ok ? std::optional<QString>(password) : std::nullopt;
}

bool DialogPrompts::confirmFallback(const QString& url, bool opened)
{
    QMessageBox box(QMessageBox::Information, tr("Confirm in Your Browser"),
                    opened ? tr("Your server asks for a confirmation on a web page, which opened in your "
                                "browser. Finish it there, then press Continue.")
                           : tr("Your server asks for a confirmation on a web page. Open this address in "
                                "a browser, finish it there, then press Continue:\n%1")
                                 .arg(url),
                    QMessageBox::Cancel, m_parent);
    box.setTextFormat(Qt::PlainText);
    QPushButton* done = box.addButton(tr("Continue"), QMessageBox::AcceptRole);
    box.exec();
    return box.clickedButton() == done;
}

std::optional<QString> DialogPrompts::askSessionName(const QString& currentName)
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(m_parent, tr("Rename Session"),
                              tr("New name (at most %1 characters). People you talk to on Matrix can see it.")
                                  .arg(SessionEditor::MaxNameLength),
                              QLineEdit::Normal, currentName, &ok);
    return ok ? std::optional<QString>(name) : std::nullopt;
}

bool DialogPrompts::confirmAccountSignOut(const QString& userId)
{
    QMessageBox box(QMessageBox::Question, tr("Sign Out"),
                    tr("Sign out of %1?").arg(UntrustedText::forMessage(userId)), QMessageBox::Cancel,
                    m_parent);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(tr("Gatehouse ends its session on the server and forgets the account. Your other "
                              "sessions stay signed in."));
    QPushButton* signOut = box.addButton(tr("Sign Out"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == signOut;
}

bool DialogPrompts::askWatchInBackground(const QString& userId)
{
    QMessageBox box(QMessageBox::Question, tr("Watch for New Sign-Ins"),
                    tr("Tell you when a new session signs in to %1?").arg(UntrustedText::forMessage(userId)),
                    QMessageBox::NoButton, m_parent);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(tr("Gatehouse then checks this account in the background, with no window, and "
                              "notifies you. You can change this in Settings."));
    QPushButton* watch = box.addButton(tr("Watch in the Background"), QMessageBox::AcceptRole);
    QPushButton* notNow = box.addButton(tr("Not Now"), QMessageBox::RejectRole);
    box.setDefaultButton(notNow);
    box.exec();
    return box.clickedButton() == watch;
}

bool DialogPrompts::askKeepHistory(const QString& userId)
{
    QMessageBox box(QMessageBox::Question, tr("Session History"),
                    tr("Keep the session history of %1?").arg(UntrustedText::forMessage(userId)),
                    QMessageBox::NoButton, m_parent);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(tr("It stays on this computer and is shown again if you sign in to this account "
                              "again. It holds no password or token."));
    QPushButton* keep = box.addButton(tr("Keep History"), QMessageBox::AcceptRole);
    box.addButton(tr("Forget History"), QMessageBox::DestructiveRole);
    box.setDefaultButton(keep);
    box.exec();
    return box.clickedButton() == keep;
}

std::optional<int> DialogPrompts::askInactiveDays(int suggested)
{
    bool ok = false;
    const int days = QInputDialog::getInt(m_parent, tr("Select Inactive Sessions"),
                                          tr("Select sessions inactive for more than this many days:"),
                                          suggested, 1, 3650, 1, &ok);
    return ok ? std::optional<int>(days) : std::nullopt;
}

void DialogPrompts::showProblem(const QString& text)
{
    QMessageBox box(QMessageBox::Warning, tr("Gatehouse"), text, QMessageBox::Ok, m_parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void DialogPrompts::showBrowserFailure(const QString& url)
{
    OpenManuallyDialog dialog(url, m_parent);
    dialog.exec();
}

void DialogPrompts::showSummary(const QString& title, const QString& text)
{
    QMessageBox box(m_parent);
    box.setIcon(QMessageBox::Information);
    box.setTextFormat(Qt::PlainText);
    box.setWindowTitle(title);
    box.setText(title);
    box.setInformativeText(text);
    box.setObjectName(QStringLiteral("signOutSummary"));
    box.exec();
}

} // namespace gatehouse
