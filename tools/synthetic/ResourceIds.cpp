#include "tools/synthetic/ResourceIds.h"

namespace cw::synthetic {

ResourceIds::ResourceIds(int patientIndex)
    : m_number(QString::number(patientIndex).rightJustified(6, QLatin1Char('0'))),
      m_patient(QStringLiteral("pat-") + m_number) {}

QString ResourceIds::next(QLatin1String prefix) {
  const int n = ++m_counters[prefix];
  return QString(prefix) + QLatin1Char('-') + m_number + QLatin1Char('-') + QString::number(n);
}

}  // namespace cw::synthetic
