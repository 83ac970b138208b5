// Who may see how much of a record, and the audit trail of every look. Each
// open writes an AuditEvent. A confidential record (PDS restricted or very
// restricted) opens in a limited view, the banner alone, until the user
// breaks the glass with a stated reason, which is audited separately and
// lasts only until they leave that record or the session locks.
#pragma once

#include "core/ui/PatientBannerFacts.h"

#include <QString>

namespace cw::audit {
class AuditTrail;
}
namespace cw::base {
class Clock;
}
namespace cw::identity {
class Session;
}

namespace cw::record {

class RecordAccess {
 public:
  enum class View { Full, Limited };

  // A reason must say something: "x" or "ok" is not one a Privacy Officer can review.
  static constexpr int kMinimumReasonLength = 10;

  RecordAccess(audit::AuditTrail& audit, const identity::Session& session, const base::Clock& clock);

  // Opening a record (again): audited, and any earlier break-glass ends.
  View open(const ui::BannerFacts& patient);
  // Breaks the glass on the record now open. Returns a translated message
  // when the reason is not enough (nothing is audited or shown then).
  QString breakGlass(const ui::BannerFacts& patient, const QString& reason);
  // The session locked or the record was closed.
  void close();

  View view() const;
  bool glassBroken() const { return !m_brokenFor.isEmpty(); }

 private:
  void audit(const ui::BannerFacts& patient, const QString& breakGlassReason);

  audit::AuditTrail& m_audit;
  const identity::Session& m_session;
  const base::Clock& m_clock;
  bool m_openConfidential = false;
  QString m_brokenFor;  // the patient id the glass is broken for
};

}  // namespace cw::record
