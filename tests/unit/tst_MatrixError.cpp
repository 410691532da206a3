// Reading failed answers: Matrix {"errcode","error"} and OAuth {"error","error_description"} bodies
// (docs/protocol.md "Errors from servers", "Finding the account page").
#include "matrix/MatrixError.h"

#include <QTest>

using namespace gatehouse;

Q_DECLARE_METATYPE(gatehouse::Error::Kind)

class TestMatrixError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsErrorBodies_data();
    void readsErrorBodies();
    void readsSoftLogout_data();
    void readsSoftLogout();
    void unrecognizedNeeds404AndErrcode_data();
    void unrecognizedNeeds404AndErrcode();
    void tokenRejectedOnlyFor401TokenErrors_data();
    void tokenRejectedOnlyFor401TokenErrors();
    void sanitisesTheErrcode_data();
    void sanitisesTheErrcode();
    void boundsTheServerText();
    void readBodyClassifies_data();
    void readBodyClassifies();
    void readBodyKeepsTheServerWordsApart();
};

void TestMatrixError::readsErrorBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("errcode");
    QTest::addColumn<QString>("description");
    QTest::newRow("Matrix") << QByteArray(R"({"errcode": "M_FORBIDDEN", "error": "You are not allowed"})")
                            << "M_FORBIDDEN"
                            << "You are not allowed";
    QTest::newRow("Matrix without text")
        << QByteArray(R"({"errcode": "M_NOT_FOUND"})") << "M_NOT_FOUND" << QString();
    QTest::newRow("Matrix, text not a string")
        << QByteArray(R"({"errcode": "M_UNKNOWN", "error": 5})") << "M_UNKNOWN" << QString();
    QTest::newRow("Matrix error_description is not Matrix text")
        << QByteArray(R"({"errcode": "M_UNKNOWN", "error_description": "x"})") << "M_UNKNOWN" << QString();
    QTest::newRow("OAuth") << QByteArray(
                                  R"({"error": "invalid_grant", "error_description": "The grant expired"})")
                           << "invalid_grant"
                           << "The grant expired";
    QTest::newRow("OAuth without description")
        << QByteArray(R"({"error": "invalid_client"})") << "invalid_client" << QString();
    QTest::newRow("OAuth description not a string")
        << QByteArray(R"({"error": "invalid_request", "error_description": ["a"]})") << "invalid_request"
        << QString();
    QTest::newRow("empty body") << QByteArray() << QString() << QString();
    QTest::newRow("HTML") << QByteArray("<html>502</html>") << QString() << QString();
    QTest::newRow("list") << QByteArray(R"(["M_FORBIDDEN"])") << QString() << QString();
    QTest::newRow("errcode not a string") << QByteArray(R"({"errcode": 403})") << QString() << QString();
    QTest::newRow("UIA 401 body") << QByteArray(
                                         R"({"flows": [{"stages": ["m.login.password"]}], "session": "s"})")
                                  << QString() << QString();
}

void TestMatrixError::readsErrorBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, errcode);
    QFETCH(QString, description);
    const MatrixError error = MatrixError::fromResponse(400, body);
    QCOMPARE(error.status, 400);
    QCOMPARE(error.errcode, errcode);
    QCOMPARE(error.description, description);
}

void TestMatrixError::readsSoftLogout_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("softLogout");
    QTest::newRow("true") << QByteArray(R"({"errcode": "M_UNKNOWN_TOKEN", "soft_logout": true})") << true;
    QTest::newRow("false") << QByteArray(R"({"errcode": "M_UNKNOWN_TOKEN", "soft_logout": false})") << false;
    QTest::newRow("absent") << QByteArray(R"({"errcode": "M_UNKNOWN_TOKEN"})") << false;
    QTest::newRow("string") << QByteArray(R"({"errcode": "M_UNKNOWN_TOKEN", "soft_logout": "true"})")
                            << false;
    QTest::newRow("number") << QByteArray(R"({"errcode": "M_UNKNOWN_TOKEN", "soft_logout": 1})") << false;
    QTest::newRow("locked user") << QByteArray(R"({"errcode": "M_USER_LOCKED", "soft_logout": true})")
                                 << true;
}

void TestMatrixError::readsSoftLogout()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, softLogout);
    QCOMPARE(MatrixError::fromResponse(401, body).softLogout, softLogout);
}

void TestMatrixError::unrecognizedNeeds404AndErrcode_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("unrecognized");
    QTest::newRow("404 M_UNRECOGNIZED")
        << 404 << QByteArray(R"({"errcode": "M_UNRECOGNIZED", "error": "Unrecognized request"})") << true;
    QTest::newRow("405 M_UNRECOGNIZED") << 405 << QByteArray(R"({"errcode": "M_UNRECOGNIZED"})") << false;
    QTest::newRow("400 M_UNRECOGNIZED") << 400 << QByteArray(R"({"errcode": "M_UNRECOGNIZED"})") << false;
    QTest::newRow("bare 404") << 404 << QByteArray() << false;
    QTest::newRow("404 HTML from a proxy") << 404 << QByteArray("<html>Not Found</html>") << false;
    QTest::newRow("404 M_NOT_FOUND") << 404 << QByteArray(R"({"errcode": "M_NOT_FOUND"})") << false;
    QTest::newRow("404 lower case") << 404 << QByteArray(R"({"errcode": "m_unrecognized"})") << false;
    QTest::newRow("404 OAuth error field only")
        << 404 << QByteArray(R"({"error": "M_UNRECOGNIZED"})") << false;
}

