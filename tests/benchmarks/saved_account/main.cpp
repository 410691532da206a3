// Saves a classic account with its token (keychain and settings, as a sign-in would), so the startup
// benchmark can start the window on a saved account: the instant-start rows (README, "Performance").
//
//   gatehouse_benchmark_account BASE_URL USER_ID DEVICE_ID   (the token in GATEHOUSE_ACCESS_TOKEN)
#include "auth/AccountManager.h"
#include "auth/SignInResult.h"
#include "network/HttpClient.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // The names the window uses, so it finds the account.
    QCoreApplication::setOrganizationName(QStringLiteral("Gatehouse"));
    QCoreApplication::setApplicationName(QStringLiteral("Gatehouse"));
    const QStringList arguments = QCoreApplication::arguments();
    const QString token = qEnvironmentVariable("GATEHOUSE_ACCESS_TOKEN");
    if (arguments.size() != 4 || token.isEmpty()) {
        std::fputs(
            "usage: GATEHOUSE_ACCESS_TOKEN=... gatehouse_benchmark_account BASE_URL USER_ID DEVICE_ID\n",
            stderr);
        return 2;
    }
    gatehouse::HttpClient http;
    gatehouse::AccountManager accounts(&http);
    gatehouse::SignInResult result;
    result.account.homeserver = arguments.at(1);
    result.account.userId = arguments.at(2);
    result.account.deviceId = arguments.at(3);
    result.account.kind = gatehouse::SavedAccount::Kind::Classic;
    result.tokens.accessToken = token;
    int code = 1;
    accounts.add(result, &app, [&accounts, &code, &result](const QString& problem) {
        if (!problem.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(problem));
        } else {
            accounts.setLastUsed(accounts.referenceFor(result.account));
            code = 0;
        }
        QCoreApplication::exit(code);
    });
    QTimer::singleShot(60'000, &app, [] { QCoreApplication::exit(1); });
    QCoreApplication::exec();
    return code;
}
