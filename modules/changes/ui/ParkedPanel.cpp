#include "modules/changes/ui/ParkedPanel.h"

#include "core/store/Store.h"
#include "core/ui/Labels.h"
#include "core/ui/Tables.h"
#include "modules/changes/ChangeText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cw::changes {
namespace {

bool askWithMessageBox(QWidget* parent, const QString& question) {
  return askYesNo(parent, ParkedPanel::tr("Discard change"), question);
}

}  // namespace

ParkedPanel::ParkedPanel(store::Store& store, DecisionAudit audit, QWidget* parent)
    : QWidget(parent), m_store(store), m_audit(std::move(audit)), m_confirm(askWithMessageBox) {
  auto* layout = new QVBoxLayout(this);
  QLabel* intro = ui::bodyText(QStringLiteral("parkedIntro"));
  intro->setText(
      tr("The server refused these changes. They are kept here and hold nothing else back; "
         "what the server said tells you what to correct."));
  layout->addWidget(intro);
  m_list = new QTableWidget;
  m_list->setObjectName(QStringLiteral("parkedList"));
  ui::setUpReadOnlyTable(m_list,
                         {tr("What"), tr("Patient"), tr("Change"), tr("Made"), tr("What the server said")});
  m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  m_list->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
  m_list->horizontalHeader()->setStretchLastSection(false);
  layout->addWidget(m_list, 1);

  auto* buttons = new QHBoxLayout;
  m_sendAgain = new QPushButton(tr("Send again"));
  m_sendAgain->setObjectName(QStringLiteral("sendAgain"));
  m_discard = new QPushButton(tr("Discard my change"));
  m_discard->setObjectName(QStringLiteral("discardChange"));
  buttons->addWidget(m_sendAgain);
  buttons->addWidget(m_discard);
  buttons->addStretch();
  layout->addLayout(buttons);

  m_message = ui::bodyText(QStringLiteral("parkedMessage"));
  layout->addWidget(m_message);

  connect(m_list, &QTableWidget::itemSelectionChanged, this, &ParkedPanel::showSelected);
  connect(m_sendAgain, &QPushButton::clicked, this, &ParkedPanel::sendAgain);
  connect(m_discard, &QPushButton::clicked, this, &ParkedPanel::discard);
  clear();
}

void ParkedPanel::reload() {
  const store::JournalEntry* shown = selected();
  const qint64 shownSeq = shown != nullptr ? shown->seq : 0;
  m_parked = m_store.parkedChanges();
  const QSignalBlocker blocker(m_list);
  m_list->clearContents();
  m_list->clearSpans();
  if (m_parked.isEmpty()) {
    m_list->setRowCount(1);
    m_list->setItem(0, 0, ui::readOnlyItem(tr("No changes were refused by the server.")));
    m_list->setSpan(0, 0, 1, m_list->columnCount());
  } else {
    m_list->setRowCount(static_cast<int>(m_parked.size()));
    int select = 0;
    for (int row = 0; row < m_parked.size(); ++row) {
      const store::JournalEntry& entry = m_parked.at(row);
      m_list->setItem(row, 0, ui::readOnlyItem(resourceTitle(entry.key, entry.resource)));
      m_list->setItem(row, 1, ui::readOnlyItem(patientText(m_store, entry.resource)));
      m_list->setItem(row, 2, ui::readOnlyItem(operationText(entry.operation)));
      m_list->setItem(row, 3, ui::readOnlyItem(whenText(entry.recordedAt)));
      m_list->setItem(row, 4, ui::readOnlyItem(outcomeText(entry.outcome)));
      if (entry.seq == shownSeq) {
        select = row;
      }
    }
    m_list->selectRow(select);
  }
  m_list->resizeRowsToContents();
  showSelected();
}

void ParkedPanel::clear() {
  m_parked.clear();
  m_list->clearContents();
  m_list->setRowCount(0);
  showSelected();
  m_message->clear();
}

const store::JournalEntry* ParkedPanel::selected() const {
  const int row = m_list->currentRow();
  return row >= 0 && row < m_parked.size() ? &m_parked.at(row) : nullptr;
}

void ParkedPanel::showSelected() {
  const bool chosen = selected() != nullptr;
  m_sendAgain->setEnabled(chosen);
  m_discard->setEnabled(chosen);
}

void ParkedPanel::sendAgain() {
  const store::JournalEntry* entry = selected();
  if (entry == nullptr) {
    return;
  }
  const QString title = resourceTitle(entry->key, entry->resource);
  const store::StoreResult result = m_store.retryParked(
      entry->seq, m_audit.event(audit::ChangeDecision::SentRefusedAgain, entry->key, entry->resource));
  reload();
  m_message->setText(
      result.ok() ? tr("%1 will be sent again at the next sync. If the server refuses it again, it comes "
                       "back to this list.")
                        .arg(title)
                  : tr("Could not send the change again: %1").arg(result.error));
}

void ParkedPanel::discard() {
  const store::JournalEntry* chosen = selected();
  if (chosen == nullptr) {
    return;
  }
  const store::JournalEntry entry = *chosen;
  const QString title = resourceTitle(entry.key, entry.resource);
  const QString question =
      entry.operation == store::Operation::Create
          ? tr("Discard the new record %1? It has not reached the server and will be lost: it will not be "
               "sent and cannot be brought back.")
                .arg(title)
          : tr("Discard your change to %1? It has not reached the server and will be lost: it will not be "
               "sent, and the record goes back to the server's version.")
                .arg(title);
  if (!m_confirm(this, question)) {
    return;
  }
  const store::StoreResult result = m_store.discardParked(
      entry.seq, m_audit.event(audit::ChangeDecision::DiscardedRefused, entry.key, entry.resource));
  reload();
  m_message->setText(result.ok() ? tr("Your change to %1 was discarded; it will not be sent.").arg(title)
                                 : tr("Could not discard the change: %1").arg(result.error));
}

}  // namespace cw::changes
