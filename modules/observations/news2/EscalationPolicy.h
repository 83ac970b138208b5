// Who a NEWS2 trigger is escalated to and how soon they must respond: the
// RCP defaults, which a trust may later configure per ward.
#pragma once

#include "modules/observations/news2/News2Scorer.h"

#include <QList>
#include <QString>

#include <chrono>
#include <optional>

namespace cw::observations {

// The roles an escalation is addressed to. The messaging module resolves a
// role to the people holding it for the ward, so a role is never a person.
enum class EscalationRole { WardMedicalTeam, UrgentResponse, SpecialistRegistrar, CriticalCareOutreach };

struct EscalationRoute {
  QList<EscalationRole> roles;
  std::chrono::minutes respondWithin;
};

struct EscalationPolicy {
  // A single 3 gets an hour, as 5–6 does: the RCP calls it an urgent
  // ward-based response and practice handles it like 5–6 (Clin Med). A
  // longer default would leave the band that is easiest to miss the slowest.
  EscalationRoute singleRedScore{{EscalationRole::WardMedicalTeam}, std::chrono::minutes(60)};
  // ≥ 5: assessed within an hour; ≥ 7: within 30 minutes, by a registrar and
  // a team with critical-care skills.
  EscalationRoute urgent{{EscalationRole::UrgentResponse}, std::chrono::minutes(60)};
  EscalationRoute emergency{{EscalationRole::SpecialistRegistrar, EscalationRole::CriticalCareOutreach},
                            std::chrono::minutes(30)};
};

struct Escalation {
  News2Trigger trigger;
  int total;
  bool redScore;  // a single parameter scored 3
  EscalationRoute route;
};

// Nothing for an incomplete set (it has no trigger; the set must be completed
// first, see DueTime) or a trigger that needs no escalation (0, 1–4).
std::optional<Escalation> escalationFor(const News2Result& result, const EscalationPolicy& policy = {});

// The role as a code of our own (no national code set for these roles was
// found) and as people read it.
QString escalationRoleCode(EscalationRole role);
QString escalationRoleName(EscalationRole role);
QString escalationTriggerName(News2Trigger trigger);

}  // namespace cw::observations
