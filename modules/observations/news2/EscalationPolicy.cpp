#include "modules/observations/news2/EscalationPolicy.h"

#include "modules/observations/news2/News2Tr.h"

namespace cw::observations {

std::optional<Escalation> escalationFor(const News2Result& result, const EscalationPolicy& policy) {
  if (!result.complete || !result.trigger || !result.total) {
    return std::nullopt;
  }
  const auto escalation = [&](const EscalationRoute& route) {
    return Escalation{*result.trigger, *result.total, result.redScore, route};
  };
  switch (*result.trigger) {
    case News2Trigger::Zero:
    case News2Trigger::LowScore: return std::nullopt;
    case News2Trigger::SingleRedScore: return escalation(policy.singleRedScore);
    case News2Trigger::Urgent: return escalation(policy.urgent);
    case News2Trigger::Emergency: return escalation(policy.emergency);
  }
  return std::nullopt;
}

QString escalationRoleCode(EscalationRole role) {
  switch (role) {
    case EscalationRole::WardMedicalTeam: return QStringLiteral("ward-medical-team");
    case EscalationRole::UrgentResponse: return QStringLiteral("urgent-response");
    case EscalationRole::SpecialistRegistrar: return QStringLiteral("specialist-registrar");
    case EscalationRole::CriticalCareOutreach: return QStringLiteral("critical-care-outreach");
  }
  return {};
}

QString escalationRoleName(EscalationRole role) {
  switch (role) {
    case EscalationRole::WardMedicalTeam: return Tr::tr("Ward medical team");
    case EscalationRole::UrgentResponse: return Tr::tr("Urgent response team");
    case EscalationRole::SpecialistRegistrar: return Tr::tr("Specialist registrar");
    case EscalationRole::CriticalCareOutreach: return Tr::tr("Critical care outreach");
  }
  return {};
}

QString escalationTriggerName(News2Trigger trigger) {
  switch (trigger) {
    case News2Trigger::Zero: return Tr::tr("NEWS2 total 0");
    case News2Trigger::LowScore: return Tr::tr("NEWS2 total 1–4");
    case News2Trigger::SingleRedScore: return Tr::tr("A single NEWS2 parameter scored 3");
    case News2Trigger::Urgent: return Tr::tr("NEWS2 urgent response threshold (total 5–6)");
    case News2Trigger::Emergency: return Tr::tr("NEWS2 emergency response threshold (total 7 or more)");
  }
  return {};
}

}  // namespace cw::observations
