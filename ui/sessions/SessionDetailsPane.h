#pragma once

#include "account/AccountAction.h"
#include "account/Recognition.h"
#include "account/SessionActions.h"
#include "history/HistorySession.h"
#include "matrix/Device.h"

#include <QDateTime>
#include <QHash>
#include <QScrollArea>

#include <optional>

class QFormLayout;
class QHBoxLayout;
class QLabel;
class QPushButton;

namespace gatehouse {

// Everything known about the selected session in one place: name, device ID, last activity (exact and in
// words), last IP address, the kind of device (a guess), the app behind it, the encryption state, the
// "possibly the same device" hint, what the history remembers (first seen, addresses over time), and the
// session's actions as buttons (as SessionActions offers them). Every text from the server is shown plain,
// isolated and shortened (UntrustedText); the app's address opens only when it passes UrlSafety.
class SessionDetailsPane : public QScrollArea
{
    Q_OBJECT

public:
    enum class Field
    {
        Name,
        DeviceId,
        LastActivity,
        LastIp,
        Kind,
        App,
        AppAddress,
        Encryption,
        SameDevice,
        FirstSeen,
        Addresses,
    };

    struct Content
    {
        Device device;
        bool current = false;
        bool waiting = false;
        QString sameDeviceHint;
        std::optional<HistorySession> history; // nullopt: no history store, or nothing remembered
        bool hasHistory = false;               // a history store is there
    };

    explicit SessionDetailsPane(QWidget* parent = nullptr);

    // Shows one session; `content` nullopt shows "No session selected".
    void showSession(const std::optional<Content>& content, const SessionActions& actions,
                     const Recognition& recognition, const QDateTime& now);
    QString deviceId() const { return m_deviceId; }
    QString fieldText(Field field) const; // the text shown for a field (tests)
    QLabel* fieldLabel(Field field) const { return m_fields.value(field); }
    QPushButton* openAppButton() const { return m_openApp; }
    QList<QPushButton*> actionButtons() const { return m_buttons; }

Q_SIGNALS:
    void actionRequested(const QString& deviceId, gatehouse::RowAction action);
    void renameRequested(const QString& deviceId);
    void dismissRequested(const QString& deviceId);
    void openUrlRequested(const QString& url);

private:
    QLabel* addField(Field field, const QString& title);
    void setField(Field field, const QString& text);
    void clearButtons();

    QWidget* m_body;
    QLabel* m_empty;
    QLabel* m_glyph;
    QLabel* m_title;
    QFormLayout* m_form;
    QHash<Field, QLabel*> m_fields;
    QHash<Field, QLabel*> m_titles;
    QLabel* m_encryptionNote;
    QPushButton* m_openApp;
    QString m_appUrl;
    QHBoxLayout* m_buttonRow;
    QList<QPushButton*> m_buttons;
    QString m_deviceId;
};

} // namespace gatehouse
