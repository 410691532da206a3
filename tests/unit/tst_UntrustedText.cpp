// Text from a server shown next to our own words: docs/protocol.md "Untrusted text".
#include "text/UntrustedText.h"

#include <QTest>

using namespace gatehouse;

namespace {

const QChar fsi(0x2068);
const QChar pdi(0x2069);
const QChar replacement(0xFFFD);
const QChar ellipsis(0x2026);

QString isolated(const QString& inner)
{
    return fsi + inner + pdi;
}

// True when `text` is one isolate from its first character to its last: no character inside can close
// it early, and nothing inside is left open to swallow what follows.
bool isOneIsolate(const QString& text)
{
    if (text.size() < 2 || text.front() != fsi || text.back() != pdi)
        return false;
    int depth = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == 0x2066 || c == 0x2067 || c == 0x2068) {
            ++depth;
        } else if (c == 0x2069) {
            if (depth == 0)
                return false;
            --depth;
        }
        if (depth == 0 && i != text.size() - 1)
            return false;
    }
    return depth == 0;
}

QByteArray codePoints(const QString& text)
{
    QByteArray out;
    for (const char32_t c : text.toUcs4())
        out += QByteArray::number(uint(c), 16) + ' ';
    return out;
}

} // namespace

class TestUntrustedText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void forDisplayIsolatesAndCleans_data();
    void forDisplayIsolatesAndCleans();
    void forDisplayCannotBeEscaped_data();
    void forDisplayCannotBeEscaped();
    void forDisplayTruncatesByCodePoint_data();
    void forDisplayTruncatesByCodePoint();
    void forMessageIsShorter();
    void forTerminalStripsControlsAndBidi_data();
    void forTerminalStripsControlsAndBidi();
    void forMenuEscapesShortcutMarks_data();
    void forMenuEscapesShortcutMarks();
    void forTitleIsolatesOnlyWhatNeedsIt_data();
    void forTitleIsolatesOnlyWhatNeedsIt();
    void recognisesBidiControls_data();
    void recognisesBidiControls();
};

void TestUntrustedText::forDisplayIsolatesAndCleans_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "Alice's phone" << isolated("Alice's phone");
    QTest::newRow("empty") << "" << isolated("");
    QTest::newRow("markup stays characters") << "<b>x</b>&amp;" << isolated("<b>x</b>&amp;");
    QTest::newRow("newline and tab") << "a\nb\tc"
                                     << isolated(QString("a") + replacement + "b" + replacement + "c");
    QTest::newRow("escape sequence") << "\x1b[31mred" << isolated(replacement + QString("[31mred"));
    QTest::newRow("NUL") << QString("a") + QChar(0) + "b" << isolated(QString("a") + replacement + "b");
    QTest::newRow("DEL") << "a\x7f" << isolated(QString("a") + replacement);
    QTest::newRow("C1 CSI") << QString::fromUtf16(u"a\u009bb") << isolated(QString("a") + replacement + "b");
    QTest::newRow("line and paragraph separators")
        << QString::fromUtf16(u"a\u2028b\u2029") << isolated(QString("a") + replacement + "b" + replacement);
    QTest::newRow("right-to-left letters kept")
        << QString::fromUtf16(u"שלום") << isolated(QString::fromUtf16(u"שלום"));
    QTest::newRow("emoji kept") << QString::fromUtf16(u"📱 phone") << isolated(QString::fromUtf16(u"📱 phone"));
    QTest::newRow("balanced override kept inside the isolate")
        << QString::fromUtf16(u"a\u202Eb\u202Cc") << isolated(QString::fromUtf16(u"a\u202Eb\u202Cc"));
}

void TestUntrustedText::forDisplayIsolatesAndCleans()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(UntrustedText::forDisplay(text), expected);
}

void TestUntrustedText::forDisplayCannotBeEscaped_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << "phone";
    QTest::newRow("override") << QString::fromUtf16(u"\u202Egnp.exe");
    QTest::newRow("stray pop isolate") << QString::fromUtf16(u"x\u2069\u202Eevil");
    QTest::newRow("several stray pops") << QString::fromUtf16(u"\u2069\u2069\u2069\u202Eevil");
    QTest::newRow("unclosed isolate") << QString::fromUtf16(u"\u2067evil");
    QTest::newRow("unclosed isolates of each kind") << QString::fromUtf16(u"\u2066a\u2067b\u2068c");
    QTest::newRow("balanced isolate inside") << QString::fromUtf16(u"a\u2067b\u2069c");
    QTest::newRow("pop before push") << QString::fromUtf16(u"\u2069a\u2066");
    QTest::newRow("unclosed isolate cut by truncation")
        << QString::fromUtf16(u"\u2067") + QString(300, u'x') + pdi;
}

void TestUntrustedText::forDisplayCannotBeEscaped()
{
    QFETCH(QString, text);
    const QString shown = UntrustedText::forDisplay(text);
    QVERIFY2(isOneIsolate(shown), codePoints(shown).constData());
    QVERIFY(isOneIsolate(UntrustedText::forMessage(text)));
    QVERIFY(isOneIsolate(UntrustedText::forMenu(text)));
}

void TestUntrustedText::forDisplayTruncatesByCodePoint_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("maxLength");
    QTest::addColumn<QString>("expected");
    QTest::newRow("shorter") << "abc" << 5 << isolated("abc");
    QTest::newRow("exactly the limit") << "abcde" << 5 << isolated("abcde");
    QTest::newRow("one over") << "abcdef" << 5 << isolated(QString("abcde") + ellipsis);
    QTest::newRow("default limit is 200")
        << QString(201, u'x') << 200 << isolated(QString(200, u'x') + ellipsis);
    QTest::newRow("surrogate pairs count once")
        << QString::fromUtf16(u"😀😀😀") << 2 << isolated(QString::fromUtf16(u"😀😀") + ellipsis);
}

