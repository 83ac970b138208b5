// Code and identifier systems of our own, for concepts that have no national
// code yet. Kept in one place because each must be replaced by a national
// code, or one agreed with the trust's terminology team, before release
// (decision 008).
#pragma once

namespace cw::observations {

// The Scale 2 decision: spo2-scale, scale-1, scale-2.
inline constexpr char kNews2CodeSystem[] = "https://clinical-workstation.nhs.example/CodeSystem/news2";
// Escalation triggers (single 3, urgent, emergency).
inline constexpr char kEscalationCodeSystem[] =
    "https://clinical-workstation.nhs.example/CodeSystem/news2-escalation";
// The roles an escalation is addressed to, as codes and as PractitionerRole identifiers.
inline constexpr char kRoleCodeSystem[] =
    "https://clinical-workstation.nhs.example/CodeSystem/escalation-role";
inline constexpr char kRoleIdentifierSystem[] = "https://clinical-workstation.nhs.example/Id/escalation-role";

}  // namespace cw::observations
