// The window follows the application's palette: with a dark palette set, the painted parts of the session
// table (the status marks of this session and of inactive sessions, also on a selected row, and the row
// buttons) and the banners keep their contrast, because they are drawn from palette roles. Rows are rendered
// into images and their pixels measured. GATEHOUSE_RENDER_DIR, when set, receives the rendered window.
#include "WindowFixture.h"

#include "model/DeviceFilterModel.h"
#include "sessions/SessionDelegate.h"
#include "sessions/SessionTable.h"
#include "widgets/Banner.h"
#include "widgets/GlyphIcon.h"
#include "window/AccountHeader.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QImage>
#include <QPushButton>
#include <QStyleFactory>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {

QPalette darkPalette()
{
    QPalette dark;
    const QColor window(0x2d, 0x2d, 0x30), base(0x1e, 0x1e, 0x1e), text(0xe8, 0xe8, 0xe8);
    dark.setColor(QPalette::Window, window);
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, base);
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x28));
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3d));
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::Highlight, QColor(0x26, 0x4f, 0x78));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::ToolTipBase, base);
    dark.setColor(QPalette::ToolTipText, text);
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    dark.setColor(QPalette::Light, QColor(0x55, 0x55, 0x58));
    dark.setColor(QPalette::Midlight, QColor(0x45, 0x45, 0x48));
    dark.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x33));
    dark.setColor(QPalette::Dark, QColor(0x20, 0x20, 0x22));
    dark.setColor(QPalette::Shadow, Qt::black);
    dark.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x8c, 0x8c, 0x8c));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x8c, 0x8c, 0x8c));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x8c, 0x8c, 0x8c));
    return dark;
}

double luminance(const QColor& colour)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
           0.0722 * channel(colour.blueF());
}

// WCAG contrast ratio, 1 (none) to 21 (black on white).
double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The strongest contrast any pixel of `area` has against `background`.
double strongestContrast(const QImage& image, const QRect& area, const QColor& background)
{
    double best = 1;
    const QRect inside = area.intersected(image.rect());
    for (int y = inside.top(); y <= inside.bottom(); ++y) {
        for (int x = inside.left(); x <= inside.right(); ++x)
            best = std::max(best, contrast(QColor(image.pixel(x, y)), background));
    }
    return best;
}

} // namespace

class TestDarkPalette : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void statusMarksFollowThePalette_data();
    void statusMarksFollowThePalette();
    void rowButtonsUseButtonRoles();
    void bannersKeepTheirTextReadable_data();
    void bannersKeepTheirTextReadable();
    void bannerFollowsAPaletteChange();
    void buttonGlyphsFollowThePalette();

private:
    // The status column of the row of `deviceId`, rendered; `selected` selects that row first.
    QImage renderStatusCell(WindowFixture& f, const QString& deviceId, bool selected, QRect* cell,
                            QRect* mark);
};

void TestDarkPalette::initTestCase()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
}

QImage TestDarkPalette::renderStatusCell(WindowFixture& f, const QString& deviceId, bool selected,
                                         QRect* cell, QRect* mark)
{
    SessionTable* table = f.window.table();
    const int row = f.rowOf(deviceId);
    const QModelIndex index = f.window.filterModel()->index(row, DeviceListModel::StatusColumn);
    table->clearSelection();
    if (selected)
        table->selectRow(row);
    table->scrollTo(index);
    table->viewport()->repaint();
    *cell = table->visualRect(index);
    // The mark sits at the start of the cell, one text line high, before the words.
    const int side = table->fontMetrics().height();
    *mark = QRect(cell->left(), cell->top(), side + 6, cell->height());
    return table->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
}

void TestDarkPalette::statusMarksFollowThePalette_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<bool>("current"); // this session's mark, else an inactive session's
    QTest::addColumn<bool>("selected");
    for (const bool dark : {true, false}) {
        for (const bool current : {true, false}) {
            for (const bool selected : {false, true}) {
                QTest::addRow("%s palette, %s, %s", dark ? "dark" : "light",
                              current ? "this session" : "inactive", selected ? "selected" : "not selected")
                    << dark << current << selected;
            }
        }
    }
}

void TestDarkPalette::statusMarksFollowThePalette()
{
    QFETCH(bool, dark);
    QFETCH(bool, current);
    QFETCH(bool, selected);
    const QPalette palette = dark ? darkPalette() : QApplication::style()->standardPalette();
    QApplication::setPalette(palette);
    WindowFixture f;
    QVERIFY(f.waitLoaded());
    f.window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&f.window));

    QString deviceId = f.server->account().currentDeviceId();
    if (!current) {
        for (int row = 0; row < f.window.deviceModel()->rowCount(); ++row) {
            if (f.window.deviceModel()->isInactive(row))
                deviceId = f.window.deviceModel()->deviceAt(row).id;
        }
    }
    QRect cell, mark;
    const QImage image = renderStatusCell(f, deviceId, selected, &cell, &mark);
    // Where the row shows only its background: the far end of the status cell.
    const QColor background = image.pixel(cell.right() - 3, cell.center().y());
    if (selected)
        QCOMPARE(background, palette.color(QPalette::Active, QPalette::Highlight));
    else
        QVERIFY(contrast(background, palette.color(QPalette::Base)) < 1.2); // Base or AlternateBase

    // The mark stands out from its row: at least 3:1, the WCAG minimum for graphics.
    const double markContrast = strongestContrast(image, mark, background);
    QVERIFY2(markContrast >= 3.0, qPrintable(QString::number(markContrast)));
    // And it is drawn in the row's text colour: highlighted text on a selected row.
    const QColor expected =
        selected ? palette.color(QPalette::Active, QPalette::HighlightedText)
                 : palette.color(current ? QPalette::Active : QPalette::Disabled, QPalette::Text);
    QVERIFY2(
        strongestContrast(image, mark, background) >= contrast(expected, background) * 0.8,
        qPrintable(QStringLiteral("%1 against %2").arg(markContrast).arg(contrast(expected, background))));

    if (const QString dir = qEnvironmentVariable("GATEHOUSE_RENDER_DIR");
        !dir.isEmpty() && dark && selected) {
        QDir().mkpath(dir);
        f.window.grab().save(dir + QStringLiteral("/window-dark.png"));
    }
}

