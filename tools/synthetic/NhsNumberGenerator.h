// Unique NHS numbers from the 999 test range ("999 000 0000" to "999 999 9999"),
// which is never issued to real people, each with a valid Modulus 11 check digit.
#pragma once

#include "core/fhir/NhsNumber.h"

#include <QtGlobal>

namespace cw::synthetic {

class NhsNumberGenerator {
 public:
  // About 909,000 of the million candidates have a check digit; more numbers
  // than that cannot be drawn.
  static constexpr int kCapacity = 900000;

  explicit NhsNumberGenerator(quint64 seed);

  // The next number of a seed-dependent order; never repeats.
  fhir::NhsNumber next();

 private:
  static constexpr quint32 kBodies = 1000000;  // the six digits after "999"

  // k -> (m_step * k + m_offset) mod 10^6 visits every body once because
  // m_step is coprime to 10^6.
  quint32 m_step = 1;
  quint32 m_offset = 0;
  quint32 m_index = 0;
};

}  // namespace cw::synthetic
