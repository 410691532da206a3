// How the window draws its icons. Every icon it shows comes from Gatehouse's SVG files through Qt SVG
// (widgets/SvgIcon), and the two standard icons the style would read from PNG files at start (the filter
// box's clear button, the menu bar's overflow button) are Gatehouse's glyphs (widgets/GlyphStyle): a
// loaded, painted window has loaded no image-format or icon-engine plugin, whose loading cost every start a
// few milliseconds. Also: an SVG icon's pixels at a given density, its disabled look, a missing file.
#include "WindowFixture.h"

#include "widgets/GlyphIcon.h"
#include "widgets/GlyphStyle.h"
#include "widgets/SvgIcon.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QLineEdit>
#include <QProxyStyle>
#include <QRegularExpression>
#include <QStyle>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {

// Counts the pixels that are drawn (not fully transparent).
int drawnPixels(const QImage& image)
{
    int drawn = 0;
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < argb.height(); ++y) {
        for (int x = 0; x < argb.width(); ++x)
            drawn += qAlpha(argb.pixel(x, y)) > 0 ? 1 : 0;
    }
    return drawn;
}

// The files mapped into this process, one per line (Linux).
QString mappedFiles()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    return maps.open(QIODevice::ReadOnly) ? QString::fromUtf8(maps.readAll()) : QString();
}

} // namespace

class TestIconDrawing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    // First: nothing before it in this process has drawn an icon.
    void windowLoadsNoImagePlugin();
    void styleKeepsTheStyleInUse();
    void standardIconsOfTheWindowAreGlyphs();
    void svgIconHasThePixelsAskedFor();
    void disabledIconLooksDifferent();
    void tintingAGlyphLeavesTheIconAsItWas();
    void missingFileIsANullIcon();

private:
    QString m_styleBefore;
};

void TestIconDrawing::initTestCase()
{
    m_styleBefore = QApplication::style()->name();
    GlyphStyle::install(); // as the launcher does, before any window
}

void TestIconDrawing::windowLoadsNoImagePlugin()
{
#ifndef Q_OS_LINUX
    QSKIP("reads the process's memory map from /proc");
#else
    WindowFixture f;
    QVERIFY(f.waitLoaded());
    // Everything painted once: the header, the filter box with text (its clear button shows), the table's
    // status marks and device glyphs, the details pane.
    f.window.findChild<QLineEdit*>(QStringLiteral("searchField"))->setText(QStringLiteral("e"));
    QVERIFY(!f.window.grab().isNull());
    const QString mapped = mappedFiles();
    QVERIFY2(!mapped.contains(QStringLiteral("/imageformats/")), "an image-format plugin was loaded");
    QVERIFY2(!mapped.contains(QStringLiteral("/iconengines/")), "an icon-engine plugin was loaded");
    // The check sees them when they are loaded: asking which image formats can be read loads them all.
    QVERIFY(QImageReader::supportedImageFormats().contains("png"));
    if (!QApplication::libraryPaths().isEmpty() && QImageReader::supportedImageFormats().contains("svg"))
        QVERIFY(mappedFiles().contains(QStringLiteral("/imageformats/")));
#endif
}

void TestIconDrawing::styleKeepsTheStyleInUse()
{
    const auto* style = qobject_cast<QProxyStyle*>(QApplication::style());
    QVERIFY(style);
    QVERIFY(style->baseStyle());
    QCOMPARE(style->baseStyle()->name().toLower(), m_styleBefore.toLower());
}

