#include "signin/SignInPage.h"

#include "account/UrlOpener.h"
#include "auth/DeviceCodeSignIn.h"
#include "auth/OAuthSignIn.h"
#include "auth/PasswordSignIn.h"
#include "auth/SignInIdentity.h"
#include "auth/SignInProbe.h"
#include "text/ShownUrl.h"
#include "text/UntrustedText.h"
#include "widgets/Banner.h"
#include "widgets/GlyphIcon.h"
#include "widgets/SelectableLabel.h"
#include "widgets/SvgIcon.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace gatehouse {

namespace {

QLabel* plainLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new SelectableLabel(parent, Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    label->setObjectName(objectName);
    return label;
}

QLabel* heading(QWidget* parent, const QString& objectName)
{
    QLabel* label = plainLabel(parent, objectName);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    label->setFont(font);
    return label;
}

QProgressBar* busyBar(QWidget* parent, const QString& accessibleName)
{
    auto* bar = new QProgressBar(parent);
    bar->setRange(0, 0);
    bar->setTextVisible(false);
    bar->setMinimumWidth(240);
    bar->setMaximumWidth(320);
    bar->setAccessibleName(accessibleName);
    return bar;
}

} // namespace

SignInPage::SignInPage(QWidget* parent)
    : QWidget(parent)
    , m_steps(new QStackedWidget(this))
    , m_message(new Banner(this))
{
    setObjectName(QStringLiteral("signInPage"));
    auto* outer = new QHBoxLayout(this);
    outer->addStretch(1);
    auto* column = new QVBoxLayout;
    column->addStretch(2);
    auto* icon = new QLabel(this);
    icon->setPixmap(SvgIcon::fromFile(QStringLiteral(":/gatehouse/icons/gatehouse.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignLeft);
    column->addWidget(icon);
    // Errors and notes are told apart by an icon and their accessible name, not by colour alone.
    m_message->setObjectName(QStringLiteral("signInMessage"));
    column->addWidget(m_steps);
    column->addWidget(m_message);
    column->addStretch(3);
    auto* container = new QWidget(this);
    container->setLayout(column);
    container->setMinimumWidth(440);
    container->setMaximumWidth(560);
    outer->addWidget(container, 4);
    outer->addStretch(1);

    buildServerStep();
    buildMethodsStep();
    buildWaitingStep();
    buildCodeStep();
    buildWorkingStep();
    setStep(Step::Server);
}

SignInPage::~SignInPage() = default;

void SignInPage::setServices(HttpClient* http, MetadataService* metadata, UrlOpener* opener)
{
    m_opener = opener;
    delete m_probe;
    delete m_oauth;
    delete m_deviceCode;
    delete m_passwordFlow;
    m_probe = new SignInProbe(http, metadata, this);
    m_oauth = new OAuthSignIn(http, opener, this);
    if (m_browserTimeoutMs > 0)
        m_oauth->setBrowserTimeoutMs(m_browserTimeoutMs);
    m_deviceCode = new DeviceCodeSignIn(http, this);
    m_passwordFlow = new PasswordSignIn(http, this);

    connect(m_probe, &SignInProbe::progress, this, [this](const QString& text) {
        m_workingText->setText(text);
        setStep(Step::Working);
    });
    connect(m_probe, &SignInProbe::finished, this, &SignInPage::onLookedUp);
    for (SignInFlow* flow : {static_cast<SignInFlow*>(m_oauth), static_cast<SignInFlow*>(m_deviceCode),
                             static_cast<SignInFlow*>(m_passwordFlow)})
        bindFlow(flow);
    connect(m_passwordFlow, &SignInFlow::finished, m_password, &QLineEdit::clear);

    connect(m_oauth, &OAuthSignIn::waitingForBrowser, this, [this](const QUrl& url, bool opened) {
        m_authorizationUrl = url;
        m_urlField->setText(url.toString(QUrl::FullyEncoded));
        m_urlField->setCursorPosition(0);
        m_waitingText->setText(
            opened ? tr("Finish signing in on the page that opened in your browser. Gatehouse continues by "
                        "itself once you are done.")
                   : tr("No browser could be opened. Open this address in a browser on this computer to sign "
                        "in; Gatehouse continues by itself once you are done."));
        setStep(Step::WaitingForBrowser);
        m_cancel->setFocus();
    });
    connect(m_deviceCode, &DeviceCodeSignIn::codeReady, this,
            [this](const QString& userCode, const QString& verificationUri, const QString& completeUri) {
                m_userCode->setText(userCode);
                m_userCode->setAccessibleName(tr("Sign-in code %1").arg(userCode));
                m_completeCodeUri = completeUri.isEmpty() ? verificationUri : completeUri;
                m_codeText->setText(
                    tr("On a device with a browser, go to\n%1\nand enter this code. Gatehouse "
                       "continues by itself once you approve there.")
                        .arg(UntrustedText::forDisplay(ShownUrl::of(verificationUri))));
                setStep(Step::WaitingForCode);
                m_cancelCode->setFocus();
            });
}

void SignInPage::bindFlow(SignInFlow* flow)
{
    connect(flow, &SignInFlow::progress, this, [this](const QString& text) {
        m_workingText->setText(text);
        if (step() != Step::WaitingForBrowser)
            setStep(Step::Working);
        else
            m_waitingText->setText(text);
    });
    connect(flow, &SignInFlow::finished, this, &SignInPage::onFinished);
}

void SignInPage::setBrowserTimeoutMs(int ms)
{
    m_browserTimeoutMs = ms;
    if (m_oauth)
        m_oauth->setBrowserTimeoutMs(ms);
}

void SignInPage::buildServerStep()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    QLabel* title = heading(page, QStringLiteral("signInTitle"));
    title->setText(tr("Sign in to your Matrix account"));
    layout->addWidget(title);
    QLabel* text = plainLabel(page, QStringLiteral("signInIntro"));
    text->setText(
        tr("Enter your Matrix ID or the name of your homeserver. Gatehouse finds out how that server "
           "signs people in."));
    layout->addWidget(text);
    layout->addSpacing(8);
    auto* fieldLabel = new QLabel(tr("&Matrix ID or server"), page);
    m_server = new QLineEdit(page);
    m_server->setObjectName(QStringLiteral("serverField"));
    m_server->setPlaceholderText(tr("@you:example.org or example.org"));
    m_server->setAccessibleName(tr("Matrix ID or server"));
    m_server->setAccessibleDescription(
        tr("Your Matrix ID, such as @you:example.org, or your homeserver's name. Press Enter to continue."));
    m_server->setClearButtonEnabled(true);
    // The clear button inside the field is a tool button without words; give it some.
    if (auto* clear = m_server->findChild<QAction*>(QStringLiteral("_q_qlineeditclearaction"))) {
        clear->setText(tr("Clear"));
        clear->setToolTip(tr("Empties the field."));
    }
    fieldLabel->setBuddy(m_server);
    layout->addWidget(fieldLabel);
    layout->addWidget(m_server);
    auto* buttons = new QHBoxLayout;
    m_back = new QPushButton(tr("Back to Sessions"), page);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_back->setAccessibleDescription(tr("Returns to the session list of the account shown before."));
    m_back->hide();
    m_demo = new QPushButton(tr("Try the Demo Server"), page);
    m_demo->setObjectName(QStringLiteral("tryDemoButton"));
    m_demo->setAccessibleDescription(
        tr("Shows Gatehouse with made-up sessions on a server on this computer."));
    m_continue = new QPushButton(tr("Continue"), page);
    m_continue->setObjectName(QStringLiteral("continueButton"));
    m_continue->setAccessibleDescription(tr("Finds out how the server signs people in."));
    m_continue->setDefault(true);
    m_continue->setEnabled(false);
    buttons->addWidget(m_back);
    buttons->addWidget(m_demo);
    buttons->addStretch();
    buttons->addWidget(m_continue);
    layout->addLayout(buttons);
    layout->addStretch(1);
    m_steps->addWidget(page);

    connect(m_server, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_continue->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_server, &QLineEdit::returnPressed, this, &SignInPage::lookUp);
    connect(m_continue, &QPushButton::clicked, this, &SignInPage::lookUp);
    connect(m_demo, &QPushButton::clicked, this, &SignInPage::demoRequested);
    connect(m_back, &QPushButton::clicked, this, &SignInPage::backRequested);
}

void SignInPage::buildMethodsStep()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_methodsTitle = heading(page, QStringLiteral("methodsTitle"));
    layout->addWidget(m_methodsTitle);
    m_methodsText = plainLabel(page, QStringLiteral("methodsText"));
    layout->addWidget(m_methodsText);
    layout->addSpacing(8);

    m_oauthBox = new QWidget(page);
    auto* oauth = new QVBoxLayout(m_oauthBox);
    oauth->setContentsMargins(0, 0, 0, 0);
    m_browser = new QPushButton(GlyphIcon::fromSvg(QStringLiteral(":/gatehouse/icons/external.svg")),
                                tr("Continue in Browser"), m_oauthBox);
    m_browser->setObjectName(QStringLiteral("browserButton"));
    m_browser->setAccessibleDescription(tr("Opens your homeserver's sign-in page in your browser."));
    m_create = new QPushButton(tr("Create Account"), m_oauthBox);
    m_create->setObjectName(QStringLiteral("createAccountButton"));
    m_create->setAccessibleDescription(tr("Opens your homeserver's page for creating an account."));
    m_code = new QPushButton(tr("Sign In with a Code"), m_oauthBox);
    m_code->setObjectName(QStringLiteral("codeButton"));
    m_code->setAccessibleDescription(
        tr("Shows a code to enter on another device; for when the browser cannot come back here."));
    m_codeHint = plainLabel(m_oauthBox, QStringLiteral("codeHint"));
    m_codeHint->setText(tr("Use a code when this computer's browser cannot reach Gatehouse, for example over "
                           "remote desktop or SSH."));
    QFont hintFont = m_codeHint->font();
    hintFont.setPointSizeF(hintFont.pointSizeF() * 0.9);
    m_codeHint->setFont(hintFont);
    oauth->addWidget(m_browser);
    oauth->addWidget(m_create);
    oauth->addWidget(m_code);
    oauth->addWidget(m_codeHint);
    layout->addWidget(m_oauthBox);

    m_passwordBox = new QWidget(page);
    auto* form = new QFormLayout(m_passwordBox);
    form->setContentsMargins(0, 0, 0, 0);
    m_user = new QLineEdit(m_passwordBox);
    m_user->setObjectName(QStringLiteral("userField"));
    m_user->setAccessibleName(tr("User name"));
    m_user->setAccessibleDescription(tr("Your user name on this server."));
    m_password = new QLineEdit(m_passwordBox);
    m_password->setObjectName(QStringLiteral("passwordField"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_password->setAccessibleDescription(tr("Your password on this server. Press Enter to sign in."));
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    m_passwordSignIn = new QPushButton(tr("Sign In"), m_passwordBox);
    m_passwordSignIn->setObjectName(QStringLiteral("passwordSignInButton"));
    m_passwordSignIn->setAccessibleDescription(tr("Signs in with the user name and password."));
    form->addRow(QString(), m_passwordSignIn);
    layout->addWidget(m_passwordBox);

    m_otherServer = new QPushButton(tr("Use Another Server"), page);
    m_otherServer->setObjectName(QStringLiteral("otherServerButton"));
    m_otherServer->setAccessibleDescription(tr("Goes back to choose another server."));
    auto* row = new QHBoxLayout;
    row->addWidget(m_otherServer);
    row->addStretch();
    layout->addSpacing(8);
    layout->addLayout(row);
    layout->addStretch(1);
    m_steps->addWidget(page);

    connect(m_browser, &QPushButton::clicked, this, [this] { startBrowser(false); });
    connect(m_create, &QPushButton::clicked, this, [this] { startBrowser(true); });
    connect(m_code, &QPushButton::clicked, this, &SignInPage::startCode);
    connect(m_passwordSignIn, &QPushButton::clicked, this, &SignInPage::startPassword);
    connect(m_password, &QLineEdit::returnPressed, this, &SignInPage::startPassword);
    connect(m_otherServer, &QPushButton::clicked, this, [this] {
        showMessage(QString(), false);
        setStep(Step::Server);
        m_server->setFocus();
        m_server->selectAll();
    });
}

void SignInPage::buildWaitingStep()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    QLabel* title = heading(page, QStringLiteral("waitingTitle"));
    title->setText(tr("Waiting for your browser…"));
    layout->addWidget(title);
    m_waitingText = plainLabel(page, QStringLiteral("waitingText"));
    layout->addWidget(m_waitingText);
    layout->addWidget(busyBar(page, tr("Waiting for the browser")));
    auto* urlLabel = new QLabel(tr("Sign-in &address:"), page);
    m_urlField = new QLineEdit(page);
    m_urlField->setObjectName(QStringLiteral("authorizationUrl"));
    m_urlField->setReadOnly(true);
    m_urlField->setAccessibleName(tr("Sign-in address"));
    m_urlField->setAccessibleDescription(
        tr("The address of the sign-in page, to open in a browser by hand."));
    urlLabel->setBuddy(m_urlField);
    layout->addSpacing(6);
    layout->addWidget(urlLabel);
    layout->addWidget(m_urlField);
    auto* buttons = new QHBoxLayout;
    m_openAgain = new QPushButton(tr("Open Again"), page);
    m_openAgain->setObjectName(QStringLiteral("openAgainButton"));
    m_openAgain->setAccessibleDescription(tr("Opens the sign-in page in your browser again."));
    m_copyUrl = new QPushButton(tr("Copy Address"), page);
    m_copyUrl->setObjectName(QStringLiteral("copyUrlButton"));
    m_copyUrl->setAccessibleDescription(tr("Copies the address of the sign-in page to the clipboard."));
    m_cancel = new QPushButton(tr("Cancel"), page);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setAccessibleDescription(tr("Stops signing in."));
    buttons->addWidget(m_openAgain);
    buttons->addWidget(m_copyUrl);
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);
    layout->addStretch(1);
    m_steps->addWidget(page);

    connect(m_openAgain, &QPushButton::clicked, this, [this] {
        if (m_opener && !m_opener->open(m_authorizationUrl.toString(QUrl::FullyEncoded)))
            showMessage(tr("No browser could be opened; copy the address instead."), true);
    });
    connect(m_copyUrl, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_urlField->text());
        showMessage(tr("The address was copied to the clipboard."), false);
    });
    connect(m_cancel, &QPushButton::clicked, this, &SignInPage::cancel);
}

