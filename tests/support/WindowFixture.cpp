#include "WindowFixture.h"

#include "auth/TokenSource.h"
#include "matrix/AccountSession.h"
#include "model/DeviceFilterModel.h"
#include "sessions/SessionTable.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>

namespace gatehouse::test {

WindowFixture::WindowFixture(const DemoOptions& options, const QString& token)
    : server(options)
    , http(new HttpClient)
    , metadata(new MetadataService(http.get()))
    , window(&opener)
{
    prompts.onHandOff = [this](const HandOffConfirmation::Request&) { return confirm; };
    window.setPrompts(&prompts);
    const QString useToken = token.isEmpty() ? server.token() : token;
    window.showAccount(new AccountSession(http.get(), metadata.get(), server.baseUrl(),
                                          std::make_shared<StaticTokenSource>(useToken)));
    window.show();
}

bool WindowFixture::waitLoaded()
{
    QSignalSpy loaded(&window, &MainWindow::loaded);
    return loaded.wait(20'000);
}

bool WindowFixture::comeBackAndWaitLoaded()
{
    QSignalSpy loaded(&window, &MainWindow::loaded);
    window.activateWindow();
    QEvent activation(QEvent::ActivationChange);
    QApplication::sendEvent(&window, &activation);
    return loaded.wait(20'000);
}

int WindowFixture::rowOf(const QString& deviceId) const
{
    const auto* proxy = window.filterModel();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        if (proxy->index(row, 0).data(DeviceListModel::DeviceIdRole).toString() == deviceId)
            return row;
    }
    return -1;
}

void WindowFixture::clickRowButton(const QString& deviceId, RowAction action)
{
    SessionTable* table = window.table();
    const QModelIndex index = window.filterModel()->index(rowOf(deviceId), DeviceListModel::ActionsColumn);
    table->scrollTo(index);
    const QRect rect = table->buttonRect(index, action);
    QVERIFY2(rect.isValid(), "the row has no such button");
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
}

} // namespace gatehouse::test
