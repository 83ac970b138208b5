#include "tools/synthetic/VitalSignsSeries.h"

#include <algorithm>

namespace cw::synthetic {

VitalSignsSeries::VitalSignsSeries(Random& random, bool chronicLungDisease)
    : m_random(random), m_chronicLungDisease(chronicLungDisease) {
  m_baseline.respiratoryRate = m_random.between(13, 18);
  // Chronic lung disease: lower usual saturations (targets of 88-92% are
  // a clinician's decision, which the data does not make for them).
  m_baseline.oxygenSaturation = chronicLungDisease ? m_random.between(91, 94) : m_random.between(95, 99);
  m_baseline.heartRate = m_random.between(60, 90);
  m_baseline.temperatureTenths = m_random.between(362, 372);
  m_baseline.systolic = m_random.between(105, 150);
  m_baseline.diastolic = m_random.between(60, 88);
}

VitalsSet VitalSignsSeries::around(const QDateTime& when) {
  VitalsSet set = m_baseline;
  set.when = when;
  set.respiratoryRate += m_random.between(-2, 2);
  set.oxygenSaturation = std::min(100, set.oxygenSaturation + m_random.between(-1, 1));
  set.heartRate += m_random.between(-6, 6);
  set.temperatureTenths += m_random.between(-3, 3);
  set.systolic += m_random.between(-8, 8);
  set.diastolic += m_random.between(-5, 5);
  return set;
}

VitalsSet VitalSignsSeries::single(const QDateTime& when) {
  return around(when);
}

QList<VitalsSet> VitalSignsSeries::stay(const QDateTime& from, const QDateTime& until, bool deteriorating) {
  const int worseningSets = deteriorating ? m_random.between(2, 4) : 0;
  // Sicker patients are observed more often, so the worsening run is hourly
  // to two-hourly and ends shortly before `until`.
  const QDateTime regularUntil = until.addSecs(-60LL * 120 * (worseningSets + 1));
  QList<VitalsSet> sets;
  QDateTime when = from.addSecs(60LL * m_random.between(30, 90));
  while (when < regularUntil) {
    sets << around(when);
    when = when.addSecs(60LL * m_random.between(4 * 60, 12 * 60));
  }
  if (worseningSets == 0) {
    return sets;
  }
  const int severity = m_random.between(1, 3);
  when = std::max(regularUntil, from).addSecs(60LL * m_random.between(15, 60));
  if (!sets.isEmpty()) {
    when = std::min(when, sets.last().when.addSecs(12LL * 60 * 60));  // never more than 12 h apart
  }
  for (int step = 1; step <= worseningSets && when < until; ++step) {
    VitalsSet set = around(when);
    const auto worse = [&](int full) { return full * step / worseningSets; };
    set.respiratoryRate += worse(4 + 3 * severity);
    set.oxygenSaturation -= worse(2 + 2 * severity);
    set.heartRate += worse(12 + 8 * severity);
    set.temperatureTenths += worse(6 + 4 * severity);
    set.systolic -= worse(8 + 8 * severity);
    set.diastolic -= worse(4 + 4 * severity);
    if (set.oxygenSaturation < (m_chronicLungDisease ? 88 : 92)) {
      set.onOxygen = true;
      set.oxygenSaturation += 3;
    }
    set.newConfusion = severity == 3 && step == worseningSets;
    sets << set;
    when = when.addSecs(60LL * m_random.between(60, 120));
  }
  return sets;
}

}  // namespace cw::synthetic
