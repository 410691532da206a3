#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;
class QVBoxLayout;

namespace gatehouse {

class HistorySettingsSection;
class WatchSettingsSection;

// Preferences: the interface language (applied at the next start), after how many days without
// activity a session counts as inactive (applied at once), the local history (HistorySettingsSection) and
// watching (WatchSettingsSection).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    // Saves the choices; true when the language changed (the caller says a restart applies it).
    bool save() const;
    int inactiveAfterDays() const;
    QString language() const;
    HistorySettingsSection* historySection() const { return m_history; }
    WatchSettingsSection* watchSection() const { return m_watch; }

private:
    QComboBox* m_language;
    QSpinBox* m_inactiveDays;
    HistorySettingsSection* m_history = nullptr;
    WatchSettingsSection* m_watch = nullptr;

    void addHistorySection(QVBoxLayout* layout);
};

} // namespace gatehouse
