// Device::listFromJson on arbitrary bytes (GET /_matrix/client/v3/devices), then everything the app does
// with a device: the text shown in the window, the text printed in a terminal, the --list outputs and the
// device_delete URL. Invariants:
//   - the list parses exactly when the body is a JSON object with a "devices" array; each entry that is an
//     object with a non-empty string device_id becomes one device, in order, with its fields as served (wrong
//     types absent; last_seen_ts only as an exact integer);
//   - shown text is isolated (U+2068 … U+2069) and holds no control characters; terminal text holds no
//     control, bidi-control or zero-width characters; the --list table holds no control character but
//     newlines, and --json is a JSON document listing the same IDs;
//   - the device_delete URL of every device names exactly that device (or is refused when the ID is not
//     valid Unicode, which no URL can carry).
#include "FuzzSupport.h"

#include "account/AccountPage.h"
#include "cli/SessionListPrinter.h"
#include "matrix/AccountSnapshot.h"
#include "matrix/Device.h"
#include "text/UntrustedText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using namespace gatehouse;
using gatehouse::fuzz::describe;

namespace {

bool isControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029;
}

void checkShown(const QString& raw, int maxLength)
{
    const QString shown = UntrustedText::forDisplay(raw, maxLength);
    FUZZ_CHECK(shown.startsWith(QChar(0x2068)) && shown.endsWith(QChar(0x2069)), describe(shown));
    const QList<uint> points = shown.toUcs4();
    FUZZ_CHECK(points.size() <= maxLength + 3, describe(shown));
    for (const uint c : points)
        FUZZ_CHECK(!isControl(c), describe(shown));

    const QString terminal = UntrustedText::forTerminal(raw);
    for (const uint c : terminal.toUcs4())
        FUZZ_CHECK(!isControl(c) && !UntrustedText::isBidiControl(c) && c != 0xFEFF && c != 0x200B,
                   describe(terminal));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char*>(data), qsizetype(size));
    const Result<QList<Device>> parsed = Device::listFromJson(body);

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    const QJsonValue listed = document.object().value(QLatin1String("devices"));
    const bool valid = error.error == QJsonParseError::NoError && document.isObject() && listed.isArray();
    FUZZ_CHECK(parsed.ok() == valid, QString::fromUtf8(body));
    if (!parsed) {
        FUZZ_CHECK(parsed.error().kind == Error::Kind::InvalidResponse && !parsed.error().message.isEmpty(),
                   QString());
        return 0;
    }

    // Restated from the JSON: which entries become devices, with which fields.
    const QList<Device>& devices = parsed.value();
    qsizetype next = 0;
    for (const QJsonValue& entry : listed.toArray()) {
        const QJsonObject object = entry.toObject();
        const QJsonValue id = object.value(QLatin1String("device_id"));
        if (!id.isString() || id.toString().isEmpty()) // an empty ID names no session: skipped
            continue;
        FUZZ_CHECK(next < devices.size(), QString());
        const Device& device = devices.at(next++);
        FUZZ_CHECK(device.id == object.value(QLatin1String("device_id")).toString(), device.id);
        const QJsonValue name = object.value(QLatin1String("display_name"));
        FUZZ_CHECK(device.displayName.has_value() == name.isString(), device.id);
        if (name.isString())
            FUZZ_CHECK(*device.displayName == name.toString(), device.id);
        const QJsonValue ip = object.value(QLatin1String("last_seen_ip"));
        FUZZ_CHECK(device.lastSeenIp.has_value() == ip.isString(), device.id);
        const QJsonValue ts = object.value(QLatin1String("last_seen_ts"));
        if (device.lastSeenTs) {
            FUZZ_CHECK(ts.isDouble() && double(*device.lastSeenTs) == ts.toDouble(), device.id);
            FUZZ_CHECK(*device.lastSeenTs <= (qint64(1) << 53) && *device.lastSeenTs >= -(qint64(1) << 53),
                       device.id);
        }
    }
    FUZZ_CHECK(next == devices.size(), QString());

    AuthMetadata metadata;
    metadata.issuer = QStringLiteral("https://issuer.example/");
    metadata.accountManagementUri = QStringLiteral("https://account.example/manage?x=1#top");
    metadata.accountManagementActions = QStringList{QStringLiteral("org.matrix.device_delete")};
    const AccountPage page = AccountPage::fromMetadata(metadata);

    for (const Device& device : devices) {
        checkShown(device.id, 80);
        checkShown(device.displayName.value_or(QString()), 200);
        checkShown(device.lastSeenIp.value_or(QString()), 60);

        const auto url = page.urlFor(AccountAction::DeviceDelete, device.id);
        if (const auto* refusal = std::get_if<AccountPage::Refusal>(&url)) {
            FUZZ_CHECK(refusal->problem == AccountPage::Problem::BadDeviceId && !device.id.isValidUtf16(),
                       describe(device.id));
            continue;
        }
        const QString built = std::get<QString>(url);
        const QString fragmentless = built.left(built.indexOf(u'#'));
        const QUrlQuery query(fragmentless.mid(fragmentless.indexOf(u'?') + 1));
        // QUrlQuery decodes %XX as a server would (it keeps '+' as '+', which the encoder never leaves).
        FUZZ_CHECK(query.allQueryItemValues(QStringLiteral("device_id"), QUrl::FullyDecoded) ==
                       QStringList{device.id},
                   built + u'\n' + describe(device.id));
        FUZZ_CHECK(query.queryItemValue(QStringLiteral("x")) == u"1", built);
        FUZZ_CHECK(built.endsWith(u"#top"), built);
    }

    if (devices.size() <= 200) {
        AccountSnapshot snapshot;
        snapshot.baseUrl = QStringLiteral("https://matrix.example");
        snapshot.userId = QStringLiteral("@someone:example");
        snapshot.deviceId = devices.isEmpty() ? QString() : devices.first().id;
        snapshot.devices = devices;
        snapshot.loadedAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
        const QString table = SessionListPrinter::table(snapshot, snapshot.loadedAt);
        for (const uint c : table.toUcs4())
            FUZZ_CHECK(c == u'\n' || (!isControl(c) && !UntrustedText::isBidiControl(c)), describe(table));
        const QJsonDocument json = QJsonDocument::fromJson(SessionListPrinter::json(snapshot));
        FUZZ_CHECK(!json.isNull(), QString());
    }
    return 0;
}
