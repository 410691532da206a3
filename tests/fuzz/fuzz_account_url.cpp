// The account-URL builder fed arbitrary bases, action lists and device IDs, through AccountPage (the path
// every hand-off takes). Invariant (docs/protocol.md "Building an account URL", "Which URLs are safe"):
// the result is either refused, for the reason that applies, or it is a safe URL
//   - whose `action` and `device_id` values decode (percent-decoding over UTF-8) to exactly the spelling the
//     server listed and the device ID given, encoded with only A–Z a–z 0–9 - . _ ~ and uppercase %XX,
//   - that a server reads with exactly one `action` and at most one `device_id`,
//   - that keeps every other query pair of the base byte for byte and in order, and the fragment byte for
//     byte, and the part before the query unchanged (an empty path becomes "/").
// Input: base \n device ID \n listed action \n listed action ... (see FuzzSupport.h for escapes).
#include "FuzzSupport.h"

#include "account/AccountAction.h"
#include "account/AccountManagementUrl.h"
#include "account/AccountPage.h"
#include "matrix/AuthMetadata.h"
#include "network/UrlSafety.h"

#include <QStringList>
#include <QUrl>

using namespace gatehouse;
using gatehouse::fuzz::describe;

namespace {

struct Parts
{
    QString head;      // up to the first '?' or '#'
    QStringList pairs; // the query split at '&', empty pairs kept
    bool hasQuery = false;
    QString fragment; // from the first '#', '#' included; empty when none
};

Parts split(const QString& url)
{
    Parts parts;
    const qsizetype hash = url.indexOf(u'#');
    parts.fragment = hash < 0 ? QString() : url.mid(hash);
    const QString rest = hash < 0 ? url : url.left(hash);
    const qsizetype question = rest.indexOf(u'?');
    parts.head = question < 0 ? rest : rest.left(question);
    parts.hasQuery = question >= 0;
    if (question >= 0)
        parts.pairs = rest.mid(question + 1).split(u'&');
    return parts;
}

// Percent-decoding as a server does it, written independently of the product: %XX to a byte, everything
// else as its UTF-8 bytes, then the bytes read as UTF-8. `plusIsSpace` for names in forms.
QString decode(const QString& encoded, bool plusIsSpace = false)
{
    const QByteArray in = encoded.toUtf8();
    QByteArray out;
    for (qsizetype i = 0; i < in.size(); ++i) {
        const auto hex = [](char c) {
            return c >= '0' && c <= '9'   ? c - '0'
                   : c >= 'A' && c <= 'F' ? c - 'A' + 10
                   : c >= 'a' && c <= 'f' ? c - 'a' + 10
                                          : -1;
        };
        if (in[i] == '%' && i + 2 < in.size() && hex(in[i + 1]) >= 0 && hex(in[i + 2]) >= 0) {
            out.append(char(hex(in[i + 1]) * 16 + hex(in[i + 2])));
            i += 2;
        } else if (plusIsSpace && in[i] == '+') {
            out.append(' ');
        } else {
            out.append(in[i]);
        }
    }
    return QString::fromUtf8(out);
}

bool isStrictlyEncoded(const QString& value)
{
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t c = value[i].unicode();
        const bool unreserved = (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') ||
                                (c >= u'0' && c <= u'9') || c == u'-' || c == u'.' || c == u'_' || c == u'~';
        if (unreserved)
            continue;
        const auto upperHex = [&](qsizetype at) {
            if (at >= value.size())
                return false;
            const char16_t h = value[at].unicode();
            return (h >= u'0' && h <= u'9') || (h >= u'A' && h <= u'F');
        };
        if (c != u'%' || !upperHex(i + 1) || !upperHex(i + 2))
            return false;
        i += 2;
    }
    return true;
}

QString pairName(const QString& pair)
{
    return decode(pair.section(u'=', 0, 0), true);
}

QString pairValue(const QString& pair)
{
    const qsizetype equals = pair.indexOf(u'=');
    return equals < 0 ? QString() : pair.mid(equals + 1);
}

bool hasAuthorityOnly(const QString& head)
{
    const qsizetype authority = head.indexOf(u"://");
    return authority >= 0 && head.indexOf(u'/', authority + 3) < 0;
}

void checkBuilt(const QString& base, const QString& built, const QString& spelling,
                const std::optional<QString>& deviceId)
{
    const QString context =
        QStringLiteral("base: %1\nbuilt: %2\nspelling: %3\ndevice: %4")
            .arg(base, built, spelling, deviceId ? describe(*deviceId) : QStringLiteral("-"));
    FUZZ_CHECK(UrlSafety::isSafe(built), context);

    const Parts in = split(base);
    const Parts out = split(built);
    FUZZ_CHECK(out.fragment == in.fragment, context);
    FUZZ_CHECK(out.head == in.head || (hasAuthorityOnly(in.head) && out.head == in.head + u'/'), context);

    QStringList kept;
    for (const QString& pair : std::as_const(in.pairs)) {
        if (pair.isEmpty())
            continue;
        const QString name = pairName(pair);
        if (name != u"action" && name != u"device_id")
            kept.append(pair);
    }
    const qsizetype added = spelling.isEmpty() ? 0 : (deviceId ? 2 : 1);
    FUZZ_CHECK(out.hasQuery == (kept.size() + added > 0), context);
    if (!out.hasQuery)
        return;
    FUZZ_CHECK(out.pairs.size() == kept.size() + added, context);
    FUZZ_CHECK(out.pairs.mid(0, kept.size()) == kept, context);

    int actions = 0;
    int devices = 0;
    for (const QString& pair : std::as_const(out.pairs)) {
        const QString name = pairName(pair);
        actions += name == u"action";
        devices += name == u"device_id";
    }
    FUZZ_CHECK(actions == (spelling.isEmpty() ? 0 : 1), context);
    FUZZ_CHECK(devices == (deviceId ? 1 : 0), context);
    if (spelling.isEmpty())
        return;

    const QString action = out.pairs.at(kept.size());
    FUZZ_CHECK(action.startsWith(u"action="), context);
    FUZZ_CHECK(isStrictlyEncoded(pairValue(action)), context);
    FUZZ_CHECK(decode(pairValue(action)) == spelling, context);
    if (deviceId) {
        const QString device = out.pairs.at(kept.size() + 1);
        FUZZ_CHECK(device.startsWith(u"device_id="), context);
        FUZZ_CHECK(isStrictlyEncoded(pairValue(device)), context);
        FUZZ_CHECK(decode(pairValue(device)) == *deviceId,
                   context + QStringLiteral("\ndecoded: ") + describe(decode(pairValue(device))));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QList<QByteArray> fields = fuzz::splitFields(data, size);
    const QString base = fuzz::textField(fields.value(0));
    const QString deviceId = fuzz::textField(fields.value(1));
    QStringList listed;
    for (qsizetype i = 2; i < fields.size(); ++i)
        listed.append(fuzz::textField(fields.at(i)));

    // The builder alone never crashes, whatever the base (the safety check comes before it in the app).
    (void)AccountManagementUrl::build(base, QStringLiteral("org.matrix.device_view"), deviceId);

    AuthMetadata metadata;
    metadata.issuer = QStringLiteral("https://issuer.example/");
    metadata.accountManagementUri = base;
    metadata.accountManagementActions = listed;
    const AccountPage page = AccountPage::fromMetadata(metadata);
    const bool safe = UrlSafety::isSafe(base);
    FUZZ_CHECK(page.isSafe() == safe, base);

    // The bare page.
    const auto bare = page.urlFor(std::nullopt);
    if (const auto* refusal = std::get_if<AccountPage::Refusal>(&bare)) {
        FUZZ_CHECK(!safe && refusal->problem == AccountPage::Problem::UnsafeUrl, base);
        FUZZ_CHECK(!refusal->message.isEmpty(), base);
    } else {
        FUZZ_CHECK(safe, base);
        checkBuilt(base, std::get<QString>(bare), {}, std::nullopt);
    }

    for (const AccountAction action : AccountActionNames::all()) {
        // The spelling docs/protocol.md says the URL must use: the most preferred one the server listed.
        QString expected;
        for (const QString& spelling : AccountActionNames::spellings(action)) {
            if (listed.contains(spelling)) {
                expected = spelling;
                break;
            }
        }
        const bool takesDevice = AccountActionNames::takesDevice(action);
        const std::optional<QString> device = takesDevice ? std::optional<QString>(deviceId) : std::nullopt;
        const auto url = page.urlFor(action, device);
        if (const auto* refusal = std::get_if<AccountPage::Refusal>(&url)) {
            FUZZ_CHECK(!refusal->message.isEmpty(), base);
            switch (refusal->problem) {
            case AccountPage::Problem::NoAccountPage:
                fuzz::fail(__FILE__, __LINE__, "a page was given", base);
            case AccountPage::Problem::UnsafeUrl:
                FUZZ_CHECK(!safe, base);
                break;
            case AccountPage::Problem::NotAdvertised:
                FUZZ_CHECK(safe && expected.isEmpty(), base + u'\n' + listed.join(u'|'));
                break;
            case AccountPage::Problem::BadDeviceId:
                // The only ID that cannot be carried exactly: text that is not valid Unicode.
                FUZZ_CHECK(safe && !expected.isEmpty() && takesDevice && !deviceId.isValidUtf16(),
                           describe(deviceId));
                break;
            }
            continue;
        }
        FUZZ_CHECK(safe && !expected.isEmpty(), base + u'\n' + listed.join(u'|'));
        checkBuilt(base, std::get<QString>(url), expected, device);
    }
    return 0;
}
