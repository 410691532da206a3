#pragma once

namespace gatehouse {

// `gatehouse --check-sqlite-driver`, hidden, for the packaging checks (packaging/linux/check-appdir.sh):
// loads Qt's QSQLITE driver plugin the way the history store does, opens an in-memory database and prints
// SQLite's version. Exit 0 when that works, 1 when not.
class SqliteDriverCheck
{
public:
    static constexpr const char* Option = "--check-sqlite-driver";
    static int run(int argc, char* argv[]);
};

} // namespace gatehouse
