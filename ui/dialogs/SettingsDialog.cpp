#include "dialogs/SettingsDialog.h"

#include "account/AccountController.h"
#include "auth/SavedAccount.h"
#include "history/HistorySettingsSection.h"
#include "i18n/Translations.h"
#include "settings/AppSettings.h"
#include "watch/WatchSettingsSection.h"
#include "window/MainWindow.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace gatehouse {

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_inactiveDays(new QSpinBox(this))
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;

    m_language->setObjectName(QStringLiteral("languageChoice"));
    m_language->addItem(tr("System language"), QString());
    QStringList languages = Translations::available();
    if (!languages.contains(QStringLiteral("en")))
        languages.prepend(QStringLiteral("en"));
    for (const QString& code : std::as_const(languages)) {
        const QLocale locale(code);
        // Each language is named in itself, so people can find their own.
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        m_language->addItem(name.isEmpty() ? code : name, code);
    }
    const int current = m_language->findData(AppSettings::language());
    m_language->setCurrentIndex(current < 0 ? 0 : current);
    m_language->setAccessibleName(tr("Language"));
    m_language->setAccessibleDescription(
        tr("The language of Gatehouse. A change applies the next time it starts."));
    form->addRow(tr("&Language:"), m_language);

    m_inactiveDays->setObjectName(QStringLiteral("inactiveDays"));
    m_inactiveDays->setRange(1, 3650);
    m_inactiveDays->setValue(AppSettings::inactiveAfterDays());
    const auto daysSuffix = [this](int days) { m_inactiveDays->setSuffix(tr(" day(s)", nullptr, days)); };
    daysSuffix(m_inactiveDays->value());
    connect(m_inactiveDays, &QSpinBox::valueChanged, this, daysSuffix);
    m_inactiveDays->setAccessibleName(tr("Inactive after"));
    m_inactiveDays->setAccessibleDescription(
        tr("Sessions not seen for more than this many days are marked inactive."));
    form->addRow(tr("Mark sessions &inactive after:"), m_inactiveDays);
    layout->addLayout(form);

    auto* note = new QLabel(tr("A new language applies the next time Gatehouse starts."), this);
    note->setTextFormat(Qt::PlainText);
    note->setWordWrap(true);
    note->setEnabled(false);
    layout->addWidget(note);

    addHistorySection(layout);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setAccessibleDescription(tr("Saves the settings and closes."));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleDescription(tr("Closes without saving."));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void SettingsDialog::addHistorySection(QVBoxLayout* layout)
{
    const auto* window = qobject_cast<const MainWindow*>(parentWidget());
    m_history = new HistorySettingsSection(this, window ? window->controller() : nullptr);
    layout->addWidget(m_history);
    QString accountKey;
    if (window && window->controller()) {
        const HistoryAccount account = window->controller()->historyAccount();
        if (!account.userId.isEmpty())
            accountKey = SavedAccount::keyOf(account.baseUrl, account.userId);
    }
    m_watch = new WatchSettingsSection(this, accountKey);
    layout->addWidget(m_watch);
}

int SettingsDialog::inactiveAfterDays() const
{
    return m_inactiveDays->value();
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

bool SettingsDialog::save() const
{
    const bool languageChanged = language() != AppSettings::language();
    AppSettings::setLanguage(language());
    AppSettings::setInactiveAfterDays(inactiveAfterDays());
    return languageChanged;
}

} // namespace gatehouse
