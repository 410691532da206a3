#include "history/SqliteDriverCheck.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

namespace gatehouse {

int SqliteDriverCheck::run(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    int status = 1;
    {
        const QString name = QStringLiteral("gatehouse-driver-check");
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (!db.open()) {
            err << "QSQLITE: " << db.lastError().text() << Qt::endl;
        } else {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next()) {
                out << "QSQLITE ok, SQLite " << query.value(0).toString() << Qt::endl;
                status = 0;
            } else {
                err << "QSQLITE: " << query.lastError().text() << Qt::endl;
            }
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
    return status;
}

} // namespace gatehouse
