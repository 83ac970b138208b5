#include "modules/record/ui/SummaryPanel.h"

#include "core/ui/Labels.h"
#include "modules/record/ui/EntryTable.h"

#include <QLabel>
#include <QVBoxLayout>

namespace cw::record {
namespace {

EntryTable* addSection(QVBoxLayout* layout, const QString& title, const QStringList& headers,
                       const QString& objectName) {
  layout->addWidget(ui::sectionTitle(title));
  auto* table = new EntryTable(headers);
  table->setObjectName(objectName);
  layout->addWidget(table);
  return table;
}

}  // namespace

SummaryPanel::SummaryPanel(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  // Flags first: GP Connect puts alerts at the top of the summary.
  m_flags = addSection(layout, tr("Flags and reasonable adjustments"),
                       {tr("Flag"), tr("Category"), tr("Since"), tr("Note")}, QStringLiteral("summaryFlags"));
  m_allergies = addSection(layout, tr("Allergies and adverse reactions"),
                           {tr("Substance"), tr("Reaction"), tr("Recorded"), tr("Note")},
                           QStringLiteral("summaryAllergies"));
  m_problems =
      addSection(layout, tr("Active problems"), {tr("Problem"), tr("Category"), tr("Onset"), tr("Note")},
                 QStringLiteral("summaryProblems"));
  m_medications = addSection(layout, tr("Current medications"),
                             {tr("Medicine"), tr("Dosage"), tr("Prescribed"), tr("Note")},
                             QStringLiteral("summaryMedications"));
  layout->addStretch();
}

void SummaryPanel::showSummary(const RecordSummary& summary, ui::AllergyStatus allergyStatus) {
  m_flags->showEntries(summary.flags, tr("No flags recorded"));
  // "None" would be a clinical statement the record may not make.
  m_allergies->showEntries(summary.allergies, allergyStatus == ui::AllergyStatus::NoKnownAllergies
                                                  ? tr("No known allergies (recorded)")
                                                  : tr("Allergies not recorded: ask the patient"));
  m_problems->showEntries(summary.problems, tr("No active problems recorded"));
  m_medications->showEntries(summary.medications, tr("No current medications recorded"));
}

void SummaryPanel::clear() {
  for (EntryTable* table : {m_flags, m_allergies, m_problems, m_medications}) {
    table->setRowCount(0);
  }
}

}  // namespace cw::record