void TestDarkPalette::rowButtonsUseButtonRoles()
{
    const QPalette palette = darkPalette();
    QApplication::setPalette(palette);
    WindowFixture f;
    QVERIFY(f.waitLoaded());
    SessionTable* table = f.window.table();
    const QModelIndex index =
        f.window.filterModel()->index(f.rowOf(f.otherDevice()), DeviceListModel::ActionsColumn);
    table->scrollTo(index);
    table->viewport()->repaint();
    const QImage image = table->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    for (const RowAction action : {RowAction::View, RowAction::SignOut}) {
        const QRect button = table->buttonRect(index, action);
        QVERIFY(button.isValid());
        // The face, beside the label, is near the palette's button colour, far from a light theme's.
        const QColor face = image.pixel(button.left() + 4, button.center().y());
        QVERIFY2(contrast(face, palette.color(QPalette::Button)) < 1.6, qPrintable(face.name()));
        // The label stands out from the face as text should (4.5:1).
        const double label = strongestContrast(image, button.adjusted(4, 3, -4, -3), face);
        QVERIFY2(label >= 4.5, qPrintable(QString::number(label)));
    }
}

void TestDarkPalette::bannersKeepTheirTextReadable_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<int>("kind");
    for (const bool dark : {true, false}) {
        for (const Banner::Kind kind : {Banner::Kind::Info, Banner::Kind::Warning, Banner::Kind::Error})
            QTest::addRow("%s %d", dark ? "dark" : "light", int(kind)) << dark << int(kind);
    }
}

void TestDarkPalette::bannersKeepTheirTextReadable()
{
    QFETCH(bool, dark);
    QFETCH(int, kind);
    const QPalette palette = dark ? darkPalette() : QApplication::style()->standardPalette();
    const QColor background = Banner::background(Banner::Kind(kind), palette);
    const double ratio = contrast(background, palette.color(QPalette::WindowText));
    QVERIFY2(ratio >= 4.5, qPrintable(QString::number(ratio)));
    // Still a tint of the window, not a colour of its own.
    QVERIFY(contrast(background, palette.color(QPalette::Window)) < 1.6);
}

void TestDarkPalette::bannerFollowsAPaletteChange()
{
    QApplication::setPalette(QApplication::style()->standardPalette());
    QWidget window; // as in the main window: a banner inside a window
    window.resize(400, 60);
    auto* banner = new Banner(&window);
    banner->setGeometry(0, 0, 400, 60);
    window.show();
    banner->showMessage(Banner::Kind::Warning, QStringLiteral("Something to know"));
    QImage image = banner->grab().toImage();
    QCOMPARE(QColor(image.pixel(banner->width() - 5, 3)).name(),
             Banner::background(Banner::Kind::Warning, banner->palette()).name());
    // The theme turns dark while the banner is shown: it repaints from the new palette.
    QApplication::setPalette(darkPalette());
    QTRY_COMPARE(banner->palette().color(QPalette::Window), darkPalette().color(QPalette::Window));
    image = banner->grab().toImage();
    const QColor now = image.pixel(banner->width() - 5, 3);
    QCOMPARE(now.name(), Banner::background(Banner::Kind::Warning, darkPalette()).name());
    QVERIFY(contrast(now, darkPalette().color(QPalette::WindowText)) >= 4.5);
}

void TestDarkPalette::buttonGlyphsFollowThePalette()
{
    // The refresh and external-link glyphs were dark grey, and vanished on a dark button.
    for (const bool dark : {false, true}) {
        const QPalette palette = dark ? darkPalette() : QApplication::style()->standardPalette();
        QApplication::setPalette(palette);
        WindowFixture f;
        QVERIFY(f.waitLoaded());
        for (QPushButton* button : {f.window.header()->openPageButton(),
                                    f.window.findChild<QPushButton*>(QStringLiteral("refreshButton"))}) {
            QVERIFY(!button->icon().isNull());
            // What the style draws beside the words: every visible pixel of the glyph stands out from the
            // button's face by 3:1 at least, and it has visible pixels.
            const QImage glyph = button->icon()
                                     .pixmap(button->iconSize(), button->devicePixelRatioF(), QIcon::Normal)
                                     .toImage()
                                     .convertToFormat(QImage::Format_ARGB32);
            int opaque = 0;
            for (int y = 0; y < glyph.height(); ++y) {
                for (int x = 0; x < glyph.width(); ++x) {
                    const QColor pixel = glyph.pixelColor(x, y);
                    if (pixel.alpha() < 250)
                        continue;
                    ++opaque;
                    const double ratio = contrast(pixel, palette.color(QPalette::Button));
                    QVERIFY2(ratio >= 3.0, qPrintable(QStringLiteral("%1: %2 on %3")
                                                          .arg(button->objectName(), pixel.name(),
                                                               palette.color(QPalette::Button).name())));
                }
            }
            QVERIFY(opaque > 10);
        }
        QCOMPARE(GlyphIcon::colour(QIcon::Normal), palette.color(QPalette::Active, QPalette::ButtonText));
    }
}

QTEST_MAIN(TestDarkPalette)
#include "tst_DarkPalette.moc"
