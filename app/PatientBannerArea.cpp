#include "app/PatientBannerArea.h"

#include "core/base/Clock.h"
#include "core/fhir/NhsNumber.h"
#include "core/module/PatientContext.h"
#include "core/store/Store.h"
#include "core/ui/PatientBannerFacts.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace cw::shell {
namespace {

QLabel* plainLabel() {
  auto* label = new QLabel;
  label->setTextFormat(Qt::PlainText);
  return label;
}

}  // namespace

PatientBannerArea::PatientBannerArea(module::PatientContext* patient, const base::Clock& clock,
                                     QWidget* parent)
    : QFrame(parent),
      m_patient(patient),
      m_clock(clock),
      m_name(plainLabel()),
      m_details(plainLabel()),
      m_allergies(plainLabel()) {
  setObjectName(QStringLiteral("patientBanner"));
  setAutoFillBackground(true);
  m_details->setObjectName(QStringLiteral("patientBannerDetails"));
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(16, 10, 16, 10);
  layout->setSpacing(24);
  layout->addWidget(m_name);
  layout->addWidget(m_details);
  layout->addStretch();
  layout->addWidget(m_allergies);
  connect(m_patient, &module::PatientContext::changed, this, &PatientBannerArea::showPatient);
  showPatient();
}

void PatientBannerArea::setStore(const store::Store* store) {
  if (m_store != nullptr) {
    disconnect(m_store, nullptr, this, nullptr);
  }
  m_store = store;
  if (m_store != nullptr) {
    // A new allergy or a corrected name shows at once, whoever recorded it.
    connect(m_store, &store::Store::resourceChanged, this, [this](const QString& type) {
      if (m_patient->hasPatient() && (type == u"Patient" || type == u"AllergyIntolerance")) {
        showPatient();
      }
    });
  }
  showPatient();
}

void PatientBannerArea::showPatient() {
  m_details->clear();
  m_allergies->clear();
  m_allergies->hide();
  if (!m_patient->hasPatient()) {
    restyle(m_name, QStringLiteral("patientBannerEmpty"));
    m_name->setText(tr("No patient selected"));
    return;
  }
  const module::PatientSummary& patient = m_patient->current();
  const std::optional<ui::BannerFacts> facts =
      m_store == nullptr ? std::nullopt
                         : ui::loadBannerFacts(*m_store, patient.resourceId, m_clock.now().date());
  restyle(m_name, QStringLiteral("patientBannerName"));
  if (!facts) {
    // Not in the cache (yet): say only what the module that chose them gave.
    m_name->setText(patient.displayName);
    const std::optional<fhir::NhsNumber> number = fhir::NhsNumber::parse(patient.nhsNumber);
    m_details->setText(tr("NHS No. %1").arg(number ? number->formatted() : patient.nhsNumber));
    return;
  }
  m_name->setText(facts->name);
  QStringList details{tr("Born %1").arg(facts->born), facts->gender, ui::nhsNumberText(*facts)};
  if (facts->deceased) {
    details.prepend(tr("Deceased"));
  }
  if (facts->confidential) {
    details.append(tr("Confidential record"));
  }
  m_details->setText(details.join(QStringLiteral("    ")));
  m_allergies->setText(ui::allergyStatusText(*facts));
  restyle(m_allergies,
          facts->allergyStatus == ui::AllergyStatus::HasAllergies  ? QStringLiteral("allergiesRecorded")
          : facts->allergyStatus == ui::AllergyStatus::NotRecorded ? QStringLiteral("allergiesNotRecorded")
                                                                   : QStringLiteral("noKnownAllergies"));
  m_allergies->show();
}

void PatientBannerArea::restyle(QLabel* label, const QString& objectName) {
  // The style sheet keys on the object name; re-polish to apply it.
  label->setObjectName(objectName);
  label->style()->unpolish(label);
  label->style()->polish(label);
}

}  // namespace cw::shell
