// Which structural features each patient gets (bed, allergy record, missing
// fields, confidentiality, long history, flags). Decided by the patient's
// position with co-prime cycles, not by chance, so every seed's first few
// dozen patients contain every hard case the demo and the tests rely on.
#pragma once

#include <optional>

namespace cw::synthetic {

enum class AllergyRecord {
  NotRecorded,       // no AllergyIntolerance at all: nobody has asked
  NoKnownAllergies,  // a confirmed "No known allergy" statement
  Allergies,
};

struct BedAssignment {
  int ward;  // index into kDemoWards
  int bed;   // 1-based
};

struct PatientPlan {
  int index = 0;
  std::optional<BedAssignment> bed;  // an inpatient now
  bool deteriorating = false;        // inpatients only
  AllergyRecord allergies = AllergyRecord::NotRecorded;
  bool confidential = false;
  bool withoutTelecom = false;
  bool withoutAddress = false;
  bool longHistory = false;
  bool reasonableAdjustment = false;
};

class CohortPlan {
 public:
  static PatientPlan forPatient(int index);
};

}  // namespace cw::synthetic
