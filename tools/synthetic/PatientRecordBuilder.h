// One patient's whole record: demographics, problem list, allergy record,
// regular medicines, past admissions with discharge summaries, GP reviews,
// flags, and for inpatients the current stay with its observations chart.
#pragma once

#include "core/fhir/NhsNumber.h"
#include "tools/synthetic/ClinicalCatalogue.h"
#include "tools/synthetic/ClinicalRecordWriter.h"
#include "tools/synthetic/CohortPlan.h"
#include "tools/synthetic/DemoPersonas.h"
#include "tools/synthetic/Random.h"
#include "tools/synthetic/ResourceIds.h"
#include "tools/synthetic/TransactionBundle.h"
#include "tools/synthetic/UkNames.h"
#include "tools/synthetic/VitalSignsBuilder.h"
#include "tools/synthetic/VitalSignsSeries.h"

#include <QDate>
#include <QDateTime>
#include <QList>

#include <optional>

namespace cw::synthetic {

class PatientRecordBuilder {
 public:
  // Everything before `anchor` 00:00 UTC, the data set's "now".
  PatientRecordBuilder(const PatientPlan& plan, quint64 seed, const QDate& anchor,
                       const fhir::NhsNumber& nhsNumber, TransactionBundle& bundle);

  void build();

 private:
  struct Problem {
    const Condition* condition;
    QDate onset;
  };
  struct RegularMedicine {
    const Medicine* medicine;
    const Condition* indication;
  };

  void drawPerson();
  void addPatient();
  void addProblems();
  void addAllergies();
  void addRegularMedicines();
  void addHistory();
  void addPastAdmission(int daysAgo);
  void addGpReview(int daysAgo);
  void addCurrentStay();
  void addFlags();

  bool mayTake(const Medicine& medicine) const;
  bool isTaking(const Medicine& medicine) const;
  QDate dateBetween(const QDate& earliest, const QDate& latest);
  QDateTime timeOn(const QDate& day, int earliestHour, int latestHour);
  QString practiceGp() const;

  PatientPlan m_plan;
  TransactionBundle& m_bundle;
  QDate m_anchor;
  QDateTime m_now;
  fhir::NhsNumber m_nhsNumber;
  Random m_random;
  ResourceIds m_ids;
  ClinicalRecordWriter m_writer;
  VitalSignsBuilder m_vitals;

  Gender m_gender = Gender::Unknown;
  int m_age = 0;
  QDate m_birthDate;
  PersonName m_name;
  const DemoOrganization* m_practice = nullptr;
  QList<Problem> m_problems;
  QList<RegularMedicine> m_regularMedicines;  // active ones only
  bool m_penicillinAllergy = false;
  bool m_aspirinAllergy = false;
  bool m_chronicLungDisease = false;
  std::optional<VitalSignsSeries> m_physiology;  // once the problem list is known
};

}  // namespace cw::synthetic
