#include "modules/observations/ui/ObservationsView.h"

#include "core/audit/AuditTrail.h"
#include "core/audit/SessionUser.h"
#include "core/base/Clock.h"
#include "core/config/EffectiveConfig.h"
#include "core/config/SettingSchema.h"
#include "core/identity/Session.h"
#include "core/module/PatientContext.h"
#include "core/store/ResourceIndexer.h"
#include "core/store/Store.h"
#include "core/ui/Labels.h"
#include "core/ui/WardPatients.h"
#include "modules/observations/ui/PatientNews2Page.h"
#include "modules/observations/ui/WardOverviewPage.h"

#include <QLabel>
#include <QSet>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace cw::observations {
namespace {

constexpr char kSdsUserId[] = "https://fhir.nhs.uk/Id/sds-user-id";

// The user as a logical reference (SDS user id): the workstation holds no
// Practitioner resource for them, and the server resolves the identifier.
fhir::ReferenceValue clinicianOf(const identity::Session& session) {
  return {{},
          QStringLiteral("Practitioner"),
          session.user().displayName,
          fhir::Identifier{QLatin1String(kSdsUserId), session.user().userId}};
}

}  // namespace

ObservationsView::ObservationsView(const module::ModuleContext& context, QWidget* parent)
    : ModuleView(parent), m_context(context) {
  auto* layout = new QVBoxLayout(this);
  if (context.store == nullptr || context.audit == nullptr || context.session == nullptr ||
      context.patient == nullptr || context.clock == nullptr) {
    // Fail closed: without the cache and the audit trail nothing may be shown or recorded.
    QLabel* unavailable = ui::bodyText(QStringLiteral("observationsUnavailable"));
    unavailable->setText(
        tr("Observations are not available on this workstation: its encrypted cache could not be opened. "
           "Ask IT to check the Workstation status page."));
    unavailable->setAlignment(Qt::AlignCenter);
    layout->addWidget(unavailable);
    return;
  }
  const News2Policy policy = news2Policy(context.config);
  m_wardIds = context.config != nullptr ? context.config->list(config::keys::kWardLocations) : QStringList();
  m_ward = new WardOverviewPage(*context.store, *context.clock, policy, m_wardIds);
  m_patient = new PatientNews2Page(*context.store, *context.clock, policy);
  m_noPatient = ui::bodyText(QStringLiteral("news2NoPatient"));
  m_noPatient->setText(
      tr("Choose a patient on the ward overview (or find them in Patient record) to record "
         "observations and see their chart."));
  m_noPatient->setAlignment(Qt::AlignCenter);
  auto* patientPages = new QStackedWidget;
  patientPages->addWidget(m_noPatient);
  patientPages->addWidget(m_patient);

  m_tabs = new QTabWidget;
  m_tabs->setObjectName(QStringLiteral("observationsTabs"));
  m_tabs->addTab(m_ward, tr("Ward overview"));
  m_tabs->addTab(patientPages, tr("Record and chart"));
  layout->addWidget(m_tabs);

  connect(m_ward, &WardOverviewPage::patientChosen, this, [this](const ui::BannerFacts& patient) {
    m_context.patient->select(
        {patient.patientId, patient.name, QString(patient.nhsNumber).remove(QLatin1Char(' '))});
    m_tabs->setCurrentIndex(1);
  });

  // Changes are applied together, each patient read again once (see resourceChanged).
  m_applyChanges.setSingleShot(true);
  connect(&m_applyChanges, &QTimer::timeout, this, &ObservationsView::applyChanges);
  connect(context.store, &store::Store::resourceChanged, this, &ObservationsView::resourceChanged);

  m_ward->reload();
  openCurrentPatient();
}

void ObservationsView::resourceChanged(const QString& type, const QString& id) {
  if (type == QLatin1String("Observation") || type == QLatin1String("Task")) {
    m_changed.append({type, id});
  } else if (type == QLatin1String("Encounter") || type == QLatin1String("Patient") ||
             type == QLatin1String("Location") || type == QLatin1String("AllergyIntolerance")) {
    m_wardChanged = true;
  } else {
    return;
  }
  // A nurse's save is a handful of writes and shows at once; a sync page is
  // hundreds, read again once when the burst is over, so a first sync does
  // not keep the screen busy.
  if (isBurst()) {
    m_applyChanges.start(kBurstSettles);
  } else if (!m_applyChanges.isActive()) {
    m_applyChanges.start(0);
  }
}

bool ObservationsView::isBurst() const {
  return m_wardChanged || m_changed.size() > kChangesOfOneSave;
}

void ObservationsView::applyChanges() {
  bool everything = isBurst();
  QSet<QString> patients;
  for (const store::ResourceKey& key : std::as_const(m_changed)) {
    if (everything) {
      break;
    }
    const std::optional<fhir::Resource> resource = m_context.store->read(key);
    const QString patientId = resource ? store::indexResource(*resource).compartmentPatientId : QString();
    // A deleted resource no longer says whose it was: read the whole ward.
    everything = patientId.isEmpty();
    patients.insert(patientId);
  }
  if (everything) {
    m_ward->reload();
    m_patient->reload();
  } else {
    for (const QString& patientId : std::as_const(patients)) {
      m_ward->refreshPatient(patientId);
    }
    if (patients.contains(m_patient->patientId())) {
      m_patient->reload();
    }
  }
  m_wardChanged = false;
  m_changed.clear();
}

void ObservationsView::patientChanged() {
  if (m_patient != nullptr) {
    openCurrentPatient();
  }
}

void ObservationsView::sessionLocked() {
  if (m_patient == nullptr) {
    return;
  }
  m_ward->clear();
  m_patient->clear();
  m_reloadWhenShown = true;
}

void ObservationsView::showEvent(QShowEvent* event) {
  ModuleView::showEvent(event);
  if (m_reloadWhenShown) {
    m_reloadWhenShown = false;
    m_ward->reload();
    openCurrentPatient();
  }
}

void ObservationsView::openCurrentPatient() {
  auto* pages = static_cast<QStackedWidget*>(m_tabs->widget(1));
  if (!m_context.patient->hasPatient()) {
    m_patient->clear();
    pages->setCurrentWidget(m_noPatient);
    return;
  }
  const module::PatientSummary& current = m_context.patient->current();
  RecordingContext recording;
  recording.patientId = current.resourceId;
  recording.clinician = clinicianOf(*m_context.session);
  recording.user = audit::auditUser(m_context.session);
  const QDateTime now = m_context.clock->now();
  if (const std::optional<ui::WardPatient> stay =
          ui::findOnWards(*m_context.store, m_wardIds, current.resourceId, now.date())) {
    recording.encounterId = stay->encounterId;
    recording.ward = {QStringLiteral("Location/") + stay->wardLocationId, {}, {}};
  }
  // Seeing a patient's observations is seeing their record.
  audit::RecordAccessFacts access;
  access.user = recording.user;
  access.at = now;
  access.patientId = current.resourceId;
  access.nhsNumber = current.nhsNumber;
  m_context.audit->recordAccess(access);

  m_patient->showPatient(current.displayName, recording);
  pages->setCurrentWidget(m_patient);
}

}  // namespace cw::observations
