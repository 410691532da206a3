// The guided sign-out queue: one account page at a time, moving on only when the device list says the
// session has gone, or when the person skips it; pause, stop, and what is left for later.
#include "RecordingUrlOpener.h"

#include "cleanup/SignOutQueue.h"
#include "matrix/AuthMetadata.h"

#include <QSignalSpy>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {

AccountPage pageWith(const QStringList& actions)
{
    AuthMetadata metadata;
    metadata.issuer = "https://issuer.example/";
    metadata.accountManagementUri = "https://account.example/manage";
    metadata.accountManagementActions = actions;
    return AccountPage::fromMetadata(metadata);
}

QList<SignOutQueue::Item> items(const QStringList& ids)
{
    QList<SignOutQueue::Item> list;
    for (const QString& id : ids)
        list.append({id, "Session " + id, SignOutQueue::ItemState::Pending});
    return list;
}

QString deleteUrl(const QString& id, const QString& action = "org.matrix.device_delete")
{
    return "https://account.example/manage?action=" + action + "&device_id=" + id;
}

QSet<QString> present(const QStringList& ids)
{
    return QSet<QString>(ids.cbegin(), ids.cend());
}

} // namespace

class TestSignOutQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensOnePageAtATimeAndMovesOnWhenTheSessionIsGone();
    void usesTheSpellingTheServerListed();
    void nothingIsAssumedRemovedWithoutTheList();
    void skipLeavesTheSessionAndOpensTheNext();
    void pauseHoldsTheNextPageUntilResume();
    void stopEndsWithTheRestStillSignedIn();
    void sessionsGoneMeanwhileCountAsSignedOut();
    void asksForChecksWhileWaiting();
    void reportsWhenNoBrowserOpens();
    void saysHowFarItIs();
};

void TestSignOutQueue::opensOnePageAtATimeAndMovesOnWhenTheSessionIsGone()
{
    RecordingUrlOpener opener;
    SignOutQueue queue(pageWith({"org.matrix.device_delete"}), &opener);
    QSignalSpy finished(&queue, &SignOutQueue::finished);
    queue.setItems(items({"A", "B", "C"}));
    queue.start();
    QCOMPARE(opener.opened, QStringList{deleteUrl("A")});
    QCOMPARE(queue.current()->deviceId, QString("A"));

    queue.observeDevices(present({"ME", "A", "B", "C"})); // not yet
    QCOMPARE(opener.opened.size(), 1);
    queue.observeDevices(present({"ME", "B", "C"}));
    QCOMPARE(opener.opened, (QStringList{deleteUrl("A"), deleteUrl("B")}));
    queue.observeDevices(present({"ME", "C"}));
    queue.observeDevices(present({"ME"}));
    QCOMPARE(opener.opened.size(), 3);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(queue.state(), SignOutQueue::State::Finished);
    QCOMPARE(queue.count(SignOutQueue::ItemState::Removed), 3);
    QVERIFY(queue.remainingIds().isEmpty());
}

void TestSignOutQueue::usesTheSpellingTheServerListed()
{
    RecordingUrlOpener opener;
    SignOutQueue queue(pageWith({"org.matrix.session_end"}), &opener);
    queue.setItems(items({"A"}));
    queue.start();
    QCOMPARE(opener.opened, QStringList{deleteUrl("A", "org.matrix.session_end")});
}

void TestSignOutQueue::nothingIsAssumedRemovedWithoutTheList()
{
    RecordingUrlOpener opener;
    SignOutQueue queue(pageWith({"org.matrix.device_delete"}), &opener);
    queue.setItems(items({"A", "B"}));
    queue.start();
    queue.openCurrentAgain();
    QCOMPARE(opener.opened, (QStringList{deleteUrl("A"), deleteUrl("A")}));
    QCOMPARE(queue.count(SignOutQueue::ItemState::Removed), 0);
    QCOMPARE(queue.remainingIds(), (QStringList{"A", "B"}));
}

void TestSignOutQueue::skipLeavesTheSessionAndOpensTheNext()
{
    RecordingUrlOpener opener;
    SignOutQueue queue(pageWith({"org.matrix.device_delete"}), &opener);
    QSignalSpy finished(&queue, &SignOutQueue::finished);
    queue.setItems(items({"A", "B"}));
    queue.start();
    queue.skip();
    QCOMPARE(queue.items()[0].state, SignOutQueue::ItemState::Skipped);
    QCOMPARE(opener.opened.last(), deleteUrl("B"));
    queue.skip();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(queue.count(SignOutQueue::ItemState::Skipped), 2);
    QCOMPARE(queue.count(SignOutQueue::ItemState::Removed), 0);
}

