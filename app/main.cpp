#include "Launcher.h"
#include "history/SqliteDriverCheck.h"
#include "security/ProcessHardening.h"

#include <cstring>

int main(int argc, char* argv[])
{
    // Before anything else: the token leaves the environment, and core dumps are off.
    gatehouse::ProcessHardening::apply();
    // Hidden, for the packaging checks only: proves the SQLite driver plugin loads from the package.
    if (argc == 2 && std::strcmp(argv[1], gatehouse::SqliteDriverCheck::Option) == 0)
        return gatehouse::SqliteDriverCheck::run(argc, argv);
    return gatehouse::Launcher::run(argc, argv);
}