void TestIconDrawing::standardIconsOfTheWindowAreGlyphs()
{
    for (const QStyle::StandardPixmap which :
         {QStyle::SP_LineEditClearButton, QStyle::SP_ToolBarHorizontalExtensionButton}) {
        const QIcon icon = QApplication::style()->standardIcon(which);
        QVERIFY(!icon.isNull());
        // A glyph is drawn from SVG at any size: twice the size asked, twice the pixels.
        QCOMPARE(icon.pixmap(QSize(40, 40), 2.0).size(), QSize(80, 80));
        QVERIFY(drawnPixels(icon.pixmap(QSize(16, 16)).toImage()) > 0);
    }
    // The filter box's clear button uses it.
    QLineEdit field;
    field.setClearButtonEnabled(true);
    const auto* clear = field.findChild<QAction*>(QStringLiteral("_q_qlineeditclearaction"));
    QVERIFY(clear);
    QCOMPARE(clear->icon().pixmap(QSize(40, 40), 2.0).size(), QSize(80, 80));
    // Every other standard icon is still the style's own.
    QVERIFY(!QApplication::style()->standardIcon(QStyle::SP_DialogCloseButton).isNull());
}

void TestIconDrawing::svgIconHasThePixelsAskedFor()
{
    const QIcon icon = SvgIcon::fromFile(QStringLiteral(":/gatehouse/icons/gatehouse.svg"));
    QVERIFY(!icon.isNull());
    for (const qreal ratio : {1.0, 1.5, 2.0}) {
        const QPixmap pixmap = icon.pixmap(QSize(24, 24), ratio);
        QCOMPARE(pixmap.size(), QSize(24, 24) * ratio);
        QCOMPARE(pixmap.devicePixelRatio(), ratio);
        const int drawn = drawnPixels(pixmap.toImage());
        QVERIFY(drawn > 0);
    }
    // The same request twice draws the same pixels (the second comes from the cache).
    QCOMPARE(icon.pixmap(QSize(32, 32)).toImage(), icon.pixmap(QSize(32, 32)).toImage());
}

void TestIconDrawing::disabledIconLooksDifferent()
{
    const QIcon icon = SvgIcon::fromFile(QStringLiteral(":/gatehouse/icons/gatehouse.svg"));
    const QImage normal = icon.pixmap(QSize(32, 32), 1.0, QIcon::Normal).toImage();
    const QImage disabled = icon.pixmap(QSize(32, 32), 1.0, QIcon::Disabled).toImage();
    QCOMPARE(disabled.size(), normal.size());
    QVERIFY(disabled != normal);
    // Drawn again for another palette, not taken from the cache.
    const QPalette before = QGuiApplication::palette();
    QPalette other = before;
    other.setColor(QPalette::Disabled, QPalette::ButtonText, Qt::red);
    other.setColor(QPalette::Window, Qt::darkBlue);
    other.setColor(QPalette::Base, Qt::darkBlue);
    other.setColor(QPalette::Light, Qt::darkBlue);
    other.setColor(QPalette::Disabled, QPalette::Light, Qt::darkBlue);
    QApplication::setPalette(other);
    const QImage disabledAgain = icon.pixmap(QSize(32, 32), 1.0, QIcon::Disabled).toImage();
    QApplication::setPalette(before);
    QVERIFY(disabledAgain != disabled);
    QCOMPARE(icon.pixmap(QSize(32, 32), 1.0, QIcon::Disabled).toImage(), disabled);
}

void TestIconDrawing::tintingAGlyphLeavesTheIconAsItWas()
{
    // A glyph paints its colour over the drawn SVG; the drawing it starts from is shared through the
    // pixmap cache and must not change.
    const QString path = QStringLiteral(":/gatehouse/icons/refresh.svg");
    const QImage before = SvgIcon::fromFile(path).pixmap(QSize(20, 20)).toImage();
    const QImage glyph = GlyphIcon::fromSvg(path).pixmap(QSize(20, 20)).toImage();
    QVERIFY(glyph != before);
    QCOMPARE(SvgIcon::fromFile(path).pixmap(QSize(20, 20)).toImage(), before);
}

void TestIconDrawing::missingFileIsANullIcon()
{
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(".*")));
    const QIcon icon = SvgIcon::fromFile(QStringLiteral(":/gatehouse/icons/no-such-icon.svg"));
    QVERIFY(icon.isNull());
}

QTEST_MAIN(TestIconDrawing)
#include "tst_IconDrawing.moc"
