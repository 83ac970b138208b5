#include "core/module/PatientContext.h"

#include "core/base/LogScrubber.h"

namespace cw::module {

void PatientContext::select(const PatientSummary& patient) {
  auto& scrubber = base::LogScrubber::instance();
  scrubber.addSensitiveTerm(patient.displayName);
  scrubber.addSensitiveTerm(patient.nhsNumber);
  m_current = patient;
  Q_EMIT changed();
}

void PatientContext::clear() {
  if (hasPatient()) {
    m_current = {};
    Q_EMIT changed();
  }
}

}  // namespace cw::module
