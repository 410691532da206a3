// AuthMetadata::parse on arbitrary bytes, then what the app derives from it: the advertised actions and the
// account page. Invariants (docs/protocol.md "Which actions exist"):
//   - parse succeeds exactly when the body is a JSON object with a string `issuer`, an
//     `account_management_uri` that is a string if present and an actions field that is an array if present;
//     otherwise it is an InvalidResponse error with a message;
//   - the actions kept are exactly the string items of the array, in order;
//   - an action is advertised exactly when one of its spellings is listed, with the most preferred listed
//     spelling; nothing is offered when the page is unsafe or absent;
//   - every URL the page produces is safe.
#include "FuzzSupport.h"

#include "account/AccountPage.h"
#include "account/AdvertisedActions.h"
#include "matrix/AuthMetadata.h"
#include "network/UrlSafety.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace gatehouse;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char*>(data), qsizetype(size));
    const Result<AuthMetadata> parsed = AuthMetadata::parse(body);

    // The rule, restated from the JSON itself.
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    const QJsonObject object = document.object();
    const bool isObject = error.error == QJsonParseError::NoError && document.isObject();
    const bool valid = isObject && object.value(QLatin1String("issuer")).isString() &&
                       (!object.contains(QLatin1String("account_management_uri")) ||
                        object.value(QLatin1String("account_management_uri")).isString()) &&
                       (!object.contains(QLatin1String("account_management_actions_supported")) ||
                        object.value(QLatin1String("account_management_actions_supported")).isArray());
    FUZZ_CHECK(parsed.ok() == valid, QString::fromUtf8(body));
    if (!parsed) {
        FUZZ_CHECK(parsed.error().kind == Error::Kind::InvalidResponse, QString::fromUtf8(body));
        FUZZ_CHECK(!parsed.error().message.isEmpty(), QString::fromUtf8(body));
        return 0;
    }
    const AuthMetadata& metadata = parsed.value();
    FUZZ_CHECK(metadata.issuer == object.value(QLatin1String("issuer")).toString(), metadata.issuer);

    const QJsonValue actionsValue = object.value(QLatin1String("account_management_actions_supported"));
    FUZZ_CHECK(metadata.accountManagementActions.has_value() == actionsValue.isArray(), QString());
    QStringList strings;
    for (const QJsonValue& item : actionsValue.toArray()) {
        if (item.isString())
            strings.append(item.toString());
    }
    FUZZ_CHECK(metadata.accountManagementActions.value_or(QStringList()) == strings, strings.join(u'|'));

    const AdvertisedActions advertised(metadata.accountManagementActions);
    for (const AccountAction action : AccountActionNames::all()) {
        QString expected;
        for (const QString& spelling : AccountActionNames::spellings(action)) {
            if (strings.contains(spelling)) {
                expected = spelling;
                break;
            }
        }
        FUZZ_CHECK(advertised.has(action) == !expected.isEmpty(), strings.join(u'|'));
        FUZZ_CHECK(advertised.spelling(action) == expected, strings.join(u'|'));
    }

    const AccountPage page = AccountPage::fromMetadata(metadata);
    FUZZ_CHECK(page.exists() == metadata.accountManagementUri.has_value(), QString());
    if (!page.isSafe())
        FUZZ_CHECK(page.offered().isEmpty(), page.uri().value_or(QString()));
    const auto check = [&](const std::variant<QString, AccountPage::Refusal>& url) {
        if (const auto* built = std::get_if<QString>(&url))
            FUZZ_CHECK(page.isSafe() && UrlSafety::isSafe(*built), *built);
        else
            FUZZ_CHECK(!std::get<AccountPage::Refusal>(url).message.isEmpty(), QString());
    };
    check(page.urlFor(std::nullopt));
    check(page.deactivationUrl());
    for (const AccountAction action : AccountActionNames::all())
        check(page.urlFor(action, QStringLiteral("DEVICE")));
    return 0;
}
