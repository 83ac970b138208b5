#include "modules/changes/DecisionAudit.h"

#include "core/audit/SessionUser.h"
#include "core/base/Clock.h"
#include "core/store/ResourceIndexer.h"

namespace cw::changes {

DecisionAudit::DecisionAudit(const identity::Session* session, const base::Clock* clock)
    : m_session(session), m_clock(clock) {}

fhir::AuditEvent DecisionAudit::event(audit::ChangeDecision decision, const store::ResourceKey& key,
                                      const std::optional<fhir::Resource>& resource) const {
  audit::ChangeDecisionFacts facts;
  facts.user = audit::auditUser(m_session);
  facts.at = m_clock != nullptr ? m_clock->now() : base::SystemClock().now();
  facts.decision = decision;
  facts.resourceType = key.type;
  facts.resourceId = key.id;
  if (resource) {
    // The same rule the store uses to put a resource in a patient's record.
    facts.patientId = store::indexResource(*resource).compartmentPatientId;
  }
  return audit::changeDecisionAuditEvent(facts);
}

}  // namespace cw::changes
