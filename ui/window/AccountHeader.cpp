#include "window/AccountHeader.h"

#include "account/SessionActions.h"
#include "matrix/AccountSnapshot.h"
#include "text/ShownUrl.h"
#include "text/UntrustedText.h"
#include "widgets/GlyphIcon.h"
#include "widgets/SelectableLabel.h"
#include "widgets/SvgIcon.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace gatehouse {

AccountHeader::AccountHeader(QWidget* parent)
    : QWidget(parent)
    , m_user(new SelectableLabel(this))
    , m_server(new SelectableLabel(this))
    , m_openPage(new QPushButton(GlyphIcon::fromSvg(QStringLiteral(":/gatehouse/icons/external.svg")),
                                 tr("Open Account Page"), this))
    , m_deactivate(new QPushButton(tr("Deactivate Account…"), this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    auto* icon = new QLabel(this);
    const int iconSide = fontMetrics().height() * 5 / 2; // 44 pixels beside a 17-pixel line
    icon->setPixmap(
        SvgIcon::fromFile(QStringLiteral(":/gatehouse/icons/gatehouse.svg")).pixmap(iconSide, iconSide));
    icon->setAccessibleName(tr("Gatehouse"));
    layout->addWidget(icon, 0, Qt::AlignTop);

    auto* text = new QVBoxLayout;
    QFont userFont = m_user->font();
    userFont.setPointSizeF(userFont.pointSizeF() * 1.3);
    userFont.setBold(true);
    m_user->setFont(userFont);
    m_user->setObjectName(QStringLiteral("signedInUser"));
    m_server->setObjectName(QStringLiteral("serverDescription"));
    text->addWidget(m_user);
    text->addWidget(m_server);

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    const auto addAction = [this, buttons](AccountAction action, const QString& label,
                                           const QString& description) {
        auto* button = new QPushButton(label, this);
        button->setObjectName(QStringLiteral("account_") + AccountActionNames::shortName(action));
        button->setAccessibleName(label.chopped(label.endsWith(QChar(0x2026)) ? 1 : 0));
        button->setAccessibleDescription(description);
        button->setToolTip(description);
        connect(button, &QPushButton::clicked, this, [this, action] { Q_EMIT actionRequested(action); });
        buttons->addWidget(button);
        m_actionButtons.insert(action, button);
    };
    m_openPage->setObjectName(QStringLiteral("account_page"));
    m_openPage->setAccessibleName(tr("Open account page"));
    m_openPage->setAccessibleDescription(tr("Opens your homeserver's account page in the browser."));
    m_openPage->setToolTip(m_openPage->accessibleDescription());
    connect(m_openPage, &QPushButton::clicked, this, &AccountHeader::openPageRequested);
    buttons->addWidget(m_openPage);
    addAction(AccountAction::Profile, tr("Profile"), tr("Opens your profile on the account page."));
    addAction(AccountAction::DevicesList, tr("All Sessions"),
              tr("Opens the list of sessions on the account page."));
    addAction(AccountAction::CrossSigningReset, tr("Reset Cross-Signing…"),
              tr("Opens the account page to allow resetting your cross-signing identity."));
    m_deactivate->setObjectName(QStringLiteral("account_deactivate"));
    m_deactivate->setAccessibleName(tr("Deactivate account"));
    m_deactivate->setAccessibleDescription(
        tr("Opens the account page where you can deactivate your account."));
    m_deactivate->setToolTip(m_deactivate->accessibleDescription());
    connect(m_deactivate, &QPushButton::clicked, this, &AccountHeader::deactivateRequested);
    buttons->addWidget(m_deactivate);
    buttons->addStretch();
    // In the order they are shown (the two fixed buttons were made first).
    setTabOrder(m_openPage, m_actionButtons.value(AccountAction::Profile));
    setTabOrder(m_actionButtons.value(AccountAction::Profile),
                m_actionButtons.value(AccountAction::DevicesList));
    setTabOrder(m_actionButtons.value(AccountAction::DevicesList),
                m_actionButtons.value(AccountAction::CrossSigningReset));
    setTabOrder(m_actionButtons.value(AccountAction::CrossSigningReset), m_deactivate);
    text->addSpacing(4);
    text->addLayout(buttons);
    layout->addLayout(text, 1);
}

QWidget* AccountHeader::lastInTabOrder() const
{
    return m_deactivate;
}

void AccountHeader::setSnapshot(const AccountSnapshot& snapshot, const SessionActions& actions, bool isDemo)
{
    m_user->setText(UntrustedText::forDisplay(snapshot.userId));
    const QString server = UntrustedText::forDisplay(ShownUrl::of(snapshot.baseUrl));
    QString how;
    if (snapshot.metadataError)
        how = tr("sign-in method unknown");
    else if (snapshot.usesOAuth())
        how = tr("OAuth 2.0 account (sessions are managed on the account page)");
    else
        how = tr("classic sign-in");
    m_server->setText(isDemo ? tr("Demo server %1 · %2").arg(server, how)
                             : tr("Server %1 · %2").arg(server, how));

    for (auto it = m_actionButtons.cbegin(); it != m_actionButtons.cend(); ++it)
        it.value()->setVisible(actions.offersAccountAction(it.key()));
    m_openPage->setVisible(actions.offersAccountPage());
    m_deactivate->setVisible(actions.offersDeactivation());
    const AccountPage page = snapshot.accountPage();
    if (actions.offersAccountPage() && page.uri())
        m_openPage->setToolTip(
            tr("Opens %1 in the browser.").arg(UntrustedText::forMessage(ShownUrl::host(*page.uri()))));
}

} // namespace gatehouse
