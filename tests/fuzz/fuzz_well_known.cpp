// WellKnown::interpret on an arbitrary status and body (the .well-known/matrix/client answer), then the
// safety check the discovery applies to what it found. Invariants:
//   - 404 is always "ignore" (no .well-known), any other non-200 or an empty body always "prompt";
//   - "found" carries a base URL that parses with a scheme and a host and has no trailing slash;
//   - every failure carries a message; the safety check gives a verdict and, when it refuses, a sentence.
// Input: two bytes of status (big-endian, taken modulo 600) then the body.
#include "FuzzSupport.h"

#include "matrix/WellKnown.h"
#include "network/UrlSafety.h"

#include <QUrl>

using namespace gatehouse;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 2)
        return 0;
    const int status = ((data[0] << 8) | data[1]) % 600;
    const QByteArray body(reinterpret_cast<const char*>(data + 2), qsizetype(size - 2));
    const WellKnown result = WellKnown::interpret(status, body);
    const QString context = QStringLiteral("status %1 body %2").arg(status).arg(QString::fromUtf8(body));

    if (status == 404) {
        FUZZ_CHECK(result.outcome == WellKnown::Outcome::Ignore, context);
        return 0;
    }
    if (status != 200 || body.trimmed().isEmpty())
        FUZZ_CHECK(result.outcome == WellKnown::Outcome::FailPrompt, context);
    switch (result.outcome) {
    case WellKnown::Outcome::Ignore:
        fuzz::fail(__FILE__, __LINE__, "only 404 is ignored", context);
    case WellKnown::Outcome::FailPrompt:
    case WellKnown::Outcome::FailError:
        FUZZ_CHECK(!result.problem.isEmpty(), context);
        FUZZ_CHECK(result.baseUrl.isEmpty(), context);
        return 0;
    case WellKnown::Outcome::Found:
        break;
    }
    FUZZ_CHECK(status == 200, context);
    FUZZ_CHECK(!result.baseUrl.endsWith(u'/'), result.baseUrl);
    // The trailing slashes removed, what is left still names a server.
    const QUrl url(result.baseUrl, QUrl::StrictMode);
    FUZZ_CHECK(url.isValid() && !url.scheme().isEmpty() && !url.host().isEmpty(), result.baseUrl);

    const UrlSafety::Verdict verdict = UrlSafety::check(result.baseUrl);
    const QString sentence = UrlSafety::explain(verdict, QStringLiteral("The homeserver"), result.baseUrl);
    FUZZ_CHECK((verdict == UrlSafety::Verdict::Safe) == sentence.isEmpty(), result.baseUrl);
    if (verdict == UrlSafety::Verdict::Safe) {
        const QString scheme = url.scheme().toLower();
        FUZZ_CHECK(scheme == u"https" || (scheme == u"http" && UrlSafety::isLoopbackHost(url.host())),
                   result.baseUrl);
        FUZZ_CHECK(url.userInfo().isEmpty(), result.baseUrl);
    }
    return 0;
}
