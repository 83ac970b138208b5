#include "tools/synthetic/CohortPlan.h"

#include "tools/synthetic/DemoPersonas.h"

#include <array>

namespace cw::synthetic {
namespace {

// Cycle of 5: among any 5 consecutive patients (and among the inpatients,
// who are every second patient) all three allergy records appear.
constexpr std::array kAllergyCycle{AllergyRecord::NoKnownAllergies, AllergyRecord::NotRecorded,
                                   AllergyRecord::Allergies, AllergyRecord::NoKnownAllergies,
                                   AllergyRecord::Allergies};

int bedCount() {
  int beds = 0;
  for (const DemoWard& ward : kDemoWards) {
    beds += ward.beds;
  }
  return beds;
}

}  // namespace

PatientPlan CohortPlan::forPatient(int index) {
  PatientPlan plan;
  plan.index = index;
  // Every second patient fills the next bed, alternating between the wards,
  // until the beds run out: about half of a small demo set is on the wards.
  const int bedSlot = index / 2;
  if (index % 2 == 0 && bedSlot < bedCount()) {
    const int ward = bedSlot % static_cast<int>(kDemoWards.size());
    plan.bed = BedAssignment{ward, bedSlot / static_cast<int>(kDemoWards.size()) + 1};
    plan.deteriorating = bedSlot % 5 == 1;
  }
  plan.allergies = kAllergyCycle[static_cast<std::size_t>(index) % kAllergyCycle.size()];
  plan.withoutTelecom = index % 7 == 3;
  plan.reasonableAdjustment = index % 9 == 2;
  plan.withoutAddress = index % 11 == 8;
  plan.confidential = index % 13 == 6;
  plan.longHistory = index % 17 == 5;
  return plan;
}

}  // namespace cw::synthetic
