// Observation sets the NEWS2 tests start from and change one value at a time.
#pragma once

#include "modules/observations/news2/News2Scorer.h"

namespace cw::test {

// Every parameter present and scoring 0 on Scale 1.
inline observations::News2Input normalNews2Set() {
  observations::News2Input input;
  input.respiratoryRate = 16;
  input.spo2 = 97;
  input.onOxygen = false;
  input.systolicBP = 120;
  input.pulse = 70;
  input.consciousness = observations::Consciousness::Alert;
  input.temperatureTenths = 370;
  return input;
}

}  // namespace cw::test
