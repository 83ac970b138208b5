// The coded clinical content the generator draws from: SNOMED CT conditions,
// allergies and reactions, dm+d medicines with their usual dosage, and
// reasonable-adjustment flags. Codes and displays are the published ones;
// the clinical pairings are plausible, not advice.
#pragma once

#include <span>

namespace cw::synthetic {

struct Medicine {
  const char* key;  // how conditions name it
  const char* dmdCode;
  const char* name;         // dm+d VMP name
  const char* instruction;  // dosage text as printed on the chart
  int dose;
  const char* doseUnitCode;  // SNOMED unit of presentation
  const char* doseUnit;
  bool inhaled;  // else oral
  int perDay;    // administrations per day, or the most allowed when asNeeded
  bool asNeeded;
  int courseDays;  // 0: continuing
  bool penicillin;
  bool aspirin;
};

struct Condition {
  const char* snomedCode;
  const char* display;
  const char* medicineKey;  // nullptr when the condition brings no medicine here
};

enum class Ward { AcuteMedicine, Respiratory };

struct AdmissionReason {
  Condition condition;
  Ward ward;
  bool chronic;          // stays active after discharge
  const char* summary;   // for the discharge letter
  const char* followUp;  // what the letter asks of the GP
};

struct Allergy {
  const char* snomedCode;
  const char* display;
  const char* category;  // FHIR AllergyIntolerance.category
  const char* reactionCode;
  const char* reactionDisplay;
  const char* severity;  // mild | moderate | severe
  bool highCriticality;
  bool penicillin;
  bool aspirin;
};

struct FlagText {
  const char* text;
  const char* category;  // http://terminology.hl7.org/CodeSystem/flag-category
  const char* categoryDisplay;
};

// "No known allergy": a recorded statement, unlike a record with no entry.
inline constexpr char kNoKnownAllergyCode[] = "716186003";
inline constexpr char kNoKnownAllergyDisplay[] = "No known allergy";

class ClinicalCatalogue {
 public:
  static std::span<const Condition> longTermConditions();
  static std::span<const AdmissionReason> admissionReasons();
  static std::span<const Allergy> allergies();
  static std::span<const FlagText> reasonableAdjustments();
  static const Medicine& medicine(const char* key);  // key must exist
  static const Medicine& painRelief();               // everyone on the ward may need it
};

}  // namespace cw::synthetic
