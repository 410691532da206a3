#pragma once

namespace gatehouse {

// Decides from the command line whether this run is a command (--list, --open, --demo-server) or the
// window, creates the matching application object, and runs it. main() is only this call.
class Launcher
{
public:
    static int run(int argc, char* argv[]);
};

} // namespace gatehouse
