#include "tools/synthetic/PatientRecordBuilder.h"

#include "tools/synthetic/FhirJson.h"
#include "tools/synthetic/ReferenceDataBuilder.h"
#include "tools/synthetic/UkAddresses.h"

#include <QTime>

#include <algorithm>
#include <array>
#include <cstring>

namespace cw::synthetic {
namespace {

using json::object;
using json::utf8;

constexpr std::array kStopReasons{"Ankle swelling", "No longer needed after medication review",
                                  "Changed to another medicine", "Side effects: stomach upset"};

int wardIndex(Ward ward) {
  return ward == Ward::Respiratory ? 1 : 0;
}

QString personaName(const char* practitionerId) {
  for (const DemoPersona& persona : kDemoPersonas) {
    if (std::strcmp(persona.practitionerId, practitionerId) == 0) {
      const QString name = utf8(persona.given) + QLatin1Char(' ') + utf8(persona.family);
      return *persona.prefix == '\0' ? name : utf8(persona.prefix) + QLatin1Char(' ') + name;
    }
  }
  qFatal("PatientRecordBuilder: no persona %s", practitionerId);
}

QJsonObject nhsNumberIdentifier(const fhir::NhsNumber& number, bool verified) {
  const QJsonObject status =
      verified
          ? json::codeable(
                QLatin1String("https://fhir.hl7.org.uk/CodeSystem/UKCore-NHSNumberVerificationStatusEngland"),
                QStringLiteral("01"), QStringLiteral("Number present and verified"))
          : json::codeable(
                QLatin1String("https://fhir.hl7.org.uk/CodeSystem/UKCore-NHSNumberVerificationStatusEngland"),
                QStringLiteral("02"), QStringLiteral("Number present but not traced"));
  return object({
      {"extension",
       QJsonArray{object(
           {{"url",
             "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NHSNumberVerificationStatus"},
            {"valueCodeableConcept", status}})}},
      {"system", QLatin1String(fhir::kNhsNumberSystem)},
      {"value", number.digits()},
  });
}

QLatin1String genderCode(Gender gender) {
  switch (gender) {
    case Gender::Male: return QLatin1String("male");
    case Gender::Female: return QLatin1String("female");
    case Gender::Other: return QLatin1String("other");
    case Gender::Unknown: break;
  }
  return QLatin1String("unknown");
}

}  // namespace

PatientRecordBuilder::PatientRecordBuilder(const PatientPlan& plan, quint64 seed, const QDate& anchor,
                                           const fhir::NhsNumber& nhsNumber, TransactionBundle& bundle)
    : m_plan(plan),
      m_bundle(bundle),
      m_anchor(anchor),
      m_now(anchor, QTime(0, 0), Qt::UTC),
      m_nhsNumber(nhsNumber),
      m_random(seed, static_cast<quint64>(plan.index) + 1),
      m_ids(plan.index),
      m_writer(m_ids, bundle),
      m_vitals(m_ids, bundle) {}

void PatientRecordBuilder::build() {
  drawPerson();
  addPatient();
  addProblems();
  m_physiology.emplace(m_random, m_chronicLungDisease);
  addAllergies();
  addRegularMedicines();
  addHistory();
  if (m_plan.bed) {
    addCurrentStay();
  }
  if (m_plan.reasonableAdjustment) {
    addFlags();
  }
}

QDate PatientRecordBuilder::dateBetween(const QDate& earliest, const QDate& latest) {
  if (earliest >= latest) {
    return latest;
  }
  return earliest.addDays(
      static_cast<qint64>(m_random.below(static_cast<quint64>(earliest.daysTo(latest)) + 1)));
}

QDateTime PatientRecordBuilder::timeOn(const QDate& day, int earliestHour, int latestHour) {
  const int minute = m_random.between(earliestHour * 60, latestHour * 60 - 1);
  return QDateTime(day, QTime(minute / 60, minute % 60), Qt::UTC);
}

QString PatientRecordBuilder::practiceGp() const {
  return utf8(m_practice->gpPractitionerId);
}

bool PatientRecordBuilder::mayTake(const Medicine& medicine) const {
  return !(medicine.penicillin && m_penicillinAllergy) && !(medicine.aspirin && m_aspirinAllergy);
}

bool PatientRecordBuilder::isTaking(const Medicine& medicine) const {
  return std::any_of(m_regularMedicines.cbegin(), m_regularMedicines.cend(),
                     [&medicine](const RegularMedicine& regular) { return regular.medicine == &medicine; });
}

void PatientRecordBuilder::drawPerson() {
  const quint64 genderDraw = m_random.below(100);
  m_gender = genderDraw < 50   ? Gender::Female
             : genderDraw < 98 ? Gender::Male
             : genderDraw < 99 ? Gender::Other
                               : Gender::Unknown;
  if (m_plan.bed) {
    m_age = m_random.percent(80) ? m_random.between(60, 97) : m_random.between(18, 59);
  } else {
    m_age = m_random.percent(10) ? m_random.between(1, 17) : m_random.between(18, 95);
  }
  m_birthDate = m_anchor.addYears(-m_age).addDays(-static_cast<qint64>(m_random.below(365)));
  m_name = UkNames::draw(m_random, m_gender, m_age);
  // The practices follow the trust in kDemoOrganizations; the first is the largest.
  const quint64 practiceDraw = m_random.below(10);
  m_practice = &kDemoOrganizations[practiceDraw < 5 ? 1 : practiceDraw < 8 ? 2 : 3];
}

void PatientRecordBuilder::addPatient() {
  QJsonObject name = object(
      {{"use", "official"}, {"family", m_name.family}, {"given", QJsonArray::fromStringList(m_name.given)}});
  if (!m_name.prefix.isEmpty()) {
    name.insert(QLatin1String("prefix"), QJsonArray{m_name.prefix});
  }
  QJsonObject patient = object({
      {"resourceType", "Patient"},
      {"id", m_ids.patient()},
      {"identifier", QJsonArray{nhsNumberIdentifier(m_nhsNumber, !m_random.percent(8))}},
      {"active", true},
      {"name", QJsonArray{name}},
      {"gender", genderCode(m_gender)},
      {"birthDate", json::date(m_birthDate)},
      {"generalPractitioner", QJsonArray{json::reference(QLatin1String("Organization"), utf8(m_practice->id),
                                                         utf8(m_practice->name))}},
      {"managingOrganization", json::reference(QLatin1String("Organization"), utf8(kTrustId))},
  });
  if (m_plan.confidential) {
    // Restricted, as PDS marks patients whose details must not be shared.
    patient.insert(
        QLatin1String("meta"),
        object({{"security", QJsonArray{json::coding(
                                 QLatin1String("http://terminology.hl7.org/CodeSystem/v3-Confidentiality"),
                                 QStringLiteral("R"), QStringLiteral("restricted"))}}}));
  }
  if (!m_plan.withoutTelecom) {
    QJsonArray telecom;
    const bool mobile = m_age >= 16 && m_random.percent(80);
    if (mobile) {
      telecom.append(
          object({{"system", "phone"}, {"value", UkAddresses::mobileNumber(m_random)}, {"use", "mobile"}}));
    }
    if (!mobile || m_random.percent(40)) {
      telecom.append(
          object({{"system", "phone"}, {"value", UkAddresses::landlineNumber(m_random)}, {"use", "home"}}));
    }
    patient.insert(QLatin1String("telecom"), telecom);
  }
  if (!m_plan.withoutAddress) {
    const UkAddress address = UkAddresses::draw(m_random);
    patient.insert(QLatin1String("address"),
                   QJsonArray{object({{"use", "home"},
                                      {"line", QJsonArray::fromStringList(address.lines)},
                                      {"city", address.city},
                                      {"district", address.district},
                                      {"postalCode", address.postalCode}})});
  }
  m_bundle.add(patient);
}

void PatientRecordBuilder::addProblems() {
  const std::span<const Condition> catalogue = ClinicalCatalogue::longTermConditions();
  int count = 0;
  if (m_age < 18) {
    count = m_random.percent(30) ? 1 : 0;
  } else {
    count = m_age < 50 ? m_random.between(0, 2) : m_random.between(1, 4);
    count += m_plan.longHistory ? 3 : 0;
  }
  const QDate earliest = std::max(m_birthDate.addYears(m_age < 18 ? 1 : 18), m_anchor.addYears(-30));
  QList<const Condition*> chosen;
  while (chosen.size() < count) {
    // Children here only have asthma, the first entry.
    const Condition* condition = m_age < 18 ? &catalogue.front() : &m_random.pick(catalogue);
    if (chosen.contains(condition)) {
      continue;
    }
    chosen << condition;
    const QDate onset = dateBetween(earliest, m_anchor.addDays(-60));
    m_problems << Problem{condition, onset};
    m_chronicLungDisease = m_chronicLungDisease || std::strcmp(condition->snomedCode, "13645005") == 0;
    m_writer.condition({condition, true, true, false, onset, {}, {}, practiceGp()});
  }
}

void PatientRecordBuilder::addAllergies() {
  const QDate recorded = dateBetween(std::max(m_birthDate, m_anchor.addYears(-10)), m_anchor.addDays(-30));
  switch (m_plan.allergies) {
    case AllergyRecord::NotRecorded: return;
    case AllergyRecord::NoKnownAllergies: m_writer.noKnownAllergy(recorded, practiceGp()); return;
    case AllergyRecord::Allergies: break;
  }
  const std::span<const Allergy> catalogue = ClinicalCatalogue::allergies();
  const int count = m_random.percent(75) ? 1 : 2;
  QList<const Allergy*> chosen;
  while (chosen.size() < count) {
    const Allergy* allergy = &m_random.pick(catalogue);
    if (chosen.contains(allergy)) {
      continue;
    }
    chosen << allergy;
    m_penicillinAllergy = m_penicillinAllergy || allergy->penicillin;
    m_aspirinAllergy = m_aspirinAllergy || allergy->aspirin;
    m_writer.allergy(*allergy, recorded, practiceGp());
  }
}

void PatientRecordBuilder::addRegularMedicines() {
  for (const Problem& problem : m_problems) {
    if (problem.condition->medicineKey == nullptr) {
      continue;
    }
    const Medicine& medicine = ClinicalCatalogue::medicine(problem.condition->medicineKey);
    if (!mayTake(medicine) || isTaking(medicine)) {
      continue;
    }
    PrescriptionFacts facts;
    facts.medicine = &medicine;
    facts.authoredOn = timeOn(dateBetween(problem.onset, m_anchor.addDays(-7)), 8, 18);
    facts.requesterId = practiceGp();
    facts.indication = problem.condition;
    if (m_random.percent(10)) {
      facts.status = PrescriptionStatus::Stopped;
      facts.stopReason = utf8(m_random.pick(kStopReasons));
    } else {
      m_regularMedicines << RegularMedicine{&medicine, problem.condition};
    }
    m_writer.prescription(facts);
  }
}

void PatientRecordBuilder::addHistory() {
  const int span = m_plan.longHistory ? 3650 : 720;
  int admissions = 0;
  int reviews = 0;
  if (m_age < 18) {
    reviews = m_random.percent(30) ? 1 : 0;
  } else if (m_plan.longHistory) {
    admissions = m_random.between(3, 6);
    reviews = m_random.between(8, 14);
  } else {
    admissions = m_random.percent(m_plan.bed ? 30 : 25) ? 1 : 0;
    reviews = m_problems.isEmpty() ? (m_random.percent(40) ? 1 : 0) : m_random.between(1, 4);
  }

  // Oldest first; admissions at least three weeks apart so stays never overlap.
  QList<int> admissionDays;
  for (int i = 0; i < admissions; ++i) {
    admissionDays << m_random.between(30, span);
  }
  std::sort(admissionDays.begin(), admissionDays.end(), std::greater<>());
  int previous = span + 30;
  for (const int daysAgo : admissionDays) {
    if (previous - daysAgo >= 21) {
      addPastAdmission(daysAgo);
      previous = daysAgo;
    }
  }

  QList<int> reviewDays;
  for (int i = 0; i < reviews; ++i) {
    reviewDays << m_random.between(7, span);
  }
  std::sort(reviewDays.begin(), reviewDays.end(), std::greater<>());
  for (const int daysAgo : reviewDays) {
    addGpReview(daysAgo);
  }
}

void PatientRecordBuilder::addPastAdmission(int daysAgo) {
  const AdmissionReason& reason = m_random.pick(ClinicalCatalogue::admissionReasons());
  const DemoWard& ward = kDemoWards[static_cast<std::size_t>(wardIndex(reason.ward))];
  const QDateTime admitted = timeOn(m_anchor.addDays(-daysAgo), 0, 24);
  const QDateTime discharged = timeOn(admitted.date().addDays(m_random.between(2, 9)), 11, 18);

  EncounterFacts stay;
  stay.start = admitted;
  stay.end = discharged;
  stay.locationId = utf8(ward.id);
  stay.locationName = utf8(ward.name);
  stay.organizationId = utf8(kTrustId);
  stay.practitionerId = utf8(kMedicalRegistrarId);
  stay.reason = &reason.condition;
  const QString encounterId = m_writer.encounter(stay);

  m_writer.condition({&reason.condition, reason.chronic, true, true, admitted.date(), discharged.date(),
                      encounterId, utf8(kFy1DoctorId)});

  m_vitals.setContext(encounterId, utf8(ward.nurseId));
  m_vitals.addNews2Set(m_physiology->single(admitted.addSecs(60 * 60)));
  m_vitals.addNews2Set(m_physiology->single(discharged.addSecs(-3 * 60 * 60)));

  QStringList letterMedicines;
  if (reason.condition.medicineKey != nullptr) {
    const Medicine& medicine = ClinicalCatalogue::medicine(reason.condition.medicineKey);
    if (mayTake(medicine) && !isTaking(medicine)) {
      PrescriptionFacts facts;
      facts.medicine = &medicine;
      facts.category = "discharge";
      facts.authoredOn = discharged.addSecs(-2 * 60 * 60);
      facts.requesterId = utf8(kFy1DoctorId);
      facts.encounterId = encounterId;
      facts.indication = &reason.condition;
      if (medicine.courseDays > 0) {
        facts.status = PrescriptionStatus::Completed;
      } else {
        m_regularMedicines << RegularMedicine{&medicine, &reason.condition};
      }
      m_writer.prescription(facts);
      letterMedicines << utf8(medicine.name) + QStringLiteral(": ") + utf8(medicine.instruction);
    }
  }

  DischargeLetter letter;
  letter.trustName = utf8(kDemoOrganizations[0].name);
  letter.wardName = utf8(ward.name);
  letter.practiceName = utf8(m_practice->name);
  letter.patientName = m_name.text();
  letter.nhsNumber = m_nhsNumber.formatted();
  letter.birthDate = m_birthDate;
  letter.admitted = admitted.date();
  letter.discharged = discharged.date();
  letter.diagnosis = utf8(reason.condition.display);
  letter.summary = utf8(reason.summary);
  letter.medicines = letterMedicines;
  letter.followUp = utf8(reason.followUp);
  letter.author =
      QStringLiteral("%1, Foundation Year 1 doctor, for %2, Specialty registrar in General Medicine")
          .arg(personaName(kFy1DoctorId), personaName(kMedicalRegistrarId));
  m_writer.dischargeSummary(letter, discharged, encounterId, admitted, utf8(kFy1DoctorId));
}

void PatientRecordBuilder::addGpReview(int daysAgo) {
  EncounterFacts review;
  review.inpatient = false;
  review.start = timeOn(m_anchor.addDays(-daysAgo), 8, 17);
  review.end = review.start.addSecs(15 * 60);
  review.organizationId = utf8(m_practice->id);
  review.practitionerId = practiceGp();
  const QString encounterId = m_writer.encounter(review);
  m_vitals.setContext(encounterId, practiceGp());
  m_vitals.addClinicReading(m_physiology->single(review.start.addSecs(5 * 60)));
}

void PatientRecordBuilder::addCurrentStay() {
  const BedAssignment bed = *m_plan.bed;
  const DemoWard& ward = kDemoWards[static_cast<std::size_t>(bed.ward)];
  QList<const AdmissionReason*> reasons;
  for (const AdmissionReason& reason : ClinicalCatalogue::admissionReasons()) {
    if (wardIndex(reason.ward) == bed.ward) {
      reasons << &reason;
    }
  }
  const AdmissionReason& reason =
      *reasons[static_cast<qsizetype>(m_random.below(static_cast<quint64>(reasons.size())))];
  const QDateTime admitted = m_now.addSecs(-60LL * m_random.between(24 * 60, 5 * 24 * 60));

  EncounterFacts stay;
  stay.inProgress = true;
  stay.start = admitted;
  stay.locationId = ReferenceDataBuilder::bedId(bed.ward, bed.bed);
  stay.locationName = ReferenceDataBuilder::bedName(bed.ward, bed.bed);
  stay.organizationId = utf8(kTrustId);
  stay.practitionerId = utf8(kMedicalRegistrarId);
  stay.reason = &reason.condition;
  const QString encounterId = m_writer.encounter(stay);

  m_writer.condition({&reason.condition,
                      true,
                      m_random.percent(70),
                      true,
                      admitted.date(),
                      {},
                      encounterId,
                      utf8(kFy1DoctorId)});

  // The ward chart: the reason for admission, the regular medicines
  // continued, and pain relief when required.
  QList<RegularMedicine> chart;
  if (reason.condition.medicineKey != nullptr) {
    chart << RegularMedicine{&ClinicalCatalogue::medicine(reason.condition.medicineKey), &reason.condition};
  }
  chart << m_regularMedicines;
  chart << RegularMedicine{&ClinicalCatalogue::painRelief(), nullptr};
  QList<const Medicine*> charted;
  const QDateTime clerked = admitted.addSecs(60LL * m_random.between(60, 180));
  for (const RegularMedicine& entry : chart) {
    if (!mayTake(*entry.medicine) || charted.contains(entry.medicine)) {
      continue;
    }
    charted << entry.medicine;
    PrescriptionFacts facts;
    facts.medicine = entry.medicine;
    facts.category = "inpatient";
    facts.authoredOn = clerked;
    facts.requesterId = utf8(kFy1DoctorId);
    facts.encounterId = encounterId;
    facts.indication = entry.indication;
    m_writer.prescription(facts);
  }

  m_vitals.setContext(encounterId, utf8(ward.nurseId));
  for (const VitalsSet& set : m_physiology->stay(admitted, m_now, m_plan.deteriorating)) {
    m_vitals.addNews2Set(set);
  }
}

void PatientRecordBuilder::addFlags() {
  const std::span<const FlagText> catalogue = ClinicalCatalogue::reasonableAdjustments();
  const int count = m_random.percent(70) ? 1 : 2;
  QList<const FlagText*> chosen;
  while (chosen.size() < count) {
    const FlagText* flag = &m_random.pick(catalogue);
    if (chosen.contains(flag)) {
      continue;
    }
    chosen << flag;
    m_writer.flag(*flag, dateBetween(m_anchor.addYears(-5), m_anchor.addDays(-30)), utf8(m_practice->id));
  }
}

}  // namespace cw::synthetic
