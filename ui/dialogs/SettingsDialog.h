#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace gatehouse {

// Preferences: the interface language (applied at the next start) and after how many days without
// activity a session counts as inactive (applied at once).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    // Saves the choices; true when the language changed (the caller says a restart applies it).
    bool save() const;
    int inactiveAfterDays() const;
    QString language() const;

private:
    QComboBox* m_language;
    QSpinBox* m_inactiveDays;
};

} // namespace gatehouse
