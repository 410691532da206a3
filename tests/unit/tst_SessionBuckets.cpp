// The buckets and digests a refresh is compared with the history by (app/history/SessionBuckets.h).
#include "TestDevices.h"
#include "crypto/Blake2b.h"
#include "history/SessionBuckets.h"

#include <QTest>

#include <algorithm>

using namespace gatehouse;
using gatehouse::testing::makeDevice;

class TestSessionBuckets : public QObject
{
    Q_OBJECT

private slots:
    void blake2bMatchesTheReference();
    void bucketOfAnIdIsFixed_data();
    void bucketOfAnIdIsFixed();
    void digestIsOfTheDocumentedBytes();
    void orderOfTheListDoesNotMatter();
    void repeatedIdCountsOnceItsFirstEntry();
    void emptyIdsAreLeftOut();
    void changeShowsInItsBucketOnly();
    void fieldsNeverRunTogether();
    void devicesInKeepTheListOrder();
};

void TestSessionBuckets::blake2bMatchesTheReference()
{
    // BLAKE2b-256 of "abc" (RFC 7693's message), as Python's hashlib.blake2b(digest_size=32) gives it.
    QCOMPARE(Blake2b::digest("abc").toHex(),
             QByteArray("bddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319"));
}

void TestSessionBuckets::bucketOfAnIdIsFixed_data()
{
    // Worked out apart from Gatehouse: 32-bit FNV-1a over the UTF-16 code units, modulo 256. Stored with
    // every session, so a change here needs a migration.
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("bucket");
    QTest::newRow("one letter") << "A" << 204;
    QTest::newRow("as Synapse makes them") << "JLAFKJWSCS" << 169;
    QTest::newRow("numbered") << "DEV00042" << 6;
    QTest::newRow("beyond ASCII, with a surrogate pair") << QString::fromUtf8("é😀") << 161;
}

void TestSessionBuckets::bucketOfAnIdIsFixed()
{
    QFETCH(QString, id);
    QFETCH(int, bucket);
    QCOMPARE(SessionBuckets::bucketOf(id), bucket);
}

void TestSessionBuckets::digestIsOfTheDocumentedBytes()
{
    // ID, then name, last_seen_ts and last_seen_ip, each present one tagged 1 (absent: 0); texts as a
    // little-endian 64-bit length in code units and UTF-16LE; numbers little-endian 64-bit. Worked out with
    // Python's hashlib.
    const SessionBuckets buckets({makeDevice("A", "Phone", 5, "192.0.2.7")});
    QCOMPARE(buckets.digests().keys(), QList<int>{204});
    QCOMPARE(buckets.digests().value(204).toHex(),
             QByteArray("b4559b2a1060c2e9a790fc3645662eef5f50536bf1042f09cf370dd363637e79"));
}

static QList<Device> someDevices()
{
    QList<Device> devices;
    for (int i = 0; i < 2000; ++i)
        devices.append(makeDevice(QString("DEV%1").arg(i), QString("Session %1").arg(i), 1000 + i,
                                  QString("10.0.%1.%2").arg(i / 256).arg(i % 256)));
    return devices;
}

void TestSessionBuckets::orderOfTheListDoesNotMatter()
{
    const QList<Device> devices = someDevices();
    QList<Device> reversed(devices.crbegin(), devices.crend());
    QCOMPARE(SessionBuckets(reversed).digests(), SessionBuckets(devices).digests());
    // 2,000 sessions fill every bucket.
    QCOMPARE(SessionBuckets(devices).digests().size(), SessionBuckets::Count);
}

void TestSessionBuckets::repeatedIdCountsOnceItsFirstEntry()
{
    const Device first = makeDevice("A", "Phone");
    const Device second = makeDevice("A", "Laptop");
    const SessionBuckets repeated({first, makeDevice("B"), second});
    QCOMPARE(repeated.digests(), SessionBuckets({first, makeDevice("B")}).digests());
    QVERIFY(repeated.digests() != SessionBuckets({second, makeDevice("B")}).digests());
}

void TestSessionBuckets::emptyIdsAreLeftOut()
{
    const SessionBuckets buckets({makeDevice(""), makeDevice("A")});
    QCOMPARE(buckets.digests(), SessionBuckets({makeDevice("A")}).digests());
    QCOMPARE(gatehouse::testing::idsOf(buckets.devicesIn({0, 204})), QStringList{"A"});
}

void TestSessionBuckets::changeShowsInItsBucketOnly()
{
    QList<Device> devices = someDevices();
    const SessionBuckets before(devices);
    QVERIFY(before.differingFrom(before.digests()).isEmpty());

    devices[7].lastSeenIp = "198.51.100.1";
    const QSet<int> moved = SessionBuckets(devices).differingFrom(before.digests());
    QCOMPARE(moved, QSet<int>{SessionBuckets::bucketOf(devices[7].id)});

    // A bucket that only one side has differs too: a session that disappeared, or one that appeared.
    const SessionBuckets one({makeDevice("A")});
    QCOMPARE(SessionBuckets({}).differingFrom(one.digests()), QSet<int>{204});
    QCOMPARE(one.differingFrom({}), QSet<int>{204});
}

void TestSessionBuckets::fieldsNeverRunTogether()
{
    const auto digestOf = [](const Device& device) { return SessionBuckets({device}).digests().value(204); };
    const QByteArray plain = digestOf(makeDevice("A", "ab", std::nullopt, "c"));
    QVERIFY(plain != digestOf(makeDevice("A", "a", std::nullopt, "bc")));
    QVERIFY(plain != digestOf(makeDevice("A", std::nullopt, std::nullopt, "abc")));
    QVERIFY(digestOf(makeDevice("A", "")) != digestOf(makeDevice("A")));
    QVERIFY(digestOf(makeDevice("A", std::nullopt, 0)) != digestOf(makeDevice("A")));
    QVERIFY(digestOf(makeDevice("A", std::nullopt, std::nullopt, "")) != digestOf(makeDevice("A", "")));
}

void TestSessionBuckets::devicesInKeepTheListOrder()
{
    const QList<Device> devices = someDevices();
    const SessionBuckets buckets(devices + QList<Device>{devices.at(3)});
    const int bucket = SessionBuckets::bucketOf(devices.at(3).id);
    QStringList expected;
    for (const Device& device : devices) {
        if (SessionBuckets::bucketOf(device.id) == bucket)
            expected.append(device.id);
    }
    expected.append(devices.at(3).id); // the repeat too: the history's comparison drops it
    QCOMPARE(gatehouse::testing::idsOf(buckets.devicesIn({bucket})), expected);
}

QTEST_GUILESS_MAIN(TestSessionBuckets)
#include "tst_SessionBuckets.moc"
