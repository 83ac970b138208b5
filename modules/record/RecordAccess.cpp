#include "modules/record/RecordAccess.h"

#include "core/audit/AuditTrail.h"
#include "core/audit/SessionUser.h"
#include "core/base/Clock.h"
#include "modules/record/RecordTr.h"

namespace cw::record {

RecordAccess::RecordAccess(audit::AuditTrail& audit, const identity::Session& session,
                           const base::Clock& clock)
    : m_audit(audit), m_session(session), m_clock(clock) {}

RecordAccess::View RecordAccess::open(const ui::BannerFacts& patient) {
  m_brokenFor.clear();
  m_openConfidential = patient.confidential;
  audit(patient, {});
  return view();
}

QString RecordAccess::breakGlass(const ui::BannerFacts& patient, const QString& reason) {
  const QString trimmed = reason.simplified();
  if (trimmed.size() < kMinimumReasonLength) {
    return Tr::tr("Say why you need to see this record (at least %1 characters). Your reason is recorded.")
        .arg(kMinimumReasonLength);
  }
  audit(patient, trimmed);
  m_brokenFor = patient.patientId;
  return {};
}

void RecordAccess::close() {
  m_brokenFor.clear();
  m_openConfidential = false;
}

RecordAccess::View RecordAccess::view() const {
  return m_openConfidential && m_brokenFor.isEmpty() ? View::Limited : View::Full;
}

void RecordAccess::audit(const ui::BannerFacts& patient, const QString& breakGlassReason) {
  audit::RecordAccessFacts facts;
  facts.user = audit::auditUser(&m_session);
  facts.at = m_clock.now();
  facts.patientId = patient.patientId;
  facts.nhsNumber = QString(patient.nhsNumber).remove(QLatin1Char(' '));
  facts.breakGlassReason = breakGlassReason;
  m_audit.recordAccess(facts);
}

}  // namespace cw::record
