// Readable, stable resource ids for one patient's record ("pat-000012",
// "obs-000012-37"): the same seed-independent id for the same slot, so a
// regenerated set replaces the old one on a server instead of adding to it.
#pragma once

#include <QHash>
#include <QLatin1String>
#include <QString>

namespace cw::synthetic {

class ResourceIds {
 public:
  explicit ResourceIds(int patientIndex);

  QString patient() const { return m_patient; }
  // The next id for a resource of the patient: "<prefix>-<patient>-<n>".
  QString next(QLatin1String prefix);

 private:
  QString m_number;  // "000012"
  QString m_patient;
  QHash<QLatin1String, int> m_counters;
};

}  // namespace cw::synthetic
