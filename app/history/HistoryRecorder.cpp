#include "history/HistoryRecorder.h"

#include "history/HistoryStore.h"

#include <QPointer>
#include <QSemaphore>

#include <memory>

namespace gatehouse {

// Lives in the recorder's thread: the SQL connection is opened, used and closed there only.
class HistoryRecorder::Worker : public QObject
{
public:
    explicit Worker(QString path)
        : m_path(std::move(path))
    {}

    HistoryStore* store()
    {
        if (!m_store) {
            m_store = std::make_unique<HistoryStore>(m_path);
            m_store->open();
        }
        return m_store->isOpen() ? m_store.get() : nullptr;
    }
    void close() { m_store.reset(); }

private:
    QString m_path;
    std::unique_ptr<HistoryStore> m_store;
};

HistoryRecorder::HistoryRecorder(QString path, QObject* parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_worker(new Worker(m_path))
{
    m_thread.setObjectName(QStringLiteral("history recorder"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    // Open the connection now, while the window is being built and the server asked.
    post([](HistoryStore*) {});
}

void HistoryRecorder::post(std::function<void(HistoryStore*)> job)
{
    Worker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, job = std::move(job)] { job(worker->store()); }, Qt::QueuedConnection);
}

HistoryRecorder::~HistoryRecorder()
{
    // Posted after every job, so it runs after them: the connection is closed in its own thread.
    Worker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker] {
            worker->close();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread.wait();
}

void HistoryRecorder::record(const HistoryAccount& account, const QList<Device>& devices,
                             const QDateTime& now, bool readNew, const QObject* context, Done done)
{
    ++m_pending;
    // The recorder outlives every job (its destructor waits for them), so the callback may target it.
    HistoryRecorder* recorder = this;
    const QPointer<const QObject> guard(context);
    post([recorder, guard, account, devices, now, readNew, done = std::move(done)](HistoryStore* store) {
        HistoryChanges changes;
        QStringList fresh;
        if (store) {
            changes = store->recordRefresh(account, devices, now);
            if (changes.ok && (readNew || !changes.appeared.isEmpty()))
                fresh = store->newSessions(account);
        }
        // Back on the recorder's thread; `done` is skipped when the context went away meanwhile.
        QMetaObject::invokeMethod(
            recorder,
            [recorder, guard, changes, fresh, done] {
                --recorder->m_pending;
                if (guard)
                    done(changes, fresh);
            },
            Qt::QueuedConnection);
        // The recording's pages go into the file here, on this thread, not when the window closes the
        // history's last connection as Gatehouse exits.
        if (store && changes.ok)
            store->checkpoint();
    });
}

void HistoryRecorder::readStoredList(const HistoryAccount& account)
{
    auto promise = std::make_shared<std::promise<std::optional<StoredSessionList>>>();
    m_storedFor = account;
    m_storedList = promise->get_future();
    post([account, promise](const HistoryStore* store) {
        std::optional<StoredSessionList> stored;
        if (store)
            stored = store->storedList(account);
        promise->set_value(std::move(stored));
    });
}

std::optional<StoredSessionList> HistoryRecorder::takeStoredList(const HistoryAccount& account)
{
    if (!m_storedFor)
        return std::nullopt;
    const bool same = *m_storedFor == account;
    m_storedFor.reset();
    std::optional<StoredSessionList> stored = m_storedList.get();
    return same ? stored : std::nullopt;
}

void HistoryRecorder::prepareRecording(const QString& baseUrl, const QString& userId)
{
    post([baseUrl, userId](HistoryStore* store) {
        if (store)
            store->prepareRecording(baseUrl, userId);
    });
}

void HistoryRecorder::pruneOlderThan(int days)
{
    post([days](HistoryStore* store) {
        if (store)
            store->pruneOlderThan(days);
    });
}

void HistoryRecorder::waitForIdle()
{
    QSemaphore written;
    QMetaObject::invokeMethod(
        m_worker, [&written] { written.release(); }, Qt::QueuedConnection);
    written.acquire();
}

} // namespace gatehouse
