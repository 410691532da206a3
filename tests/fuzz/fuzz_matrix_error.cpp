// MatrixError::fromResponse and failureOf() with the Matrix body reader on an arbitrary status and body (a
// failed Matrix or OAuth 2.0 answer), with the Retry-After value a 429 may carry. Invariants:
//   - the errcode keeps only identifier characters (A–Z a–z 0–9 _ .) and at most 100 of them, so it can sit
//     inside our own sentences; the server's text is at most 500 UTF-16 units and never ends in half of a
//     surrogate pair;
//   - "token rejected" only for 401, "unrecognised" only for 404 M_UNRECOGNIZED;
//   - failureOf() gives an Error exactly for statuses outside 2xx;
//   - the Error for a person always has a message, and the server's words stay in serverText;
//   - a back-off delay, when one is read, is never negative.
// Input: two bytes of status (big-endian, modulo 600), then the Retry-After header up to '\n', then the body.
#include "FuzzSupport.h"

#include "matrix/MatrixError.h"
#include "network/RetryAfter.h"

#include <QDateTime>

using namespace gatehouse;
using gatehouse::fuzz::describe;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 2)
        return 0;
    const int status = ((data[0] << 8) | data[1]) % 600;
    QByteArray rest(reinterpret_cast<const char*>(data + 2), qsizetype(size - 2));
    const qsizetype newline = rest.indexOf('\n');
    const QByteArray retryAfter = newline < 0 ? QByteArray() : rest.left(newline);
    const QByteArray body = newline < 0 ? rest : rest.mid(newline + 1);

    const MatrixError error = MatrixError::fromResponse(status, body);
    FUZZ_CHECK(error.status == status, QString());
    FUZZ_CHECK(error.errcode.size() <= 100, error.errcode);
    for (const QChar c : error.errcode) {
        const char16_t u = c.unicode();
        FUZZ_CHECK((u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') ||
                       u == u'_' || u == u'.',
                   describe(error.errcode));
    }
    FUZZ_CHECK(error.description.size() <= 500, QString());
    FUZZ_CHECK(error.description.isEmpty() || !error.description.back().isHighSurrogate(),
               describe(error.description.right(4)));
    if (error.isUnrecognized())
        FUZZ_CHECK(status == 404 && error.errcode == u"M_UNRECOGNIZED", QString());

    const QDateTime now = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
    const std::optional<qint64> delay = RetryAfter::delayMs(retryAfter, body, now);
    if (delay)
        FUZZ_CHECK(*delay >= 0, QString::number(*delay));

    HttpResponse response;
    response.status = status;
    response.body = body;
    const std::optional<Error> failure =
        failureOf(response, QStringLiteral("matrix.example"), &MatrixError::readBody);
    FUZZ_CHECK(failure.has_value() == (status < 200 || status >= 300), QString::number(status));
    if (!failure)
        return 0;
    const Error& shown = *failure;
    if (shown.kind == Error::Kind::TokenRejected)
        FUZZ_CHECK(status == 401, QString());
    FUZZ_CHECK(!shown.message.isEmpty(), QString());
    FUZZ_CHECK(shown.serverText == error.description, QString());
    FUZZ_CHECK(!shown.fullText().isEmpty(), QString());

    return 0;
}
