// failureOf(): the one place an HTTP result becomes an Error (app/network/HttpFailure.h), with and without a
// protocol's reader for its error body.
#include "network/HttpFailure.h"

#include <QTest>

using namespace gatehouse;

Q_DECLARE_METATYPE(gatehouse::Error::Kind)

namespace {

// A protocol whose error body is "errcode|text", and whose token errcode is T_TOKEN.
ErrorBody pipeReader(const QByteArray& body)
{
    const QList<QByteArray> parts = body.split('|');
    ErrorBody read;
    read.errcode = QString::fromUtf8(parts.value(0));
    read.text = QString::fromUtf8(parts.value(1));
    read.softLogout = parts.value(2) == "soft";
    read.tokenRejected = read.errcode == u"T_TOKEN";
    return read;
}

HttpResponse answer(int status, const QByteArray& body)
{
    HttpResponse response;
    response.status = status;
    response.body = body;
    response.url = QUrl(QStringLiteral("https://hs.example.org/x"));
    return response;
}

} // namespace

class TestHttpFailure : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void convertsAnswers_data();
    void convertsAnswers();
    void passesTransportFailuresThrough();
    void keepsTheServerWordsOutOfTheMessage();
};

void TestHttpFailure::convertsAnswers_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("withReader");
    QTest::addColumn<bool>("failed");
    QTest::addColumn<Error::Kind>("kind");
    QTest::addColumn<QString>("errcode");
    QTest::addColumn<QString>("messageHas");

    const auto none = Error::Kind::Http;
    QTest::newRow("200") << 200 << QByteArray("X|y") << true << false << none << QString() << QString();
    QTest::newRow("204") << 204 << QByteArray() << false << false << none << QString() << QString();
    QTest::newRow("299") << 299 << QByteArray() << true << false << none << QString() << QString();
    QTest::newRow("199") << 199 << QByteArray() << true << true << Error::Kind::Http << QString() << "199";
    QTest::newRow("304") << 304 << QByteArray() << false << true << Error::Kind::Http << QString() << "304";
    QTest::newRow("400, no reader: the body is not read")
        << 400 << QByteArray("BAD|no") << false << true << Error::Kind::Http << QString() << "HTTP 400)";
    QTest::newRow("400 with the reader")
        << 400 << QByteArray("BAD|no") << true << true << Error::Kind::Http << "BAD"
        << "HTTP 400, BAD";
    QTest::newRow("401, no reader") << 401 << QByteArray("OTHER|x") << false << true
                                    << Error::Kind::TokenRejected << QString() << "access token";
    QTest::newRow("401, empty body") << 401 << QByteArray() << true << true << Error::Kind::TokenRejected
                                     << QString() << "access token";
    QTest::newRow("401, the body names the token")
        << 401 << QByteArray("T_TOKEN|gone") << true << true << Error::Kind::TokenRejected << "T_TOKEN"
        << "access token";
    QTest::newRow("401, the body names another problem")
        << 401 << QByteArray("LOCKED|x") << true << true << Error::Kind::Http << "LOCKED"
        << "HTTP 401, LOCKED";
    QTest::newRow("403 token errcode is no token problem")
        << 403 << QByteArray("T_TOKEN|x") << true << true << Error::Kind::Http << "T_TOKEN"
        << "HTTP 403";
    QTest::newRow("429") << 429 << QByteArray("SLOW|wait") << true << true << Error::Kind::RateLimited
                         << "SLOW"
                         << "limiting requests";
    QTest::newRow("429, no reader") << 429 << QByteArray() << false << true << Error::Kind::RateLimited
                                    << QString() << "limiting requests";
    QTest::newRow("500") << 500 << QByteArray("E500|oops") << true << true << Error::Kind::Http << "E500"
                         << "HTTP 500";
    QTest::newRow("502, no body") << 502 << QByteArray() << true << true << Error::Kind::Http << QString()
                                  << "HTTP 502)";
}

void TestHttpFailure::convertsAnswers()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, withReader);
    QFETCH(bool, failed);
    QFETCH(Error::Kind, kind);
    QFETCH(QString, errcode);
    QFETCH(QString, messageHas);

    const std::optional<Error> failure =
        failureOf(answer(status, body), QStringLiteral("hs.example.org"), withReader ? &pipeReader : nullptr);
    QCOMPARE(failure.has_value(), failed);
    if (!failure)
        return;
    QCOMPARE(failure->kind, kind);
    QCOMPARE(failure->httpStatus, status);
    QCOMPARE(failure->errcode, errcode);
    QVERIFY2(failure->message.contains(u"hs.example.org"), qPrintable(failure->message));
    QVERIFY2(failure->message.contains(messageHas), qPrintable(failure->message));
}

void TestHttpFailure::passesTransportFailuresThrough()
{
    const Error timeout = Error::make(Error::Kind::Timeout, QStringLiteral("hs did not answer."));
    const std::optional<Error> failure = failureOf(timeout, QStringLiteral("hs.example.org"), &pipeReader);
    QVERIFY(failure);
    QCOMPARE(failure->kind, Error::Kind::Timeout);
    QCOMPARE(failure->message, timeout.message);
}

void TestHttpFailure::keepsTheServerWordsOutOfTheMessage()
{
    const std::optional<Error> failure =
        failureOf(answer(403, "NOPE|<b>Go away</b>|soft"), QStringLiteral("hs.example.org"), &pipeReader);
    QVERIFY(failure);
    QCOMPARE(failure->serverText, QStringLiteral("<b>Go away</b>"));
    QVERIFY(failure->softLogout);
    QVERIFY(!failure->message.contains(u"Go away"));
    QVERIFY(failure->fullText().contains(u"<b>Go away</b>"));
}

QTEST_GUILESS_MAIN(TestHttpFailure)
#include "tst_HttpFailure.moc"
