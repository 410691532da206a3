#pragma once

#include "RecordingPrompts.h"
#include "RecordingUrlOpener.h"
#include "TestServer.h"

#include "dialogs/HandOffConfirmation.h"
#include "matrix/MetadataService.h"
#include "model/DeviceListModel.h"
#include "network/HttpClient.h"
#include "window/MainWindow.h"

#include <memory>

namespace gatehouse::test {

// One window signed in to one demo server (offscreen), with what it opened, asked and summarised recorded.
struct WindowFixture
{
    explicit WindowFixture(const DemoOptions& options = {}, const QString& token = {});

    bool waitLoaded();
    int rowOf(const QString& deviceId) const; // in the view's (sorted, filtered) order
    void clickRowButton(const QString& deviceId, RowAction action);
    QString otherDevice() { return server.server().account().devices().at(1).id; }
    // Activation after a trip to the browser, as when the person comes back to the window.
    bool comeBackAndWaitLoaded();

    TestServer server;
    RecordingUrlOpener opener;
    std::unique_ptr<HttpClient> http;
    std::unique_ptr<MetadataService> metadata;
    RecordingPrompts prompts; // before the window, which asks it until the end
    MainWindow window;
    QList<HandOffConfirmation::Request>& confirmations = prompts.handOffs;
    QStringList& browserFailures = prompts.browserFailures;
    QStringList& summaries = prompts.summaries;
    bool confirm = true;
};

} // namespace gatehouse::test
