#include "history/HistoryDialog.h"

#include "history/HistoryListModel.h"
#include "history/HistoryStore.h"
#include "text/UntrustedText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gatehouse {

HistoryDialog::HistoryDialog(HistoryStore* history, const HistoryAccount& account, QWidget* parent)
    : QDialog(parent)
    , m_history(history)
    , m_account(account)
    , m_model(new HistoryListModel(this))
    , m_period(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_addresses(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("Session History"));
    resize(900, 560);
    auto* layout = new QVBoxLayout(this);

    auto* top = new QHBoxLayout;
    auto* periodLabel = new QLabel(tr("&Gone in:"), this);
    periodLabel->setBuddy(m_period);
    m_period->setObjectName(QStringLiteral("historyPeriod"));
    m_period->setAccessibleName(tr("Period"));
    m_period->setAccessibleDescription(tr("Which sessions that disappeared are listed, by when they went."));
    for (const auto period : {HistoryListModel::Period::Week, HistoryListModel::Period::Month,
                              HistoryListModel::Period::Year, HistoryListModel::Period::All})
        m_period->addItem(HistoryListModel::periodLabel(period), int(period));
    m_period->setCurrentIndex(int(m_model->period()));
    connect(m_period, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_model->setPeriod(HistoryListModel::Period(m_period->itemData(index).toInt()));
        showAddresses();
    });
    top->addWidget(periodLabel);
    top->addWidget(m_period);
    m_summary->setTextFormat(Qt::PlainText);
    top->addWidget(m_summary, 1);
    layout->addLayout(top);

    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setAccessibleName(tr("Sessions that disappeared"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryDialog::showAddresses);
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { m_summary->setText(tr("%n session(s)", nullptr, m_model->rowCount())); });
    layout->addWidget(m_table, 3);

    auto* addressesLabel = new QLabel(tr("IP &addresses of the selected session:"), this);
    addressesLabel->setBuddy(m_addresses);
    layout->addWidget(addressesLabel);
    m_addresses->setObjectName(QStringLiteral("historyAddresses"));
    m_addresses->setAccessibleName(tr("IP addresses of the selected session"));
    m_addresses->setRootIsDecorated(false);
    m_addresses->setHeaderLabels({tr("IP address"), tr("First seen"), tr("Last seen")});
    layout->addWidget(m_addresses, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    reload();
}

void HistoryDialog::reload()
{
    m_model->setSessions(m_history ? m_history->sessions(m_account) : QList<HistorySession>());
    showAddresses();
}

void HistoryDialog::showAddresses()
{
    m_addresses->clear();
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || current.row() >= m_model->rowCount())
        return;
    const HistorySession& session = m_model->sessionAt(current.row());
    for (const HistorySession::Ip& ip : session.ips) {
        auto* item = new QTreeWidgetItem(m_addresses);
        item->setText(0, UntrustedText::forDisplay(ip.address, 60));
        item->setText(1, HistoryListModel::timeText(ip.firstSeen));
        item->setText(2, HistoryListModel::timeText(ip.lastSeen));
    }
}

} // namespace gatehouse
