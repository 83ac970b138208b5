#include "modules/record/ui/PatientRecordPage.h"

#include "core/base/Clock.h"
#include "core/sync/SyncStatus.h"
#include "core/ui/FreshnessText.h"
#include "core/ui/Labels.h"
#include "modules/record/EncounterHistory.h"
#include "modules/record/ObservationTrends.h"
#include "modules/record/RecordSummary.h"
#include "modules/record/ui/BreakGlassPanel.h"
#include "modules/record/ui/DocumentsPanel.h"
#include "modules/record/ui/EntryTable.h"
#include "modules/record/ui/ObservationsPanel.h"
#include "modules/record/ui/SummaryPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace cw::record {
namespace {

enum Section { kSummary, kEncounters, kObservations, kDocuments, kSectionCount };

QScrollArea* scrolling(QWidget* content) {
  auto* area = new QScrollArea;
  area->setWidgetResizable(true);
  area->setFrameShape(QFrame::NoFrame);
  area->setWidget(content);
  return area;
}

}  // namespace

PatientRecordPage::PatientRecordPage(const store::Store& store, const sync::SyncStatus* syncStatus,
                                     const base::Clock& clock, QWidget* parent)
    : QWidget(parent),
      m_store(store),
      m_syncStatus(syncStatus),
      m_clock(clock),
      m_loaded(kSectionCount, false),
      m_freshness(ui::bodyText(QStringLiteral("freshness"))),
      m_auditNotice(ui::bodyText(QStringLiteral("auditNotice"))),
      m_content(new QStackedWidget),
      m_breakGlass(new BreakGlassPanel),
      m_sections(new QTabWidget),
      m_summary(new SummaryPanel),
      m_encounters(new EntryTable({tr("Encounter"), tr("Setting"), tr("When"), tr("Note")})),
      m_observations(new ObservationsPanel),
      m_documents(new DocumentsPanel(store)) {
  m_auditNotice->setProperty("cwStyle", QStringLiteral("warning"));
  m_encounters->setObjectName(QStringLiteral("encounters"));
  m_sections->setObjectName(QStringLiteral("recordSections"));
  m_sections->addTab(scrolling(m_summary), tr("Summary"));
  m_sections->addTab(scrolling(m_encounters), tr("Encounters"));
  m_sections->addTab(m_observations, tr("Observations and results"));
  m_sections->addTab(m_documents, tr("Documents"));
  connect(m_sections, &QTabWidget::currentChanged, this, &PatientRecordPage::loadSection);
  m_content->addWidget(m_breakGlass);
  m_content->addWidget(m_sections);

  auto* findAnother = new QPushButton(tr("Find another patient"));
  findAnother->setObjectName(QStringLiteral("findAnother"));
  connect(findAnother, &QPushButton::clicked, this, &PatientRecordPage::findAnotherRequested);
  auto* top = new QHBoxLayout;
  top->addWidget(m_freshness, 1);
  top->addWidget(findAnother);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(24, 12, 24, 12);
  layout->addLayout(top);
  layout->addWidget(m_auditNotice);
  layout->addWidget(m_content, 1);
  if (m_syncStatus != nullptr) {
    connect(m_syncStatus, &sync::SyncStatus::changed, this, &PatientRecordPage::showFreshness);
  }
}

void PatientRecordPage::showRecord(const ui::BannerFacts& patient, RecordAccess::View view,
                                   bool glassBroken) {
  clear();
  m_patient = patient;
  showFreshness();
  if (view == RecordAccess::View::Limited) {
    m_content->setCurrentWidget(m_breakGlass);
    return;
  }
  m_auditNotice->setVisible(glassBroken);
  m_auditNotice->setText(glassBroken ? tr("You opened this confidential record by breaking the glass. "
                                          "This access and your reason have been recorded.")
                                     : QString());
  m_content->setCurrentWidget(m_sections);
  m_sections->setCurrentIndex(kSummary);
  loadSection(kSummary);
}

void PatientRecordPage::reload() {
  if (m_patient.patientId.isEmpty() || m_content->currentWidget() != m_sections) {
    return;
  }
  // Allergy status may have changed with the cache (a "no known allergy" statement arrived).
  m_patient = ui::loadBannerFacts(m_store, m_patient.patientId, m_clock.now().date()).value_or(m_patient);
  m_loaded.fill(false);
  loadSection(m_sections->currentIndex());
}

void PatientRecordPage::clear() {
  m_patient = {};
  m_loaded.fill(false);
  m_auditNotice->hide();
  m_auditNotice->clear();
  m_breakGlass->reset();
  m_summary->clear();
  m_encounters->setRowCount(0);
  m_observations->clear();
  m_documents->clear();
  m_content->setCurrentWidget(m_breakGlass);
}

void PatientRecordPage::showFreshness() {
  m_freshness->setText(m_syncStatus == nullptr
                           ? tr("This workstation does not sync: showing its own records only")
                           : ui::freshnessText(*m_syncStatus, m_clock.now()));
}

void PatientRecordPage::loadSection(int index) {
  if (m_patient.patientId.isEmpty() || index < 0 || index >= kSectionCount || m_loaded.at(index)) {
    return;
  }
  m_loaded[index] = true;
  const QString& id = m_patient.patientId;
  switch (index) {
    case kSummary: m_summary->showSummary(loadRecordSummary(m_store, id), m_patient.allergyStatus); break;
    case kEncounters:
      m_encounters->showEntries(loadEncounterHistory(m_store, id), tr("No encounters recorded"));
      break;
    case kObservations: m_observations->showTrends(loadObservationTrends(m_store, id)); break;
    case kDocuments: m_documents->showDocuments(loadDocumentList(m_store, id)); break;
  }
}

}  // namespace cw::record