void SignInPage::buildCodeStep()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    QLabel* title = heading(page, QStringLiteral("codeTitle"));
    title->setText(tr("Sign in on another device"));
    layout->addWidget(title);
    m_codeText = plainLabel(page, QStringLiteral("codeText"));
    layout->addWidget(m_codeText);
    m_userCode = plainLabel(page, QStringLiteral("userCode"));
    QFont codeFont = m_userCode->font();
    codeFont.setPointSizeF(codeFont.pointSizeF() * 2.2);
    codeFont.setBold(true);
    codeFont.setLetterSpacing(QFont::AbsoluteSpacing, 3);
    m_userCode->setFont(codeFont);
    m_userCode->setAlignment(Qt::AlignCenter);
    layout->addSpacing(6);
    layout->addWidget(m_userCode);
    layout->addWidget(busyBar(page, tr("Waiting for approval")), 0, Qt::AlignHCenter);
    auto* buttons = new QHBoxLayout;
    m_openCodePage = new QPushButton(tr("Open Page Here"), page);
    m_openCodePage->setObjectName(QStringLiteral("openCodePageButton"));
    m_openCodePage->setAccessibleDescription(
        tr("Opens the page for entering the code in a browser on this computer."));
    auto* copyCode = new QPushButton(tr("Copy Code"), page);
    copyCode->setObjectName(QStringLiteral("copyCodeButton"));
    copyCode->setAccessibleDescription(tr("Copies the sign-in code to the clipboard."));
    m_cancelCode = new QPushButton(tr("Cancel"), page);
    m_cancelCode->setObjectName(QStringLiteral("cancelCodeButton"));
    m_cancelCode->setAccessibleDescription(tr("Stops signing in."));
    buttons->addWidget(m_openCodePage);
    buttons->addWidget(copyCode);
    buttons->addStretch();
    buttons->addWidget(m_cancelCode);
    layout->addLayout(buttons);
    layout->addStretch(1);
    m_steps->addWidget(page);

    connect(m_openCodePage, &QPushButton::clicked, this, [this] {
        if (m_opener && !m_opener->open(m_completeCodeUri))
            showMessage(tr("No browser could be opened here; use another device."), true);
    });
    connect(copyCode, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_userCode->text());
        showMessage(tr("The code was copied to the clipboard."), false);
    });
    connect(m_cancelCode, &QPushButton::clicked, this, &SignInPage::cancel);
}

