// Plausible adult vital signs over a stay: a per-patient baseline with small
// variation between sets, and for deteriorating patients a final run of
// closer-spaced sets that worsen towards a NEWS2 trigger.
#pragma once

#include "tools/synthetic/Random.h"

#include <QDateTime>
#include <QList>

namespace cw::synthetic {

struct VitalsSet {
  QDateTime when;
  int respiratoryRate = 0;   // breaths/min
  int oxygenSaturation = 0;  // %
  bool onOxygen = false;
  int heartRate = 0;          // beats/min
  int temperatureTenths = 0;  // 371 = 37.1 °C
  int systolic = 0;           // mmHg
  int diastolic = 0;
  bool newConfusion = false;  // else alert
};

class VitalSignsSeries {
 public:
  VitalSignsSeries(Random& random, bool chronicLungDisease);

  // Sets every 4 to 12 hours from shortly after `from` to before `until`.
  QList<VitalsSet> stay(const QDateTime& from, const QDateTime& until, bool deteriorating);
  VitalsSet single(const QDateTime& when);

 private:
  VitalsSet around(const QDateTime& when);

  Random& m_random;
  bool m_chronicLungDisease;
  VitalsSet m_baseline;
};

}  // namespace cw::synthetic
