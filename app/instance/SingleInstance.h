#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace gatehouse {

// One window per user: the first window listens on a local socket named for the user; a later start of the
// plain window asks it to raise its window and exits instead of opening a second one.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    // The test-only GATEHOUSE_TEST_INSTANCE_NAME replaces the name, so tests never meet a real window.
    explicit SingleInstance(const QString& name = defaultName(), QObject* parent = nullptr);

    // "gatehouse-" and a digest of this user's home folder (local socket names are shared between users).
    static QString defaultName();
    QString name() const { return m_name; }

    // True when a running instance took the request to raise its window.
    bool askRunningToRaise() const;
    // True when an instance is listening (it is asked nothing).
    bool isRunning() const;
    // Starts answering later starts; false when the socket could not be made (the window opens anyway).
    bool listen();

Q_SIGNALS:
    void raiseRequested();

private:
    QString m_name;
    QLocalServer* m_server = nullptr;
};

} // namespace gatehouse
