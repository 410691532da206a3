#pragma once

#include "widgets/StatusPage.h"

namespace gatehouse {

struct Error;

// The page shown when an account's list could not be loaded at all: what went wrong, Try Again, and Sign In
// Again when the token was refused for a saved account.
class LoadErrorPage : public StatusPage
{
    Q_OBJECT

public:
    explicit LoadErrorPage(QWidget* parent = nullptr);

    void showError(const Error& error, bool offerSignInAgain);
    QPushButton* retryButton() const { return m_retry; }

Q_SIGNALS:
    void retryRequested();
    void signInAgainRequested();

private:
    QPushButton* m_retry = nullptr;
};

} // namespace gatehouse
