// The floor a Qt Widgets application can hardly beat: a bare QApplication with a QMainWindow and a
// QTableView over a QStandardItemModel with the same number of rows as Gatehouse shows (four text
// columns), quitting after its first paint, as `gatehouse --quit-when-loaded` does.
//
//   gatehouse_baseline --rows N
#include <QApplication>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>

#include <cstdio>
#include <cstring>

namespace {

// Quits once the watched widget has painted.
class QuitAfterPaint : public QObject
{
public:
    explicit QuitAfterPaint(QWidget* watched)
        : m_watched(watched)
    {
        watched->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* object, QEvent* event) override
    {
        if (object == m_watched && event->type() == QEvent::Paint) {
            m_watched->removeEventFilter(this);
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        }
        return false;
    }

private:
    QWidget* m_watched;
};

int rowsFromArguments(int argc, char* argv[])
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--rows") == 0)
            return std::atoi(argv[i + 1]);
    }
    return 1;
}

} // namespace

int main(int argc, char* argv[])
{
    const int rows = rowsFromArguments(argc, argv);
    QApplication app(argc, argv);

    QStandardItemModel model(rows, 4);
    model.setHorizontalHeaderLabels({"Session", "Device ID", "Last activity", "Last IP address"});
    for (int row = 0; row < rows; ++row) {
        const QString number = QString::number(row);
        model.setItem(row, 0, new QStandardItem(QStringLiteral("Element Desktop on Linux #") + number));
        model.setItem(row, 1, new QStandardItem(QStringLiteral("DEV") + number.rightJustified(7, u'0')));
        model.setItem(row, 2, new QStandardItem(QString::number(row % 365) + QStringLiteral(" days ago")));
        model.setItem(row, 3,
                      new QStandardItem(QStringLiteral("198.51.100.") + QString::number(row % 254 + 1)));
    }

    QMainWindow window;
    window.resize(1120, 720);
    auto* table = new QTableView(&window);
    table->setModel(&model);
    window.setCentralWidget(table);
    QuitAfterPaint quitter(table->viewport());
    window.show();
    const int result = QApplication::exec();
    std::fflush(stdout);
    return result;
}
