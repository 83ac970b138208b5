// The AuditEvent for a decision taken on the "Changes not sent" page: who took
// it (the session's user and role, on this workstation), when, and on which
// record and patient. The store queues it with the decision itself.
#pragma once

#include "core/audit/ChangeDecisionAuditEvent.h"
#include "core/fhir/Resource.h"
#include "core/store/StoreTypes.h"

#include <optional>

namespace cw::base {
class Clock;
}
namespace cw::identity {
class Session;
}

namespace cw::changes {

class DecisionAudit {
 public:
  // Either may be null (no session: no user named; no clock: the system's).
  DecisionAudit(const identity::Session* session, const base::Clock* clock);

  // `resource` (the local or server version) tells whose record it is.
  fhir::AuditEvent event(audit::ChangeDecision decision, const store::ResourceKey& key,
                         const std::optional<fhir::Resource>& resource) const;

 private:
  const identity::Session* m_session;
  const base::Clock* m_clock;
};

}  // namespace cw::changes
