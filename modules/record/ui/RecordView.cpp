#include "modules/record/ui/RecordView.h"

#include "core/base/Clock.h"
#include "core/config/EffectiveConfig.h"
#include "core/config/SettingSchema.h"
#include "core/module/PatientContext.h"
#include "core/store/Store.h"
#include "core/ui/Labels.h"
#include "core/ui/PatientBannerFacts.h"
#include "modules/record/RecordAccess.h"
#include "modules/record/ui/BreakGlassPanel.h"
#include "modules/record/ui/FindPatientPage.h"
#include "modules/record/ui/PatientRecordPage.h"

#include <QLabel>
#include <QStackedLayout>

namespace cw::record {

RecordView::RecordView(const module::ModuleContext& context, QWidget* parent)
    : ModuleView(parent), m_context(context) {
  auto* pages = new QStackedLayout(this);
  if (context.store == nullptr || context.audit == nullptr || context.session == nullptr ||
      context.patient == nullptr || context.clock == nullptr) {
    // Fail closed: no cache means nothing to show, and no audit means nothing may be shown.
    QLabel* unavailable = ui::bodyText(QStringLiteral("recordUnavailable"));
    unavailable->setText(
        tr("Patient records are not available on this workstation: its encrypted cache "
           "could not be opened. Ask IT to check the Workstation status page."));
    unavailable->setAlignment(Qt::AlignCenter);
    pages->addWidget(unavailable);
    return;
  }
  m_access = std::make_unique<RecordAccess>(*context.audit, *context.session, *context.clock);
  m_find = new FindPatientPage(
      *context.store, *context.clock,
      context.config != nullptr ? context.config->list(config::keys::kWardLocations) : QStringList());
  m_record = new PatientRecordPage(*context.store, context.syncStatus, *context.clock);
  pages->addWidget(m_find);
  pages->addWidget(m_record);
  connect(m_find, &FindPatientPage::patientChosen, this, &RecordView::choose);
  connect(m_record, &PatientRecordPage::findAnotherRequested, this, [this] { m_context.patient->clear(); });
  connect(m_record->breakGlassPanel(), &BreakGlassPanel::breakGlassRequested, this, &RecordView::breakGlass);

  // Downloads arrive a page at a time: one re-read after a burst, not one per resource.
  m_reloadSoon.setSingleShot(true);
  m_reloadSoon.setInterval(300);
  connect(context.store, &store::Store::resourceChanged, &m_reloadSoon, qOverload<>(&QTimer::start));
  connect(&m_reloadSoon, &QTimer::timeout, this, [this] {
    m_record->reload();
    m_find->refreshWardList();
  });
  openCurrentPatient();
}

RecordView::~RecordView() = default;

void RecordView::patientChanged() {
  if (m_access) {
    openCurrentPatient();
  }
}

void RecordView::sessionLocked() {
  if (!m_access) {
    return;
  }
  // A passer-by sees nothing, and the glass is whole again after unlock.
  m_access->close();
  m_record->clear();
  m_find->clear();
  m_reopenWhenShown = m_context.patient->hasPatient();
}

void RecordView::showEvent(QShowEvent* event) {
  ModuleView::showEvent(event);
  if (m_reopenWhenShown) {
    m_reopenWhenShown = false;
    openCurrentPatient();
  }
}

void RecordView::choose(const ui::BannerFacts& patient) {
  m_context.patient->select(
      {patient.patientId, patient.name, QString(patient.nhsNumber).remove(QLatin1Char(' '))});
}

void RecordView::openCurrentPatient() {
  auto* pages = static_cast<QStackedLayout*>(layout());
  m_open = m_context.patient->hasPatient()
               ? ui::loadBannerFacts(*m_context.store, m_context.patient->current().resourceId,
                                     m_context.clock->now().date())
               : std::nullopt;
  if (!m_open) {
    m_access->close();
    m_record->clear();
    pages->setCurrentWidget(m_find);
    return;
  }
  const RecordAccess::View view = m_access->open(*m_open);
  m_record->showRecord(*m_open, view, false);
  pages->setCurrentWidget(m_record);
}

void RecordView::breakGlass(const QString& reason) {
  if (!m_open) {
    return;
  }
  const QString problem = m_access->breakGlass(*m_open, reason);
  if (!problem.isEmpty()) {
    m_record->breakGlassPanel()->showProblem(problem);
    return;
  }
  m_record->showRecord(*m_open, m_access->view(), true);
}

}  // namespace cw::record