void TestUntrustedText::forDisplayTruncatesByCodePoint()
{
    QFETCH(QString, text);
    QFETCH(int, maxLength);
    QFETCH(QString, expected);
    QCOMPARE(UntrustedText::forDisplay(text, maxLength), expected);
    if (maxLength == 200)
        QCOMPARE(UntrustedText::forDisplay(text), expected);
}

void TestUntrustedText::forMessageIsShorter()
{
    QCOMPARE(UntrustedText::forMessage(QString(121, u'y')), isolated(QString(120, u'y') + ellipsis));
    QCOMPARE(UntrustedText::forMessage(QString(120, u'y')), isolated(QString(120, u'y')));
}

void TestUntrustedText::forTerminalStripsControlsAndBidi_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "Alice's phone"
                           << "Alice's phone";
    QTest::newRow("non-ASCII kept") << QString::fromUtf16(u"Ünïcødé 名前 שלום 😀")
                                    << QString::fromUtf16(u"Ünïcødé 名前 שלום 😀");
    QTest::newRow("C0 controls") << "a\nb\rc\td\x07"
                                 << "abcd";
    QTest::newRow("escape sequence loses its escape") << "\x1b[2J\x1b]0;title\x07x"
                                                      << "[2J]0;titlex";
    QTest::newRow("NUL") << QString("a") + QChar(0) + "b"
                         << "ab";
    QTest::newRow("DEL") << "a\x7f"
                         << "a";
    QTest::newRow("C1 controls") << QString::fromUtf16(u"a\u0080b\u009bc\u009fd") << "abcd";
    QTest::newRow("embeddings and overrides")
        << QString::fromUtf16(u"\u202Aa\u202Bb\u202Cc\u202Dd\u202Ee") << "abcde";
    QTest::newRow("isolates") << QString::fromUtf16(u"\u2066a\u2067b\u2068c\u2069d") << "abcd";
    QTest::newRow("marks") << QString::fromUtf16(u"\u200Ea\u200Fb\u061Cc") << "abc";
    QTest::newRow("trojan source") << QString::fromUtf16(u"admin\u202E\u2066 // evil\u2069\u2066")
                                   << "admin // evil";
    QTest::newRow("zero-width space and BOM") << QString::fromUtf16(u"\uFEFFa\u200Bb") << "ab";
    QTest::newRow("line separators") << QString::fromUtf16(u"a\u2028b\u2029c") << "abc";
}

void TestUntrustedText::forTerminalStripsControlsAndBidi()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(UntrustedText::forTerminal(text), expected);
}

void TestUntrustedText::forMenuEscapesShortcutMarks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no ampersand") << "phone" << isolated("phone");
    QTest::newRow("one ampersand") << "Tom & Jerry" << isolated("Tom && Jerry");
    QTest::newRow("shortcut mark") << "&Delete" << isolated("&&Delete");
    QTest::newRow("already doubled") << "a&&b" << isolated("a&&&&b");
    QTest::newRow("controls replaced") << "a\nb" << isolated(QString("a") + replacement + "b");
    QTest::newRow("at most 60 characters") << QString(61, u'm') << isolated(QString(60, u'm') + ellipsis);
}

void TestUntrustedText::forMenuEscapesShortcutMarks()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(UntrustedText::forMenu(text), expected);
}

void TestUntrustedText::recognisesBidiControls_data()
{
    QTest::addColumn<uint>("codePoint");
    QTest::addColumn<bool>("bidi");
    for (const uint c : {0x061Cu, 0x200Eu, 0x200Fu, 0x202Au, 0x202Bu, 0x202Cu, 0x202Du, 0x202Eu, 0x2066u,
                         0x2067u, 0x2068u, 0x2069u})
        QTest::addRow("U+%04X", c) << c << true;
    for (const uint c : {0x41u, 0x05D0u, 0x200Du, 0x2029u, 0x2065u, 0x206Au, 0x202Fu, 0x061Bu})
        QTest::addRow("U+%04X", c) << c << false;
}

void TestUntrustedText::recognisesBidiControls()
{
    QFETCH(uint, codePoint);
    QFETCH(bool, bidi);
    QCOMPARE(UntrustedText::isBidiControl(char32_t(codePoint)), bidi);
}

void TestUntrustedText::forTitleIsolatesOnlyWhatNeedsIt_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("isolated");
    QTest::newRow("plain user ID") << QStringLiteral("@alice:example.org") << false;
    QTest::newRow("accented latin") << QString::fromUtf16(u"@zoë:example.org") << false;
    QTest::newRow("hebrew") << QString::fromUtf16(u"@\u05D0\u05D1:example.org") << true;
    QTest::newRow("arabic") << QString::fromUtf16(u"@\u0639\u0644\u064A:example.org") << true;
    QTest::newRow("right-to-left override") << QString::fromUtf16(u"@a\u202Egro:example.org") << true;
    QTest::newRow("left-to-right mark") << QString::fromUtf16(u"@a\u200E:example.org") << true;
    QTest::newRow("isolate of its own") << QString::fromUtf16(u"@a\u2066b:example.org") << true;
}

void TestUntrustedText::forTitleIsolatesOnlyWhatNeedsIt()
{
    QFETCH(QString, text);
    QFETCH(bool, isolated);
    const QString title = UntrustedText::forTitle(text);
    QCOMPARE(title, isolated ? UntrustedText::forDisplay(text, 80) : text);
    QCOMPARE(title.startsWith(QChar(0x2068)), isolated);
}

QTEST_GUILESS_MAIN(TestUntrustedText)
#include "tst_UntrustedText.moc"
