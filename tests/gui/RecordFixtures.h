// Resources for the record viewer's tests, written as JSON a server would
// send (kept out of the test's Q_OBJECT file: moc cannot read raw strings).
#pragma once

#include "core/fhir/Resource.h"

#include <QList>
#include <QString>

namespace cw::test {

fhir::Resource withJson(const char* json);
fhir::Resource allergy(const QString& id, const QString& patientId, const QString& code,
                       const QString& display, const QString& clinicalStatus = QStringLiteral("active"));
// A body temperature of Patient/pat-1, `value` written as given.
fhir::Resource temperature(const char* id, const char* when, const char* value);
// A MedicationRequest of Patient/pat-1.
fhir::Resource prescription(const QString& id, const QString& medicine, const QString& dosage,
                            const QString& status = QStringLiteral("active"));
// Patient/pat-r, PDS "restricted", NHS number 9434765919.
fhir::Resource restrictedPatient();
// Valid R4 for Patient/pat-1 that uses FHIR's corners: unknown extensions,
// a contained Medication, a Range value, dataAbsentReason, an empty code,
// blood pressure components diastolic first, a document held elsewhere.
QList<fhir::Resource> cornerCaseResources();
// Ward 7, its bed 3, Patient/pat-1 (943 476 5919) and their admission there.
QList<fhir::Resource> wardSevenAdmission();

}  // namespace cw::test