void SignInPage::buildWorkingStep()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_workingText = heading(page, QStringLiteral("workingText"));
    layout->addWidget(m_workingText);
    layout->addWidget(busyBar(page, tr("Working")));
    auto* buttons = new QHBoxLayout;
    auto* cancel = new QPushButton(tr("Cancel"), page);
    cancel->setObjectName(QStringLiteral("cancelWorkingButton"));
    cancel->setAccessibleDescription(tr("Stops signing in."));
    buttons->addStretch();
    buttons->addWidget(cancel);
    layout->addLayout(buttons);
    layout->addStretch(1);
    m_steps->addWidget(page);
    connect(cancel, &QPushButton::clicked, this, &SignInPage::cancel);
}

SignInPage::Step SignInPage::step() const
{
    return Step(m_steps->currentIndex());
}

void SignInPage::setStep(Step step)
{
    m_steps->setCurrentIndex(int(step));
}

QString SignInPage::message() const
{
    return m_message->text();
}

void SignInPage::showMessage(const QString& text, bool isError)
{
    if (text.isEmpty()) {
        m_message->showMessage(Banner::Kind::Info, QString());
        m_message->hide();
        return;
    }
    m_message->showMessage(isError ? Banner::Kind::Error : Banner::Kind::Info, text);
}

