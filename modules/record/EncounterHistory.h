// A patient's encounters (admissions, attendances, consultations), newest
// first, with where they took place and whether they are still going on.
#pragma once

#include "modules/record/RecordSummary.h"

namespace cw::record {

QList<RecordEntry> loadEncounterHistory(const store::Store& store, const QString& patientId, int limit = 500);

}  // namespace cw::record
