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

// A set built by changing the normal set one value at a time:
// News2SetBuilder().rr(25).pulse(112).input.
struct News2SetBuilder {
  observations::News2Input input = normalNews2Set();
  News2SetBuilder& rr(int v) { return input.respiratoryRate = v, *this; }
  News2SetBuilder& spo2(int v) { return input.spo2 = v, *this; }
  News2SetBuilder& oxygen() { return input.onOxygen = true, *this; }
  News2SetBuilder& sbp(int v) { return input.systolicBP = v, *this; }
  News2SetBuilder& pulse(int v) { return input.pulse = v, *this; }
  News2SetBuilder& acvpu(observations::Consciousness c) { return input.consciousness = c, *this; }
  News2SetBuilder& tempTenths(int v) { return input.temperatureTenths = v, *this; }
  News2SetBuilder& noTemperature() { return input.temperatureTenths.reset(), *this; }
};

}  // namespace cw::test
