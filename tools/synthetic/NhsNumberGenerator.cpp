#include "tools/synthetic/NhsNumberGenerator.h"

#include "tools/synthetic/Random.h"

namespace cw::synthetic {

NhsNumberGenerator::NhsNumberGenerator(quint64 seed) {
  Random random(seed, 0x4E48534EULL);  // a stream of its own, apart from the patients'
  m_step = static_cast<quint32>(random.below(kBodies)) | 1U;
  if (m_step % 5 == 0) {
    m_step += 2;
  }
  m_offset = static_cast<quint32>(random.below(kBodies));
}

fhir::NhsNumber NhsNumberGenerator::next() {
  for (;;) {
    Q_ASSERT(m_index < kBodies);
    const quint64 body = (static_cast<quint64>(m_step) * m_index + m_offset) % kBodies;
    ++m_index;
    const QString nine = QStringLiteral("999") + QString::number(body).rightJustified(6, QLatin1Char('0'));
    if (const std::optional<int> check = fhir::NhsNumber::checkDigit(nine)) {
      if (const auto number = fhir::NhsNumber::parse(nine + QString::number(*check))) {
        return *number;
      }
    }
  }
}

}  // namespace cw::synthetic
