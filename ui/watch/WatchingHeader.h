#pragma once

#include "widgets/Banner.h"

namespace gatehouse {

class MainWindow;
class ResidentWatch;

// The slim bar at the top of the window while Gatehouse watches with no tray to go back to (README,
// "Watching for new sign-ins"): "Watching in the background" with Stop Watching, so there is always a visible
// way out. Attached from outside MainWindow, above everything else in it.
class WatchingHeader : public Banner
{
    Q_OBJECT

public:
    WatchingHeader(MainWindow* window, ResidentWatch* resident);

    // Shown when accounts are watched and the desktop has no tray.
    void refresh();

private:
    ResidentWatch* m_resident;
};

} // namespace gatehouse
