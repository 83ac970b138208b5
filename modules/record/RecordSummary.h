// The summary a clinician reads first: current allergies and adverse
// reactions, active problems, current medications and flags (reasonable
// adjustments, alerts). Entered-in-error and refuted entries never appear;
// ended or resolved ones belong to the history, not the summary.
#pragma once

#include <QList>
#include <QString>

namespace cw::store {
class Store;
}

namespace cw::record {

struct RecordEntry {
  QString title;    // the substance, problem, medicine or flag, as recorded
  QString detail;   // reactions, dosage, category
  QString when;     // recorded, onset or authored, at its recorded precision
  QString caution;  // what must not be missed: "High criticality", "Unconfirmed", "On hold"
};

struct RecordSummary {
  QList<RecordEntry> allergies;
  QList<RecordEntry> problems;
  QList<RecordEntry> medications;
  QList<RecordEntry> flags;
};

RecordSummary loadRecordSummary(const store::Store& store, const QString& patientId);

}  // namespace cw::record