void TestSignOutQueue::pauseHoldsTheNextPageUntilResume()
{
    RecordingUrlOpener opener;
    SignOutQueue queue(pageWith({"org.matrix.device_delete"}), &opener);
    queue.setItems(items({"A", "B"}));
    queue.start();
    queue.pause();
    queue.observeDevices(present({"B"})); // A confirmed while paused
    QCOMPARE(queue.items()[0].state, SignOutQueue::ItemState::Removed);
    QCOMPARE(opener.opened.size(), 1); // B waits
    QCOMPARE(queue.state(), SignOutQueue::State::Paused);
    queue.resume();
    QCOMPARE(opener.opened.last(), deleteUrl("B"));
}

void TestSignOutQueue::stopEndsWithTheRestStillSignedIn()
{
    RecordingUrlOpener opener;
    SignOutQueue queue(pageWith({"org.matrix.device_delete"}), &opener);
    QSignalSpy finished(&queue, &SignOutQueue::finished);
    queue.setItems(items({"A", "B", "C"}));
    queue.start();
    queue.observeDevices(present({"B", "C"}));
    queue.stop();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(queue.state(), SignOutQueue::State::Finished);
    QCOMPARE(queue.count(SignOutQueue::ItemState::Removed), 1);
    QCOMPARE(queue.remainingIds(), (QStringList{"B", "C"}));
    QCOMPARE(opener.opened.size(), 2);
}

void TestSignOutQueue::sessionsGoneMeanwhileCountAsSignedOut()
{
    RecordingUrlOpener opener;
    SignOutQueue queue(pageWith({"org.matrix.device_delete"}), &opener);
    queue.setItems(items({"A", "B", "C"}));
    queue.start();
    queue.skip();                         // A skipped, B open
    queue.observeDevices(present({"C"})); // A and B both gone: signed out elsewhere or late
    QCOMPARE(queue.items()[0].state, SignOutQueue::ItemState::Removed);
    QCOMPARE(queue.items()[1].state, SignOutQueue::ItemState::Removed);
    QCOMPARE(opener.opened.last(), deleteUrl("C"));
}

void TestSignOutQueue::asksForChecksWhileWaiting()
{
    RecordingUrlOpener opener;
    SignOutQueue queue(pageWith({"org.matrix.device_delete"}), &opener);
    queue.setCheckInterval(5, 20);
    queue.setItems(items({"A"}));
    QSignalSpy checks(&queue, &SignOutQueue::checkRequested);
    queue.start();
    QVERIFY(checks.wait(5'000));
    QVERIFY(checks.wait(5'000)); // and again, later
    queue.observeDevices({});
    QCOMPARE(queue.state(), SignOutQueue::State::Finished);
}

void TestSignOutQueue::reportsWhenNoBrowserOpens()
{
    RecordingUrlOpener opener;
    opener.succeed = false;
    SignOutQueue queue(pageWith({"org.matrix.device_delete"}), &opener);
    QSignalSpy failed(&queue, &SignOutQueue::openFailed);
    queue.setItems(items({"A"}));
    queue.start();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().toString(), deleteUrl("A"));
    QCOMPARE(queue.current()->state, SignOutQueue::ItemState::Open); // still waiting for the list
}

void TestSignOutQueue::saysHowFarItIs()
{
    RecordingUrlOpener opener;
    SignOutQueue queue(pageWith({"org.matrix.device_delete"}), &opener);
    queue.setItems(items({"A", "B", "C", "D"}));
    queue.start();
    queue.observeDevices(present({"B", "C", "D"}));
    queue.skip();
    QCOMPARE(queue.count(SignOutQueue::ItemState::Removed), 1);
    QCOMPARE(queue.count(SignOutQueue::ItemState::Skipped), 1);
    QCOMPARE(queue.total(), 4);
    QVERIFY(queue.progressText().startsWith("1 of "));
}

QTEST_GUILESS_MAIN(TestSignOutQueue)
#include "tst_SignOutQueue.moc"
