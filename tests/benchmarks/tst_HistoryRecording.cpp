// QBENCHMARKs for the history store (app/history/HistoryStore): recording a refresh of a 10,000-session
// account when nothing changed (no write at all), when one session moved (the everyday case: the session
// Gatehouse itself uses was active), when every session's address changed (one transaction) and when the
// account is new to the history (10,000 sessions inserted with their names and addresses). Labelled
// `benchmark`, never part of the default run; they report times and assert no timing, only that the work was
// what it claims to be.
#include "history/HistoryStore.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace gatehouse;

namespace {

constexpr int SessionCount = 10'000;
const QDateTime t0(QDate(2026, 12, 6), QTime(1, 42, 25), QTimeZone::utc());
const HistoryAccount account{"https://matrix.example.org", "@alice:example.org"};

QList<Device> devices(int addressGeneration)
{
    QList<Device> list;
    list.reserve(SessionCount);
    for (int i = 0; i < SessionCount; ++i) {
        Device d;
        d.id = QString("DEV%1").arg(i, 5, 10, QChar('0'));
        d.displayName = QString("Session %1").arg(i);
        d.lastSeenTs = 1'796'000'000'000 + i;
        d.lastSeenIp = QString("10.%1.%2.%3").arg(addressGeneration % 256).arg(i / 256).arg(i % 256);
        list.append(d);
    }
    return list;
}

// A new history file in a folder of its own, opened, with a first list recorded (the baseline).
struct RecordedHistory
{
    explicit RecordedHistory(const QList<Device>& first)
        : opened(store.open())
        , firstWrote(opened == HistoryStore::State::Open && store.recordRefresh(account, first, t0).wrote)
    {}

    QTemporaryDir dir;
    HistoryStore store{dir.filePath("history.sqlite")};
    const HistoryStore::State opened;
    const bool firstWrote;
};

} // namespace

class TestHistoryRecording : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refreshWithNothingChanged();
    void refreshWithOneSessionMoved();
    void refreshWithEveryAddressChanged();
    void firstRecording();
    void readStoredList();

private:
    // Records lists[0] into a new history, then benchmarks recording the two lists in turn; `changes` are
    // those of the last recording.
    static void recordAlternately(const QList<Device> (&lists)[2], HistoryChanges& changes);
};

void TestHistoryRecording::refreshWithNothingChanged()
{
    const QList<Device> list = devices(0);
    RecordedHistory history(list);
    QCOMPARE(history.opened, HistoryStore::State::Open);
    QVERIFY(history.firstWrote);
    HistoryChanges changes;
    QBENCHMARK
    {
        changes = history.store.recordRefresh(account, list, t0.addSecs(60));
    }
    QVERIFY(changes.ok);
    QVERIFY(!changes.wrote);
}

void TestHistoryRecording::refreshWithOneSessionMoved()
{
    // Two lists that differ in one session's last activity: each iteration moves it to the other one.
    QList<Device> lists[2] = {devices(0), devices(0)};
    lists[1][SessionCount / 2].lastSeenTs = *lists[1][SessionCount / 2].lastSeenTs + 60'000;
    HistoryChanges changes;
    recordAlternately(lists, changes);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(changes.wrote);
    QCOMPARE(changes.activityMoved, 1);
}

void TestHistoryRecording::refreshWithEveryAddressChanged()
{
    // Two lists that differ in every address: each iteration moves every session to the other one.
    const QList<Device> lists[2] = {devices(0), devices(1)};
    HistoryChanges changes;
    recordAlternately(lists, changes);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(changes.wrote);
    QCOMPARE(changes.activityMoved, SessionCount);
}

void TestHistoryRecording::firstRecording()
{
    // A first look at a 10,000-session account: each iteration records the list for an account the file has
    // not seen, so every session, name and address is inserted.
    const QList<Device> list = devices(0);
    const auto accountNumber = [](int n) {
        return HistoryAccount{account.baseUrl, QString("@user%1:example.org").arg(n)};
    };
    QTemporaryDir dir;
    HistoryStore store(dir.filePath("history.sqlite"));
    QCOMPARE(store.open(), HistoryStore::State::Open);
    int iteration = 0;
    HistoryChanges changes;
    QBENCHMARK
    {
        ++iteration;
        changes = store.recordRefresh(accountNumber(iteration), list, t0);
    }
    QVERIFY(changes.ok);
    QVERIFY(changes.wrote);
    const StoredSessionList stored = store.storedList(accountNumber(iteration));
    QCOMPARE(stored.devices.size(), qsizetype(SessionCount));
    QCOMPARE(stored.devices.last().displayName, list.last().displayName);
    QCOMPARE(stored.devices.last().lastSeenIp, list.last().lastSeenIp);
}

void TestHistoryRecording::readStoredList()
{
    // What a saved account's window starts on (the instant start): every present session of the account.
    const QList<Device> list = devices(0);
    RecordedHistory history(list);
    QCOMPARE(history.opened, HistoryStore::State::Open);
    QVERIFY(history.firstWrote);
    StoredSessionList stored;
    QBENCHMARK
    {
        stored = history.store.storedList(account);
    }
    QVERIFY(stored.hasHistory);
    QCOMPARE(stored.devices.size(), qsizetype(SessionCount));
    QCOMPARE(stored.devices.last().lastSeenIp, list.last().lastSeenIp);
}

void TestHistoryRecording::recordAlternately(const QList<Device> (&lists)[2], HistoryChanges& changes)
{
    RecordedHistory history(lists[0]);
    QCOMPARE(history.opened, HistoryStore::State::Open);
    QVERIFY(history.firstWrote);
    int iteration = 0;
    QBENCHMARK
    {
        ++iteration;
        changes = history.store.recordRefresh(account, lists[iteration % 2], t0.addSecs(iteration));
    }
}

QTEST_GUILESS_MAIN(TestHistoryRecording)
#include "tst_HistoryRecording.moc"
