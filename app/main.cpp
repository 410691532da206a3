#include "Launcher.h"
#include "history/SqliteDriverCheck.h"

#include <cstring>

int main(int argc, char* argv[])
{
    // Hidden, for the packaging checks only: proves the SQLite driver plugin loads from the package.
    if (argc == 2 && std::strcmp(argv[1], gatehouse::SqliteDriverCheck::Option) == 0)
        return gatehouse::SqliteDriverCheck::run(argc, argv);
    return gatehouse::Launcher::run(argc, argv);
}
