// The FHIR shape of one patient's clinical resources (Encounter, Condition,
// AllergyIntolerance, MedicationRequest, Flag, DocumentReference), UK Core
// style; what goes into them is PatientRecordBuilder's business.
#pragma once

#include "tools/synthetic/ClinicalCatalogue.h"
#include "tools/synthetic/DischargeLetter.h"
#include "tools/synthetic/ResourceIds.h"
#include "tools/synthetic/TransactionBundle.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace cw::synthetic {

struct EncounterFacts {
  bool inpatient = true;  // else a GP consultation
  bool inProgress = false;
  QDateTime start;
  QDateTime end;       // unused while in progress
  QString locationId;  // a bed or ward; empty for GP consultations
  QString locationName;
  QString organizationId;
  QString practitionerId;  // attending clinician; may be empty
  const Condition* reason = nullptr;
};

struct ConditionFacts {
  const Condition* code = nullptr;
  bool active = true;               // else resolved
  bool confirmed = true;            // else provisional
  bool encounterDiagnosis = false;  // else on the problem list
  QDate onset;
  QDate abatement;  // resolved conditions only
  QString encounterId;
  QString recorderId;  // may be empty
};

enum class PrescriptionStatus { Active, Stopped, Completed };

struct PrescriptionFacts {
  const Medicine* medicine = nullptr;
  PrescriptionStatus status = PrescriptionStatus::Active;
  QString stopReason;                  // Stopped only
  const char* category = "community";  // inpatient | community | discharge
  QDateTime authoredOn;
  QString requesterId;
  QString encounterId;  // may be empty
  const Condition* indication = nullptr;
};

class ClinicalRecordWriter {
 public:
  ClinicalRecordWriter(ResourceIds& ids, TransactionBundle& bundle);

  QString encounter(const EncounterFacts& facts);  // returns the id
  void condition(const ConditionFacts& facts);
  void allergy(const Allergy& allergy, const QDate& recorded, const QString& recorderId);
  void noKnownAllergy(const QDate& recorded, const QString& recorderId);
  void prescription(const PrescriptionFacts& facts);
  void flag(const FlagText& flag, const QDate& start, const QString& organizationId);
  void dischargeSummary(const DischargeLetter& letter, const QDateTime& written, const QString& encounterId,
                        const QDateTime& admitted, const QString& authorId);

 private:
  QJsonObject subject() const;

  ResourceIds& m_ids;
  TransactionBundle& m_bundle;
};

}  // namespace cw::synthetic
