#include "modules/changes/ui/ParkedPanel.h"

#include "core/store/Store.h"
#include "core/ui/Labels.h"
#include "core/ui/Tables.h"
#include "modules/changes/ChangeText.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cw::changes {

ParkedPanel::ParkedPanel(const store::Store& store, QWidget* parent) : QWidget(parent), m_store(store) {
  auto* layout = new QVBoxLayout(this);
  QLabel* intro = ui::bodyText(QStringLiteral("parkedIntro"));
  intro->setText(
      tr("The server refused these changes. They are kept here and hold nothing else back; "
         "what the server said tells you what to correct."));
  layout->addWidget(intro);
  m_list = new QTableWidget;
  m_list->setObjectName(QStringLiteral("parkedList"));
  ui::setUpReadOnlyTable(m_list, {tr("What"), tr("Change"), tr("Made"), tr("What the server said")});
  m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  m_list->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
  m_list->horizontalHeader()->setStretchLastSection(false);
  layout->addWidget(m_list, 1);
}

void ParkedPanel::reload() {
  const QList<store::JournalEntry> parked = m_store.parkedChanges();
  m_count = static_cast<int>(parked.size());
  m_list->clearContents();
  m_list->clearSpans();
  if (parked.isEmpty()) {
    m_list->setRowCount(1);
    m_list->setItem(0, 0, ui::readOnlyItem(tr("No changes were refused by the server.")));
    m_list->setSpan(0, 0, 1, m_list->columnCount());
  } else {
    m_list->setRowCount(m_count);
    for (int row = 0; row < m_count; ++row) {
      const store::JournalEntry& entry = parked.at(row);
      m_list->setItem(row, 0, ui::readOnlyItem(resourceTitle(entry.key, entry.resource)));
      m_list->setItem(row, 1, ui::readOnlyItem(operationText(entry.operation)));
      m_list->setItem(row, 2, ui::readOnlyItem(whenText(entry.recordedAt)));
      m_list->setItem(row, 3, ui::readOnlyItem(outcomeText(entry.outcome)));
    }
  }
  m_list->resizeRowsToContents();
}

void ParkedPanel::clear() {
  m_count = 0;
  m_list->clearContents();
  m_list->setRowCount(0);
}

}  // namespace cw::changes
