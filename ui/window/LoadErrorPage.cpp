#include "window/LoadErrorPage.h"

#include "network/Error.h"

#include <QPushButton>

namespace gatehouse {

LoadErrorPage::LoadErrorPage(QWidget* parent)
    : StatusPage(parent)
{
    setObjectName(QStringLiteral("errorPage"));
}

void LoadErrorPage::showError(const Error& error, bool offerSignInAgain)
{
    QString title = tr("Could not load your sessions");
    if (error.isTokenProblem())
        title = tr("Not signed in");
    else if (error.kind == Error::Kind::UnsafeUrl || error.kind == Error::Kind::InsecureRedirect)
        title = tr("Address refused");
    else if (error.kind == Error::Kind::Network || error.kind == Error::Kind::Timeout ||
             error.kind == Error::Kind::Tls)
        title = tr("Could not reach the server");
    show(StatusPage::Kind::Error, title, error.fullText());
    clearButtons();
    if (error.isTokenProblem() && offerSignInAgain) {
        QPushButton* again = addButton(tr("Sign In Again"), tr("Shows the sign-in screen for this account."));
        again->setObjectName(QStringLiteral("signInAgainButton"));
        connect(again, &QPushButton::clicked, this, &LoadErrorPage::signInAgainRequested);
    }
    m_retry = addButton(tr("Try Again"), tr("Asks the server for the sessions again."));
    m_retry->setObjectName(QStringLiteral("retryButton"));
    connect(m_retry, &QPushButton::clicked, this, &LoadErrorPage::retryRequested);
}

} // namespace gatehouse
