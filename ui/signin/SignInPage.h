#pragma once

#include "auth/SignInOptions.h"
#include "auth/SignInResult.h"
#include "network/Result.h"

#include <QUrl>
#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace gatehouse {

class Banner;
class DeviceCodeSignIn;
class HttpClient;
class MetadataService;
class OAuthSignIn;
class PasswordSignIn;
class SignInFlow;
class SignInProbe;
class UrlOpener;

// The sign-in screen: a Matrix ID or server name; then how that server signs people in and the matching
// buttons ("Continue in Browser", "Create Account", "Sign In with a Code", or user name and password);
// then a visible waiting state with Cancel while the browser or the other device is at work. Everything a
// server said is shown as plain text.
class SignInPage : public QWidget
{
    Q_OBJECT

public:
    enum class Step
    {
        Server,
        Methods,
        WaitingForBrowser,
        WaitingForCode,
        Working,
    };

    explicit SignInPage(QWidget* parent = nullptr);
    ~SignInPage() override;

    void setServices(HttpClient* http, MetadataService* metadata, UrlOpener* opener);
    // Back to the first step; `note` (may be empty) explains why (e.g. "You were signed out").
    void reset(const QString& note = QString(), const QString& prefill = QString());
    // Whether "Back to the sessions" is offered (another account is open).
    void setCanGoBack(bool canGoBack);
    void setDemoOffered(bool offered);
    void setBrowserTimeoutMs(int ms);

    Step step() const;
    QString message() const;
    const std::optional<SignInOptions>& options() const { return m_options; }

    // Tests reach the parts by name; these are the main ones.
    QLineEdit* serverField() const { return m_server; }
    QPushButton* continueButton() const { return m_continue; }
    QPushButton* browserButton() const { return m_browser; }
    QPushButton* createButton() const { return m_create; }
    QPushButton* codeButton() const { return m_code; }
    QPushButton* passwordButton() const { return m_passwordSignIn; }
    QPushButton* cancelButton() const { return m_cancel; }
    QLineEdit* userField() const { return m_user; }
    QLineEdit* passwordField() const { return m_password; }
    QLabel* userCodeLabel() const { return m_userCode; }

Q_SIGNALS:
    void signedIn(const gatehouse::SignInResult& result);
    void demoRequested();
    void backRequested();

private:
    void buildServerStep();
    void buildMethodsStep();
    void buildWaitingStep();
    void buildCodeStep();
    void buildWorkingStep();
    void setStep(Step step);
    void showMessage(const QString& text, bool isError);
    void lookUp();
    void showMethods(const SignInOptions& options);
    void startBrowser(bool createAccount);
    void startCode();
    void startPassword();
    void cancel();
    void onLookedUp(const Result<SignInOptions>& options);
    void bindFlow(SignInFlow* flow);
    void onFinished(const Result<SignInResult>& result);

    UrlOpener* m_opener = nullptr;
    SignInProbe* m_probe = nullptr;
    OAuthSignIn* m_oauth = nullptr;
    DeviceCodeSignIn* m_deviceCode = nullptr;
    PasswordSignIn* m_passwordFlow = nullptr;
    std::optional<SignInOptions> m_options;
    QString m_passwordUser; // the user name of a classic sign-in under way
    int m_browserTimeoutMs = 0;
    QUrl m_authorizationUrl;
    QString m_completeCodeUri;

    QStackedWidget* m_steps;
    Banner* m_message;
    // Server step
    QLineEdit* m_server;
    QPushButton* m_continue;
    QPushButton* m_demo;
    QPushButton* m_back;
    // Methods step
    QLabel* m_methodsTitle;
    QLabel* m_methodsText;
    QWidget* m_oauthBox;
    QPushButton* m_browser;
    QPushButton* m_create;
    QPushButton* m_code;
    QLabel* m_codeHint;
    QWidget* m_passwordBox;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QPushButton* m_passwordSignIn;
    QPushButton* m_otherServer;
    // Waiting for the browser
    QLabel* m_waitingText;
    QLineEdit* m_urlField;
    QPushButton* m_openAgain;
    QPushButton* m_copyUrl;
    QPushButton* m_cancel;
    // Code
    QLabel* m_userCode;
    QLabel* m_codeText;
    QPushButton* m_openCodePage;
    QPushButton* m_cancelCode;
    // Working
    QLabel* m_workingText;
};

} // namespace gatehouse