void TestMatrixError::unrecognizedNeeds404AndErrcode()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, unrecognized);
    QCOMPARE(MatrixError::fromResponse(status, body).isUnrecognized(), unrecognized);
}

void TestMatrixError::tokenRejectedOnlyFor401TokenErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("rejected");
    QTest::newRow("401 M_UNKNOWN_TOKEN") << 401 << QByteArray(R"({"errcode": "M_UNKNOWN_TOKEN"})") << true;
    QTest::newRow("401 M_MISSING_TOKEN") << 401 << QByteArray(R"({"errcode": "M_MISSING_TOKEN"})") << true;
    QTest::newRow("401 without a body") << 401 << QByteArray() << true;
    QTest::newRow("401 M_USER_LOCKED") << 401 << QByteArray(R"({"errcode": "M_USER_LOCKED"})") << false;
    QTest::newRow("401 M_FORBIDDEN (UIA)") << 401 << QByteArray(R"({"errcode": "M_FORBIDDEN"})") << false;
    QTest::newRow("403 M_UNKNOWN_TOKEN") << 403 << QByteArray(R"({"errcode": "M_UNKNOWN_TOKEN"})") << false;
    QTest::newRow("403 M_FORBIDDEN") << 403 << QByteArray(R"({"errcode": "M_FORBIDDEN"})") << false;
    QTest::newRow("500") << 500 << QByteArray() << false;
}

void TestMatrixError::tokenRejectedOnlyFor401TokenErrors()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, rejected);
    HttpResponse response;
    response.status = status;
    response.body = body;
    QCOMPARE(failureOf(response, "matrix.example.org", &MatrixError::readBody)->kind ==
                 Error::Kind::TokenRejected,
             rejected);
}

void TestMatrixError::sanitisesTheErrcode_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("errcode");
    QTest::newRow("plain") << QByteArray(R"({"errcode": "M_LIMIT_EXCEEDED"})") << "M_LIMIT_EXCEEDED";
    QTest::newRow("namespaced") << QByteArray(R"({"errcode": "IO.ELEMENT.SOMETHING_1"})")
                                << "IO.ELEMENT.SOMETHING_1";
    QTest::newRow("markup and spaces") << QByteArray(R"({"errcode": "M_FOO <b>bar</b>"})") << "M_FOObbarb";
    QTest::newRow("newline and controls") << QByteArray(R"({"errcode": "M_X\n\u0007\u202E"})") << "M_X";
    QTest::newRow("non-ASCII letters") << QByteArray(R"({"errcode": "M_ÄÖ_ß"})") << "M__";
    QTest::newRow("OAuth code") << QByteArray(R"({"error": "invalid grant; drop table"})")
                                << "invalidgrantdroptable";
    QTest::newRow("at most 100 characters")
        << QByteArray(R"({"errcode": ")" + QByteArray(300, 'A') + R"("})") << QString(100, u'A');
}

void TestMatrixError::sanitisesTheErrcode()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, errcode);
    QCOMPARE(MatrixError::fromResponse(400, body).errcode, errcode);
}

void TestMatrixError::boundsTheServerText()
{
    const QByteArray body = R"({"errcode": "M_UNKNOWN", "error": ")" + QByteArray(5000, 'x') + R"("})";
    QCOMPARE(MatrixError::fromResponse(500, body).description.size(), 500);
}

void TestMatrixError::readBodyClassifies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Error::Kind>("kind");
    QTest::newRow("401 unknown token")
        << 401 << QByteArray(R"({"errcode": "M_UNKNOWN_TOKEN"})") << Error::Kind::TokenRejected;
    QTest::newRow("429") << 429 << QByteArray(R"({"errcode": "M_LIMIT_EXCEEDED", "retry_after_ms": 10})")
                         << Error::Kind::RateLimited;
    QTest::newRow("404 unrecognized")
        << 404 << QByteArray(R"({"errcode": "M_UNRECOGNIZED"})") << Error::Kind::Http;
    QTest::newRow("500 no body") << 500 << QByteArray() << Error::Kind::Http;
    QTest::newRow("401 locked") << 401 << QByteArray(R"({"errcode": "M_USER_LOCKED", "soft_logout": true})")
                                << Error::Kind::Http;
}

void TestMatrixError::readBodyClassifies()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(Error::Kind, kind);
    const MatrixError matrixError = MatrixError::fromResponse(status, body);
    HttpResponse response;
    response.status = status;
    response.body = body;
    const Error error = failureOf(response, "matrix.example.org", &MatrixError::readBody).value();
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.errcode, matrixError.errcode);
    QCOMPARE(error.softLogout, matrixError.softLogout);
    QVERIFY2(error.message.contains("matrix.example.org"), qPrintable(error.message));
}

void TestMatrixError::readBodyKeepsTheServerWordsApart()
{
    HttpResponse response;
    response.status = 403;
    response.body = R"({"errcode": "M_FORBIDDEN", "error": "<b>Go away</b>"})";
    const Error error = failureOf(response, "example.org", &MatrixError::readBody).value();
    QCOMPARE(error.serverText, QString("<b>Go away</b>"));
    QVERIFY(!error.message.contains("Go away"));
    QVERIFY(error.message.contains("M_FORBIDDEN"));
    QVERIFY(error.message.contains("403"));
    QVERIFY(error.fullText().contains("<b>Go away</b>"));
}

QTEST_GUILESS_MAIN(TestMatrixError)
#include "tst_MatrixError.moc"
