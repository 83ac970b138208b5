#include "app/PatientBannerArea.h"

#include "core/module/PatientContext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace cw::shell {

PatientBannerArea::PatientBannerArea(module::PatientContext* patient, QWidget* parent)
    : QFrame(parent), m_patient(patient), m_text(new QLabel) {
  setObjectName(QStringLiteral("patientBanner"));
  setAutoFillBackground(true);
  m_text->setTextFormat(Qt::PlainText);
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(16, 10, 16, 10);
  layout->addWidget(m_text);
  layout->addStretch();
  connect(m_patient, &module::PatientContext::changed, this, &PatientBannerArea::showPatient);
  showPatient();
}

void PatientBannerArea::showPatient() {
  if (!m_patient->hasPatient()) {
    m_text->setObjectName(QStringLiteral("patientBannerEmpty"));
    m_text->setText(tr("No patient selected"));
  } else {
    const module::PatientSummary& patient = m_patient->current();
    m_text->setObjectName(QStringLiteral("patientBannerName"));
    m_text->setText(tr("%1    NHS No. %2").arg(patient.displayName, patient.nhsNumber));
  }
  // The style sheet keys on the object name; re-polish to apply it.
  m_text->style()->unpolish(m_text);
  m_text->style()->polish(m_text);
}

}  // namespace cw::shell