void SignInPage::setCanGoBack(bool canGoBack)
{
    m_back->setVisible(canGoBack);
}

void SignInPage::setDemoOffered(bool offered)
{
    m_demo->setVisible(offered);
}

void SignInPage::reset(const QString& note, const QString& prefill)
{
    cancel();
    m_options.reset();
    m_password->clear();
    if (!prefill.isEmpty())
        m_server->setText(prefill);
    showMessage(note, false);
    setStep(Step::Server);
    m_server->setFocus();
}

void SignInPage::lookUp()
{
    const QString typed = m_server->text().trimmed();
    if (typed.isEmpty() || !m_probe)
        return;
    showMessage(QString(), false);
    m_probe->start(typed);
}

void SignInPage::onLookedUp(const Result<SignInOptions>& options)
{
    if (!options && options.error().kind == Error::Kind::Cancelled) {
        setStep(m_options ? Step::Methods : Step::Server);
        return;
    }
    if (!options) {
        setStep(Step::Server);
        showMessage(options.error().fullText(), true);
        m_server->setFocus();
        return;
    }
    showMethods(options.value());
}

void SignInPage::showMethods(const SignInOptions& options)
{
    m_options = options;
    const QString server = UntrustedText::forMessage(options.serverName);
    m_methodsTitle->setText(tr("Sign in to %1").arg(server));
    if (options.usesOAuth() && (options.browser || options.code)) {
        m_methodsText->setText(
            options.code ? tr("%1 signs people in on its own web page. Gatehouse opens it in your browser, "
                              "or shows a code "
                              "to enter on another device. Your password never passes through Gatehouse.")
                               .arg(server)
                         : tr("%1 signs people in on its own web page. Gatehouse opens it in your browser; "
                              "your password "
                              "never passes through Gatehouse.")
                               .arg(server));
        m_oauthBox->show();
        m_passwordBox->hide();
        m_browser->setVisible(options.browser);
        m_create->setVisible(options.createAccount);
        m_code->setVisible(options.code);
        m_codeHint->setVisible(options.code);
        setStep(Step::Methods);
        (options.browser ? m_browser : m_code)->setFocus();
        return;
    }
    if (!options.usesOAuth() && options.password) {
        m_methodsText->setText(tr("%1 uses classic sign-in with a user name and password.").arg(server));
        m_oauthBox->hide();
        m_passwordBox->show();
        if (!options.userHint.isEmpty())
            m_user->setText(options.userHint);
        setStep(Step::Methods);
        (m_user->text().isEmpty() ? m_user : m_password)->setFocus();
        return;
    }
    setStep(Step::Server);
    showMessage(
        options.usesOAuth()
            ? tr("%1 uses OAuth 2.0 but does not offer what Gatehouse needs to sign in (registration of "
                 "apps, and the browser or code sign-in).")
                  .arg(server)
            : tr("%1 offers no way of signing in that Gatehouse supports.").arg(server),
        true);
}

