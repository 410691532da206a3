#include "sessions/SessionDetailsPane.h"

#include "model/DeviceKind.h"
#include "model/DeviceListModel.h"
#include "model/RelativeTime.h"
#include "network/UrlSafety.h"
#include "sessions/SessionDelegate.h"
#include "text/EncryptionText.h"
#include "text/SessionText.h"
#include "text/UntrustedText.h"
#include "widgets/GlyphIcon.h"
#include "widgets/SelectableLabel.h"

#include <QApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace gatehouse {

namespace {

QString localTime(const QDateTime& time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QLabel* plainLabel(QWidget* parent)
{
    // Plain text, selectable with the mouse for copying; not a stop of its own for Tab (the buttons are).
    auto* label = new SelectableLabel(parent);
    label->setWordWrap(true);
    return label;
}

// Showing a widget inside a window on screen lays the whole window out there and then, and a session shows a
// score of them (the first time, and its buttons every time). While the body is hidden they change without
// that, and the window is laid out once when it comes back. Focus inside the body stays where it was.
class BatchedVisibility
{
public:
    explicit BatchedVisibility(QWidget* body)
        : m_body(body->isVisible() ? body : nullptr)
    {
        if (!m_body)
            return;
        if (QWidget* focus = QApplication::focusWidget(); focus && body->isAncestorOf(focus))
            m_focus = focus;
        m_body->hide();
    }
    ~BatchedVisibility()
    {
        if (!m_body)
            return;
        m_body->show();
        if (m_focus && m_focus->isVisible())
            m_focus->setFocus(Qt::OtherFocusReason);
    }
    BatchedVisibility(const BatchedVisibility&) = delete;
    BatchedVisibility& operator=(const BatchedVisibility&) = delete;

private:
    QWidget* m_body;
    QPointer<QWidget> m_focus;
};

} // namespace

SessionDetailsPane::SessionDetailsPane(QWidget* parent)
    : QScrollArea(parent)
    , m_body(new QWidget(this))
    , m_empty(new QLabel(tr("No session selected."), m_body))
    , m_glyph(new QLabel(m_body))
    , m_title(plainLabel(m_body))
    , m_form(new QFormLayout)
    , m_encryptionNote(plainLabel(m_body))
    , m_openApp(new QPushButton(tr("Open App Address"), m_body))
    , m_buttonRow(new QHBoxLayout)
{
    setObjectName(QStringLiteral("sessionDetails"));
    m_empty->setTextFormat(Qt::PlainText);
    m_glyph->setTextFormat(Qt::PlainText);
    setAccessibleName(tr("Session details"));
    setWidgetResizable(true);
    setFocusPolicy(Qt::NoFocus);
    setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(m_body);
    layout->setContentsMargins(12, 6, 6, 6);
    layout->addWidget(m_empty);
    auto* heading = new QHBoxLayout;
    heading->addWidget(m_glyph);
    heading->addWidget(m_title, 1);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addLayout(heading);
    // Below the table the pane is wide and short: the facts on the left, what they mean and what can be
    // done on the right.
    auto* columns = new QHBoxLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    columns->addLayout(m_form, 3);
    auto* side = new QVBoxLayout;
    side->addWidget(m_encryptionNote);
    side->addWidget(m_openApp, 0, Qt::AlignLeft);
    side->addLayout(m_buttonRow);
    side->addStretch(1);
    m_buttonRow->addStretch(1);
    columns->addLayout(side, 2);
    layout->addLayout(columns);
    addField(Field::DeviceId, tr("Device ID"));
    addField(Field::LastActivity, tr("Last activity"));
    addField(Field::LastIp, tr("Last IP address"));
    addField(Field::Kind, tr("Kind of device"));
    addField(Field::App, tr("App"));
    addField(Field::AppAddress, tr("App address"));
    addField(Field::Encryption, tr("Encryption"));
    addField(Field::SameDevice, tr("Note"));
    addField(Field::FirstSeen, tr("First seen by Gatehouse"));
    addField(Field::Addresses, tr("IP addresses over time"));
    m_fields.insert(Field::Name, m_title);
    QFont small = m_encryptionNote->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_encryptionNote->setFont(small);
    m_openApp->setObjectName(QStringLiteral("openAppAddress"));
    m_openApp->setAccessibleDescription(tr("Opens the address the session's app gave in your browser"));
    connect(m_openApp, &QPushButton::clicked, this, [this] { Q_EMIT openUrlRequested(m_appUrl); });
    layout->addStretch(1);
    setWidget(m_body);
    showSession(std::nullopt, SessionActions(), Recognition(), QDateTime::currentDateTimeUtc());
}

QLabel* SessionDetailsPane::addField(Field field, const QString& title)
{
    QLabel* value = plainLabel(m_body);
    auto* caption = new QLabel(title, m_body);
    caption->setTextFormat(Qt::PlainText);
    caption->setBuddy(value);
    m_form->addRow(caption, value);
    m_fields.insert(field, value);
    m_titles.insert(field, caption);
    return value;
}

void SessionDetailsPane::setField(Field field, const QString& text)
{
    QLabel* value = m_fields.value(field);
    value->setText(text);
    const bool shown = !text.isEmpty();
    value->setVisible(shown);
    if (QLabel* caption = m_titles.value(field))
        caption->setVisible(shown);
}

QString SessionDetailsPane::fieldText(Field field) const
{
    const QLabel* label = m_fields.value(field);
    return label && label->isVisibleTo(this) ? label->text() : QString();
}

void SessionDetailsPane::clearButtons()
{
    for (QPushButton* button : std::as_const(m_buttons))
        delete button;
    m_buttons.clear();
}

void SessionDetailsPane::showSession(const std::optional<Content>& content, const SessionActions& actions,
                                     const Recognition& recognition, const QDateTime& now)
{
    const BatchedVisibility batch(m_body);
    clearButtons();
    m_empty->setVisible(!content);
    m_glyph->setVisible(content.has_value());
    for (QLabel* label : std::as_const(m_fields))
        label->setVisible(content.has_value());
    for (QLabel* label : std::as_const(m_titles))
        label->setVisible(content.has_value());
    m_encryptionNote->setVisible(content.has_value());
    m_openApp->setVisible(false);
    if (!content) {
        m_deviceId.clear();
        return;
    }
    const Device& device = content->device;
    m_deviceId = device.id;
    const std::optional<ClientInformation> client = recognition.client(device.id);

    const QString name = device.displayName && !device.displayName->isEmpty()
                             ? UntrustedText::forDisplay(*device.displayName)
                             : SessionText::unnamed();
    m_title->setText(content->current ? tr("%1 (this session)").arg(name) : name);
    const DeviceKind::Kind kind = DeviceKind::guess(client, device.displayName);
    const int side = fontMetrics().height();
    m_glyph->setPixmap(GlyphIcon::fromSvg(QString::fromLatin1(SessionDelegate::kindGlyph(kind)))
                           .pixmap(QSize(side, side), devicePixelRatioF()));
    m_glyph->setAccessibleName(DeviceKind::label(kind));

    setField(Field::DeviceId, UntrustedText::forDisplay(device.id));
    setField(Field::LastActivity, device.lastSeenTs
                                      ? tr("%1 (%2)").arg(RelativeTime::exact(*device.lastSeenTs),
                                                          RelativeTime::describe(*device.lastSeenTs, now))
                                      : SessionText::unknown());
    setField(Field::LastIp,
             device.lastSeenIp ? UntrustedText::forDisplay(*device.lastSeenIp) : SessionText::unknown());
    setField(Field::Kind, tr("%1 (a guess from the app and the name)").arg(DeviceKind::label(kind)));

    // The app as its client wrote it: untrusted, possibly stale; each part plain, isolated, shortened.
    if (!recognition.clientsKnown) {
        setField(Field::App,
                 recognition.answered ? tr("Not known (the server did not say)") : tr("Checking…"));
        setField(Field::AppAddress, QString());
    } else if (!client) {
        setField(Field::App, tr("Not shared by this session"));
        setField(Field::AppAddress, QString());
    } else {
        const QString appName =
            client->name ? UntrustedText::forDisplay(*client->name) : SessionText::unknown();
        setField(Field::App,
                 client->version
                     ? tr("%1, version %2").arg(appName, UntrustedText::forDisplay(*client->version))
                     : appName);
        setField(Field::AppAddress, client->url ? UntrustedText::forDisplay(*client->url) : QString());
        m_appUrl = client->url.value_or(QString());
        m_openApp->setVisible(client->url && UrlSafety::isSafe(*client->url));
    }

    if (!recognition.answered) {
        setField(Field::Encryption, tr("Checking…"));
        m_encryptionNote->setVisible(false);
    } else {
        const EncryptionState state = recognition.encryption(device.id);
        setField(Field::Encryption, EncryptionText::label(state));
        QString note = EncryptionText::explanation(state);
        if (state == EncryptionState::CrossSigned || state == EncryptionState::NotCrossSigned)
            note += u'\n' + EncryptionText::reliance();
        if (recognition.identityChanged)
            note += u'\n' + tr("Your account's identity changed: no session counts as signed by it until you "
                               "accept the new one.");
        m_encryptionNote->setText(note);
    }
    setField(Field::SameDevice, content->sameDeviceHint);

    if (!content->hasHistory) {
        setField(Field::FirstSeen, QString());
        setField(Field::Addresses, QString());
    } else if (!content->history) {
        setField(Field::FirstSeen, tr("Not in the history yet"));
        setField(Field::Addresses, QString());
    } else {
        const HistorySession& history = *content->history;
        setField(Field::FirstSeen,
                 history.firstSeen.isValid() ? localTime(history.firstSeen) : SessionText::unknown());
        QStringList lines;
        for (const HistorySession::Ip& ip : history.ips)
            lines.append(tr("%1: first %2, last %3")
                             .arg(UntrustedText::forDisplay(ip.address, 60), localTime(ip.firstSeen),
                                  localTime(ip.lastSeen)));
        setField(Field::Addresses, lines.isEmpty() ? SessionText::unknown() : lines.join(u'\n'));
    }

    // The session's actions, as SessionActions offers them (the same as its row and menu).
    const QString description = tr("For the session %1, shown in the details").arg(name);
    const auto addButton = [this, &description](const QString& label, auto emitSignal) {
        auto* button = new QPushButton(label, m_body);
        button->setAccessibleDescription(description);
        connect(button, &QPushButton::clicked, this, emitSignal);
        m_buttonRow->insertWidget(m_buttonRow->count() - 1, button); // before the stretch
        button->setVisible(true); // shown with the body (a widget added to a shown one stays hidden)
        m_buttons.append(button);
    };
    for (const RowAction action : actions.forSession(device.id))
        addButton(DeviceListModel::actionLabel(action),
                  [this, action] { Q_EMIT actionRequested(m_deviceId, action); });
    if (actions.canRename(device.id))
        addButton(tr("Rename…"), [this] { Q_EMIT renameRequested(m_deviceId); });
    if (actions.canDismissWaiting(content->waiting))
        addButton(tr("Dismiss Waiting Mark"), [this] { Q_EMIT dismissRequested(m_deviceId); });
}

} // namespace gatehouse
