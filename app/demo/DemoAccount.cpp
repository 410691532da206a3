#include "demo/DemoAccount.h"

#include <QRandomGenerator>

namespace gatehouse {

namespace {

struct SampleSession
{
    const char* name; // nullptr: the server sends null
    const char* ip;
    qint64 minutesAgo; // < 0: never seen
};

// Documentation address ranges only (RFC 5737, RFC 3849).
constexpr SampleSession samples[] = {
    {"Gatehouse on this computer", "127.0.0.1", 0},
    {"Element Desktop on Linux", "192.0.2.10", 2},
    {"Cinny on Chrome for macOS", "198.51.100.23", 14},
    {"matrix-commander (backup bot)", "2001:db8::42", 2 * 60},
    {"Element X on iPhone 15", "203.0.113.7", 3 * 60},
    {"Element Web on Firefox for Windows", "192.0.2.54", 26 * 60},
    {"FluffyChat on Pixel 8", "198.51.100.99", 6 * 24 * 60},
    {"Nheko on Arch Linux", "203.0.113.150", 20 * 24 * 60},
    {"Element Android on Galaxy S10", "192.0.2.201", 121 * 24 * 60},
    {"SchildiChat on OnePlus 6", "198.51.100.4", 200 * 24 * 60},
    {"Old laptop – Element Desktop", "203.0.113.88", 400 * 24 * 60},
    {nullptr, nullptr, -1},
};

} // namespace

DemoAccount::DemoAccount(const QString& userId)
    : m_userId(userId)
{}

QString DemoAccount::randomDeviceId()
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    QString id;
    for (int i = 0; i < 10; ++i)
        id += QChar::fromLatin1(alphabet[QRandomGenerator::system()->bounded(26)]);
    return id;
}

QString DemoAccount::randomToken(const QString& prefix)
{
    QString token = prefix;
    for (int i = 0; i < 4; ++i)
        token += QString::number(QRandomGenerator::system()->generate64(), 36);
    return token;
}

void DemoAccount::populate(int count, const QDateTime& now)
{
    m_devices.clear();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const int sampleCount = int(std::size(samples));
    if (count <= sampleCount) {
        for (int i = 0; i < count; ++i) {
            const SampleSession& sample = samples[i];
            Device device;
            device.id = i == 0 ? QStringLiteral("GATEHOUSE0") : randomDeviceId();
            if (sample.name)
                device.displayName = QString::fromUtf8(sample.name);
            if (sample.ip)
                device.lastSeenIp = QString::fromLatin1(sample.ip);
            if (sample.minutesAgo >= 0)
                device.lastSeenTs = nowMs - sample.minutesAgo * 60'000;
            m_devices.append(device);
        }
        return;
    }
    // Many sessions: names and ages spread the way an old, busy account looks. Seeded, so runs repeat.
    QRandomGenerator random(4242);
    m_devices.reserve(count);
    for (int i = 0; i < count; ++i) {
        const SampleSession& sample = samples[i == 0 ? 0 : 1 + (i % (sampleCount - 2))];
        Device device;
        device.id =
            i == 0 ? QStringLiteral("GATEHOUSE0") : QStringLiteral("DEV%1").arg(i, 7, 10, QLatin1Char('0'));
        device.displayName = i == 0 ? QString::fromUtf8(sample.name)
                                    : QStringLiteral("%1 #%2").arg(QString::fromUtf8(sample.name)).arg(i);
        device.lastSeenIp = QStringLiteral("198.51.100.%1").arg(random.bounded(1, 255));
        if (i == 0)
            device.lastSeenTs = nowMs;
        else if (i % 97 != 0)
            device.lastSeenTs = nowMs - qint64(random.bounded(0, 2 * 365 * 24 * 60)) * 60'000;
        m_devices.append(device);
    }
}

Device& DemoAccount::addRealisticSession(const QDateTime& now)
{
    static constexpr const char* names[] = {"Element on iPhone", "Firefox on Windows",
                                            "Element Desktop",   "FluffyChat on Android",
                                            "Chrome on macOS",   "Element X on Pixel"};
    static constexpr const char* networks[] = {"203.0.113.", "198.51.100.", "192.0.2."};
    auto* random = QRandomGenerator::global();
    Device& device =
        addDevice(randomDeviceId(), QString::fromUtf8(names[random->bounded(int(std::size(names)))]));
    device.lastSeenIp = QString::fromLatin1(networks[random->bounded(int(std::size(networks)))]) +
                        QString::number(random->bounded(1, 255));
    device.lastSeenTs = now.toMSecsSinceEpoch();
    return device;
}

const Device* DemoAccount::device(const QString& id) const
{
    for (const Device& device : m_devices) {
        if (device.id == id)
            return &device;
    }
    return nullptr;
}

bool DemoAccount::removeDevice(const QString& id)
{
    const qsizetype removed = m_devices.removeIf([&id](const Device& device) { return device.id == id; });
    m_tokens.removeIf([&id](QHash<QString, QString>::iterator it) { return it.value() == id; });
    return removed > 0;
}

bool DemoAccount::renameDevice(const QString& id, const QString& name)
{
    for (Device& device : m_devices) {
        if (device.id == id) {
            device.displayName = name;
            return true;
        }
    }
    return false;
}

Device& DemoAccount::addDevice(const QString& id, const QString& name)
{
    for (Device& device : m_devices) {
        if (device.id == id) {
            device.displayName = name;
            return device;
        }
    }
    Device device;
    device.id = id;
    device.displayName = name;
    m_devices.append(device);
    return m_devices.last();
}

void DemoAccount::touch(const QString& id, const QString& ip, const QDateTime& now)
{
    for (Device& device : m_devices) {
        if (device.id == id) {
            device.lastSeenIp = ip;
            device.lastSeenTs = now.toMSecsSinceEpoch();
            return;
        }
    }
}

QString DemoAccount::issueToken(const QString& deviceId)
{
    const QString token = randomToken(QStringLiteral("demo_"));
    m_tokens.insert(token, deviceId);
    return token;
}

void DemoAccount::revokeToken(const QString& token)
{
    m_tokens.remove(token);
}

} // namespace gatehouse