void SignInPage::startBrowser(bool createAccount)
{
    if (!m_options || !m_options->oauth || !m_oauth)
        return;
    m_passwordUser.clear();
    showMessage(QString(), false);
    m_workingText->setText(tr("Preparing the sign-in…"));
    setStep(Step::Working);
    m_oauth->start(m_options->baseUrl, *m_options->oauth, createAccount);
}

void SignInPage::startCode()
{
    if (!m_options || !m_options->oauth || !m_deviceCode)
        return;
    m_passwordUser.clear();
    showMessage(QString(), false);
    m_deviceCode->start(m_options->baseUrl, *m_options->oauth);
}

void SignInPage::startPassword()
{
    if (!m_options || !m_passwordFlow)
        return;
    const QString user = m_user->text().trimmed();
    const QString password = m_password->text();
    if (user.isEmpty() || password.isEmpty()) {
        showMessage(tr("Enter your user name and password."), true);
        (user.isEmpty() ? m_user : m_password)->setFocus();
        return;
    }
    showMessage(QString(), false);
    m_passwordUser = user;
    m_passwordFlow->start(m_options->baseUrl, user, password);
}

void SignInPage::cancel()
{
    if (m_probe)
        m_probe->cancel();
    for (SignInFlow* flow : {static_cast<SignInFlow*>(m_oauth), static_cast<SignInFlow*>(m_deviceCode),
                             static_cast<SignInFlow*>(m_passwordFlow)}) {
        if (flow)
            flow->cancel();
    }
}

void SignInPage::onFinished(const Result<SignInResult>& result)
{
    // The server must sign the person in as who they asked to be (docs/threat-model.md): otherwise nothing
    // is saved.
    std::optional<Error> refused;
    if (result && m_options)
        refused = SignInIdentity::check(m_options->typed, m_passwordUser, result->account.userId);
    if (result && !refused) {
        m_workingText->setText(tr("Signed in as %1.").arg(UntrustedText::forMessage(result->account.userId)));
        setStep(Step::Working);
        showMessage(QString(), false);
        Q_EMIT signedIn(result.value());
        return;
    }
    const Error& error = refused ? *refused : result.error();
    if (error.kind == Error::Kind::Cancelled) {
        setStep(m_options ? Step::Methods : Step::Server);
        showMessage(tr("The sign-in was cancelled."), false);
        return;
    }
    setStep(m_options ? Step::Methods : Step::Server);
    showMessage(error.fullText(), true);
}

} // namespace gatehouse
