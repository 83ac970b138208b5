#include "tools/synthetic/ClinicalCatalogue.h"

#include <QtGlobal>

#include <array>
#include <cstring>

namespace cw::synthetic {
namespace {

constexpr char kTablet[] = "428673006";
constexpr char kCapsule[] = "428641000";
constexpr char kDose[] = "3317411000001100";

constexpr std::array kMedicines{
    Medicine{"paracetamol", "322236009", "Paracetamol 500mg tablets",
             "Two tablets up to four times a day when required for pain or fever. At least 4 hours between "
             "doses; no more than 8 tablets in 24 hours.",
             2, kTablet, "tablet", false, 4, true, 0, false, false},
    Medicine{"furosemide", "317972000", "Furosemide 40mg tablets", "One tablet each morning.", 1, kTablet,
             "tablet", false, 1, false, 0, false, false},
    Medicine{"salbutamol", "39113611000001102", "Salbutamol 100micrograms/dose inhaler CFC free",
             "Two puffs when required for breathlessness or wheeze, up to four times a day.", 2, kDose,
             "dose", true, 4, true, 0, false, false},
    Medicine{"aspirin", "319773006", "Aspirin 75mg dispersible tablets", "One tablet each morning.", 1,
             kTablet, "tablet", false, 1, false, 0, false, true},
    Medicine{"amoxicillin", "323509004", "Amoxicillin 250mg capsules",
             "Two capsules three times a day for 5 days.", 2, kCapsule, "capsule", false, 3, false, 5, true,
             false},
    Medicine{"flucloxacillin", "323465006", "Flucloxacillin 500mg capsules",
             "Two capsules four times a day for 7 days, on an empty stomach.", 2, kCapsule, "capsule", false,
             4, false, 7, true, false},
    Medicine{"metformin", "325278007", "Metformin 500mg tablets", "One tablet twice a day with meals.", 1,
             kTablet, "tablet", false, 2, false, 0, false, false},
    Medicine{"apixaban", "42206511000001102", "Apixaban 5mg tablets", "One tablet twice a day.", 1, kTablet,
             "tablet", false, 2, false, 0, false, false},
    Medicine{"amlodipine", "319283006", "Amlodipine 5mg tablets", "One tablet once a day.", 1, kTablet,
             "tablet", false, 1, false, 0, false, false},
};

constexpr std::array kLongTermConditions{
    Condition{"195967001", "Asthma", "salbutamol"},
    Condition{"13645005", "Chronic obstructive lung disease", "salbutamol"},
    Condition{"38341003", "Hypertensive disorder, systemic arterial", "amlodipine"},
    Condition{"44054006", "Type 2 diabetes mellitus", "metformin"},
    Condition{"49436004", "Atrial fibrillation", "apixaban"},
    Condition{"84114007", "Heart failure", "furosemide"},
    Condition{"709044004", "Chronic kidney disease", nullptr},
    Condition{"35489007", "Depressive disorder", nullptr},
    Condition{"26929004", "Alzheimer's disease", nullptr},
    Condition{"230690007", "Cerebrovascular accident", "aspirin"},
    Condition{"22298006", "Myocardial infarction", "aspirin"},
    Condition{"414545008", "Ischaemic heart disease", "aspirin"},
    Condition{"396275006", "Osteoarthritis", "paracetamol"},
    Condition{"40930008", "Hypothyroidism", nullptr},
    Condition{"235595009", "Gastro-oesophageal reflux disease", nullptr},
    Condition{"414916001", "Obesity", nullptr},
    Condition{"197480006", "Anxiety disorder", nullptr},
    Condition{"271737000", "Anaemia", nullptr},
};

constexpr std::array kAdmissionReasons{
    AdmissionReason{{"233604007", "Pneumonia", "amoxicillin"},
                    Ward::Respiratory,
                    false,
                    "Admitted with a productive cough, fever and right basal crackles; chest X-ray showed "
                    "consolidation. Treated with antibiotics and improved.",
                    "Please repeat a chest X-ray in six weeks to confirm resolution."},
    AdmissionReason{
        {"195951007", "Acute exacerbation of chronic obstructive airways disease", "amoxicillin"},
        Ward::Respiratory,
        false,
        "Admitted with increased breathlessness and sputum. Treated with nebulisers, steroids and "
        "antibiotics; back to baseline exercise tolerance.",
        "Please review inhaler technique and refer for pulmonary rehabilitation."},
    AdmissionReason{
        {"59282003", "Pulmonary embolism", "apixaban"},
        Ward::Respiratory,
        false,
        "Admitted with pleuritic chest pain and breathlessness; CT pulmonary angiogram confirmed a "
        "pulmonary embolism. Anticoagulation started.",
        "Please continue apixaban for at least three months; haematology clinic will review."},
    AdmissionReason{
        {"91302008", "Sepsis", nullptr},
        Ward::AcuteMedicine,
        false,
        "Admitted with sepsis of urinary source. Treated with intravenous antibiotics and fluids; "
        "inflammatory markers settled.",
        "Please check full blood count and renal function in one week."},
    AdmissionReason{{"68566005", "Urinary tract infectious disease", nullptr},
                    Ward::AcuteMedicine,
                    false,
                    "Admitted with confusion and dysuria. Urine culture grew a sensitive organism; confusion "
                    "resolved with treatment.",
                    "No GP action needed."},
    AdmissionReason{{"128045006", "Cellulitis", "flucloxacillin"},
                    Ward::AcuteMedicine,
                    false,
                    "Admitted with spreading cellulitis of the left lower leg. Improved on antibiotics with "
                    "limb elevation.",
                    "Please review the leg in the surgery in one week."},
    AdmissionReason{{"84114007", "Heart failure", "furosemide"},
                    Ward::AcuteMedicine,
                    true,
                    "Admitted with worsening breathlessness and ankle swelling. Offloaded with diuretics; "
                    "weight down 4 kg.",
                    "Please check renal function and potassium in one week and weigh weekly."},
    AdmissionReason{
        {"128053003", "Deep venous thrombosis", "apixaban"},
        Ward::AcuteMedicine,
        false,
        "Admitted with a swollen painful right calf; ultrasound confirmed a deep vein thrombosis. "
        "Anticoagulation started.",
        "Please continue apixaban for three months and review."},
    AdmissionReason{{"271594007", "Syncope", nullptr},
                    Ward::AcuteMedicine,
                    false,
                    "Admitted after a collapse at home. Telemetry and echocardiogram unremarkable; likely "
                    "vasovagal.",
                    "No GP action needed; hospital clinic follow-up has been arranged."},
};

constexpr std::array kAllergies{
    Allergy{"91936005", "Allergy to penicillin", "medication", "271807003", "Eruption of skin", "moderate",
            false, true, false},
    Allergy{"293586001", "Allergy to aspirin", "medication", "126485001", "Urticaria", "mild", false, false,
            true},
    Allergy{"91935009", "Allergy to peanut", "food", "39579001", "Anaphylaxis", "severe", true, false, false},
    Allergy{"300913006", "Shellfish allergy", "food", "126485001", "Urticaria", "moderate", false, false,
            false},
    Allergy{"300916003", "Latex allergy", "environment", "126485001", "Urticaria", "mild", false, false,
            false},
};

constexpr std::array kReasonableAdjustments{
    FlagText{"Requires easy-read information", "admin", "Administrative"},
    FlagText{"Hearing impaired – use hearing loop", "admin", "Administrative"},
    FlagText{"Needs a British Sign Language interpreter", "admin", "Administrative"},
    FlagText{"Visually impaired – large-print letters", "admin", "Administrative"},
    FlagText{"Autistic – prefers a quiet space and clear, literal language", "behavioral", "Behavioral"},
    FlagText{"Learning disability – involve carer in decisions", "clinical", "Clinical"},
    FlagText{"Falls risk – supervise when mobilising", "safety", "Safety"},
};

}  // namespace

std::span<const Condition> ClinicalCatalogue::longTermConditions() {
  return kLongTermConditions;
}

std::span<const AdmissionReason> ClinicalCatalogue::admissionReasons() {
  return kAdmissionReasons;
}

std::span<const Allergy> ClinicalCatalogue::allergies() {
  return kAllergies;
}

std::span<const FlagText> ClinicalCatalogue::reasonableAdjustments() {
  return kReasonableAdjustments;
}

const Medicine& ClinicalCatalogue::medicine(const char* key) {
  for (const Medicine& medicine : kMedicines) {
    if (std::strcmp(medicine.key, key) == 0) {
      return medicine;
    }
  }
  qFatal("ClinicalCatalogue: no medicine '%s'", key);
}

const Medicine& ClinicalCatalogue::painRelief() {
  return medicine("paracetamol");
}

}  // namespace cw::synthetic
