// The window at twice the pixel density (ctest runs this with QT_SCALE_FACTOR=2) and with a doubled font:
// the painted row buttons fit inside the Actions column and the row, the row grows with the font, and the
// status marks come from SVG, sharp at any density.
#include "WindowFixture.h"

#include "model/DeviceFilterModel.h"
#include "sessions/SessionDelegate.h"
#include "sessions/SessionTable.h"
#include "widgets/SvgIcon.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QHeaderView>
#include <QIcon>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;

class TestHighDpi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsAtTwiceTheDensity();
    void rowButtonsFitTheActionsColumn_data();
    void rowButtonsFitTheActionsColumn();
    void iconsAreScalable();

private:
    void checkButtonsFit(WindowFixture& f);
};

void TestHighDpi::runsAtTwiceTheDensity()
{
    WindowFixture f;
    QVERIFY(f.waitLoaded());
    if (qEnvironmentVariable("QT_SCALE_FACTOR") == QStringLiteral("2"))
        QCOMPARE(f.window.devicePixelRatioF(), 2.0);
    // A grab of the list has every physical pixel.
    const QPixmap grab = f.window.table()->viewport()->grab();
    QCOMPARE(grab.size(), (f.window.table()->viewport()->size() * f.window.devicePixelRatioF()));
}

void TestHighDpi::checkButtonsFit(WindowFixture& f)
{
    SessionTable* table = f.window.table();
    const int rows = f.window.filterModel()->rowCount();
    // A larger font widens the columns: bring the Actions column into view, as a person would scroll.
    table->scrollTo(f.window.filterModel()->index(0, DeviceListModel::ActionsColumn));
    int checked = 0;
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = f.window.filterModel()->index(row, DeviceListModel::ActionsColumn);
        const QRect cell = table->visualRect(index);
        if (!cell.isValid() || !table->viewport()->rect().intersects(cell))
            continue;
        QRect previous;
        for (const RowAction action : f.window.deviceModel()->actionsFor(
                 f.window.deviceModel()->rowOf(index.data(DeviceListModel::DeviceIdRole).toString()))) {
            const QRect button = table->buttonRect(index, action);
            QVERIFY(button.isValid());
            QVERIFY2(cell.contains(button),
                     qPrintable(QStringLiteral("button %1,%2 %3x%4 outside cell %5,%6 %7x%8")
                                    .arg(button.x())
                                    .arg(button.y())
                                    .arg(button.width())
                                    .arg(button.height())
                                    .arg(cell.x())
                                    .arg(cell.y())
                                    .arg(cell.width())
                                    .arg(cell.height())));
            QVERIFY(!button.intersects(previous));
            // The label fits inside its button with room on both sides.
            const QString label = DeviceListModel::actionLabel(action);
            QVERIFY(table->fontMetrics().horizontalAdvance(label) < button.width());
            QVERIFY(table->fontMetrics().height() < button.height());
            previous = button;
            ++checked;
        }
    }
    QVERIFY(checked >= 2);
}

void TestHighDpi::rowButtonsFitTheActionsColumn_data()
{
    QTest::addColumn<double>("fontScale");
    QTest::newRow("system font") << 1.0;
    QTest::newRow("doubled font") << 2.0;
    QTest::newRow("small font") << 0.75;
}

void TestHighDpi::rowButtonsFitTheActionsColumn()
{
    QFETCH(double, fontScale);
    WindowFixture f;
    QVERIFY(f.waitLoaded());
    SessionTable* table = f.window.table();
    const int rowHeight = table->verticalHeader()->defaultSectionSize();
    QFont font = table->font();
    font.setPointSizeF(font.pointSizeF() * fontScale);
    table->setFont(font);
    QCoreApplication::processEvents();
    // The row and the Actions column follow the font.
    QCOMPARE(table->horizontalHeader()->sectionSize(DeviceListModel::ActionsColumn),
             SessionDelegate::actionsColumnWidth(table->fontMetrics()));
    if (fontScale > 1)
        QVERIFY(table->verticalHeader()->defaultSectionSize() > rowHeight);
    QVERIFY(table->verticalHeader()->defaultSectionSize() > table->fontMetrics().height());
    checkButtonsFit(f);
}

void TestHighDpi::iconsAreScalable()
{
    // Drawn from SVG: a request at twice the size gets twice the pixels, not a blurred 16-pixel image.
    for (const char* name : {"this-session", "inactive", "waiting", "info", "warning", "error", "refresh",
                             "external", "gatehouse", "clear", "more", "device-desktop", "device-mobile",
                             "device-web", "device-bot", "device-unknown"}) {
        const QString path = QStringLiteral(":/gatehouse/icons/%1.svg").arg(QLatin1String(name));
        const QIcon icon = SvgIcon::fromFile(path);
        QVERIFY2(!icon.isNull(), qPrintable(path));
        QCOMPARE(icon.pixmap(QSize(16, 16), 2.0).size(), QSize(32, 32));
        QCOMPARE(icon.pixmap(QSize(48, 48), 2.0).size(), QSize(96, 96));
    }
}

QTEST_MAIN(TestHighDpi)
#include "tst_HighDpi.moc"
