// The demo trust, practices, wards and staff with their stable FHIR ids and
// SDS ids, so the demo identity provider, demo cards and tests can name the
// same people the synthetic data set refers to.
#pragma once

#include <array>

namespace cw::synthetic {

struct DemoOrganization {
  const char* id;       // Organization/<id>
  const char* odsCode;  // ODS-style; synthetic, not checked against the live ODS
  const char* name;
  bool gpPractice;
  const char* addressLine;
  const char* city;
  const char* postalCode;
  const char* phone;             // Ofcom drama range
  const char* gpPractitionerId;  // the practice's GP; empty for the trust
};

inline constexpr char kTrustId[] = "org-trust";
inline constexpr char kPracticeRiversideId[] = "org-practice-riverside";
inline constexpr char kPracticeCastleStreetId[] = "org-practice-castle-street";
inline constexpr char kPracticeBridgeId[] = "org-practice-bridge";

// Practitioner ids of the demo staff.
inline constexpr char kWardNurseId[] = "prac-ward-nurse";
inline constexpr char kFy1DoctorId[] = "prac-fy1-doctor";
inline constexpr char kMedicalRegistrarId[] = "prac-medical-registrar";
inline constexpr char kPharmacistId[] = "prac-pharmacist";
inline constexpr char kGpId[] = "prac-gp";
inline constexpr char kGpReceptionistId[] = "prac-gp-receptionist";
inline constexpr char kItAdministratorId[] = "prac-it-administrator";
inline constexpr char kMultiRoleId[] = "prac-multi-role";  // also the Ward 9 nurse
inline constexpr char kGpCastleStreetId[] = "prac-gp-castle-street";
inline constexpr char kGpBridgeId[] = "prac-gp-bridge";

inline constexpr std::array kDemoOrganizations{
    DemoOrganization{kTrustId, "RZZ", "Riverside University Hospitals NHS Trust", false, "Riverside Road",
                     "Chester", "CH2 1QT", "01632 960100", ""},
    DemoOrganization{kPracticeRiversideId, "Z99901", "Riverside Medical Centre", true, "12 Riverside Walk",
                     "Chester", "CH1 2LJ", "01632 960200", kGpId},
    DemoOrganization{kPracticeCastleStreetId, "Z99902", "Castle Street Surgery", true, "4 Castle Street",
                     "Oswestry", "SY11 1JZ", "01632 960300", kGpCastleStreetId},
    DemoOrganization{kPracticeBridgeId, "W99903", "Meddygfa'r Bont / Bridge Surgery", true, "Stryd y Bont",
                     "Llangollen", "LL20 8PF", "01632 960400", kGpBridgeId},
};

struct DemoWard {
  const char* id;  // Location/<id>; beds are Location/<id>-bed-NN, partOf the ward
  const char* name;
  int beds;
  const char* nurseId;  // the demo nurse who records observations there
};

inline constexpr char kWard7Id[] = "loc-ward-7";
inline constexpr char kWard9Id[] = "loc-ward-9";

inline constexpr std::array kDemoWards{
    DemoWard{kWard7Id, "Ward 7 (Acute Medicine)", 14, kWardNurseId},
    DemoWard{kWard9Id, "Ward 9 (Respiratory)", 14, kMultiRoleId},
};

struct DemoPersona {
  const char* key;             // the persona's name in demo scripts
  const char* practitionerId;  // Practitioner/<id>
  const char* sdsUserId;       // 12-digit SDS user id (CIS2 `sub` / `uid`)
  const char* prefix;          // empty when none
  const char* given;
  const char* family;
};

inline constexpr std::array kDemoPersonas{
    DemoPersona{"ward-nurse", kWardNurseId, "555000000101", "", "Grace", "Adeyemi"},
    DemoPersona{"fy1-doctor", kFy1DoctorId, "555000000102", "Dr", "Tom", "Whitfield"},
    DemoPersona{"medical-registrar", kMedicalRegistrarId, "555000000103", "Dr", "Priya", "Raman"},
    DemoPersona{"pharmacist", kPharmacistId, "555000000104", "", "Rhodri", "Llewelyn"},
    DemoPersona{"gp", kGpId, "555000000105", "Dr", "Fiona", "MacLeod"},
    DemoPersona{"gp-receptionist", kGpReceptionistId, "555000000106", "", "Sam", "O'Neill"},
    DemoPersona{"it-administrator", kItAdministratorId, "555000000107", "", "Kieran", "Walsh"},
    DemoPersona{"multi-role", kMultiRoleId, "555000000108", "", "Siân", "Morgan-Evans"},
    // GPs of the other practices, so every record has a named GP.
    DemoPersona{"gp-castle-street", kGpCastleStreetId, "555000000109", "Dr", "Aled", "Hughes"},
    DemoPersona{"gp-bridge", kGpBridgeId, "555000000110", "Dr", "Nia", "Roberts"},
};

// A PractitionerRole. Team roles (on-call bleeps) have no practitioner and
// no role profile.
struct DemoRole {
  const char* id;                // PractitionerRole/<id>
  const char* practitionerId;    // empty for team roles
  const char* sdsRoleProfileId;  // CIS2 `person_roleid`; empty for team roles
  const char* jobRoleCode;       // national RBAC job role, e.g. "R8001"
  const char* title;             // what the role is called on the ward
  const char* organizationId;
  const char* locationId;  // empty when the role is not tied to a ward
  const char* bleep;       // empty when none
};

inline constexpr char kMedicalRegistrarOnCallId[] = "role-medical-registrar-on-call";
inline constexpr char kOutreachTeamId[] = "role-outreach-team";

inline constexpr std::array kDemoRoles{
    DemoRole{"role-ward-nurse", kWardNurseId, "555000001101", "R8001", "Staff nurse, Ward 7", kTrustId,
             kWard7Id, ""},
    DemoRole{"role-fy1-doctor", kFy1DoctorId, "555000001102", "R8000",
             "Foundation Year 1 doctor, Acute Medicine", kTrustId, kWard7Id, "6301"},
    DemoRole{"role-medical-registrar", kMedicalRegistrarId, "555000001103", "R8000",
             "Specialty registrar, General Medicine", kTrustId, "", "6302"},
    DemoRole{"role-pharmacist", kPharmacistId, "555000001104", "R8003", "Ward pharmacist", kTrustId, "",
             "6303"},
    DemoRole{"role-gp", kGpId, "555000001105", "R8000", "General practitioner", kPracticeRiversideId, "", ""},
    DemoRole{"role-gp-receptionist", kGpReceptionistId, "555000001106", "R8009", "Receptionist",
             kPracticeRiversideId, "", ""},
    DemoRole{"role-it-administrator", kItAdministratorId, "555000001107", "R8015", "IT systems administrator",
             kTrustId, "", ""},
    DemoRole{"role-multi-ward-nurse", kMultiRoleId, "555000001108", "R8001", "Staff nurse, Ward 9", kTrustId,
             kWard9Id, ""},
    DemoRole{"role-multi-nurse-manager", kMultiRoleId, "555000001109", "R8002", "Matron, Medicine", kTrustId,
             "", "6304"},
    DemoRole{"role-multi-practice-nurse", kMultiRoleId, "555000001110", "R8001", "Practice nurse",
             kPracticeCastleStreetId, "", ""},
    DemoRole{"role-gp-castle-street", kGpCastleStreetId, "555000001111", "R8000", "General practitioner",
             kPracticeCastleStreetId, "", ""},
    DemoRole{"role-gp-bridge", kGpBridgeId, "555000001112", "R8000", "General practitioner",
             kPracticeBridgeId, "", ""},
    DemoRole{kMedicalRegistrarOnCallId, "", "", "R8000", "Medical registrar on call", kTrustId, "", "6410"},
    DemoRole{kOutreachTeamId, "", "", "R8001", "Critical care outreach team", kTrustId, "", "6555"},
};

}  // namespace cw::synthetic
