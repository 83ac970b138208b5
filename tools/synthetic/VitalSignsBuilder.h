// Vital-sign Observations shaped as UK Core: category vital-signs, SNOMED CT
// and LOINC codings, UCUM units, status final; plus the ACVPU and inspired
// oxygen observations a NEWS2 chart needs.
#pragma once

#include "tools/synthetic/ResourceIds.h"
#include "tools/synthetic/TransactionBundle.h"
#include "tools/synthetic/VitalSignsSeries.h"

#include <QString>

namespace cw::synthetic {

class VitalSignsBuilder {
 public:
  VitalSignsBuilder(ResourceIds& ids, TransactionBundle& bundle);

  // `performerId` (a Practitioner) may be empty.
  void setContext(const QString& encounterId, const QString& performerId);

  // All seven NEWS2 parameters: respiration, SpO2, air or oxygen, BP,
  // pulse, consciousness, temperature.
  void addNews2Set(const VitalsSet& set);
  // What a GP review records: blood pressure and pulse.
  void addClinicReading(const VitalsSet& set);

 private:
  // UK Core's inspired-oxygen example has no category.
  enum class Category { None, VitalSigns, Survey };

  QJsonObject observation(const VitalsSet& set, const QJsonObject& code, Category category);
  void addQuantity(const VitalsSet& set, const QJsonObject& code, double value, const char* unit,
                   const char* ucum);
  void addBloodPressure(const VitalsSet& set);

  ResourceIds& m_ids;
  TransactionBundle& m_bundle;
  QString m_encounterId;
  QString m_performerId;
};

}  // namespace cw::synthetic
