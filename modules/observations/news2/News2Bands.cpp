#include "modules/observations/news2/News2Bands.h"

#include <QtGlobal>

#include <array>
#include <limits>

namespace cw::observations {
namespace {

constexpr int kLowest = std::numeric_limits<int>::min();
constexpr int kHighest = std::numeric_limits<int>::max();

// RCP Chart 1, row by row.
constexpr std::array kRespiratoryRate{Band{kLowest, 8, 3}, Band{9, 11, 1}, Band{12, 20, 0}, Band{21, 24, 2},
                                      Band{25, kHighest, 3}};
constexpr std::array kSpo2Scale1{Band{kLowest, 91, 3}, Band{92, 93, 2}, Band{94, 95, 1},
                                 Band{96, kHighest, 0}};
// Scale 2 on air: every saturation of 88% or more scores 0; only oxygen makes
// a high saturation score on this scale.
constexpr std::array kSpo2Scale2Air{Band{kLowest, 83, 3}, Band{84, 85, 2}, Band{86, 87, 1},
                                    Band{88, kHighest, 0}};
constexpr std::array kSpo2Scale2Oxygen{Band{kLowest, 83, 3}, Band{84, 85, 2}, Band{86, 87, 1},
                                       Band{88, 92, 0},      Band{93, 94, 1}, Band{95, 96, 2},
                                       Band{97, kHighest, 3}};
constexpr std::array kSystolicBP{Band{kLowest, 90, 3}, Band{91, 100, 2}, Band{101, 110, 1}, Band{111, 219, 0},
                                 Band{220, kHighest, 3}};
constexpr std::array kPulse{Band{kLowest, 40, 3}, Band{41, 50, 1},   Band{51, 90, 0},
                            Band{91, 110, 1},     Band{111, 130, 2}, Band{131, kHighest, 3}};
constexpr std::array kTemperatureTenths{Band{kLowest, 350, 3}, Band{351, 360, 1}, Band{361, 380, 0},
                                        Band{381, 390, 1}, Band{391, kHighest, 2}};

}  // namespace

std::span<const Band> respiratoryRateBands() {
  return kRespiratoryRate;
}

std::span<const Band> spo2Bands(Spo2Scale scale, bool onOxygen) {
  if (scale == Spo2Scale::Scale1) {
    return kSpo2Scale1;
  }
  return onOxygen ? std::span<const Band>(kSpo2Scale2Oxygen) : std::span<const Band>(kSpo2Scale2Air);
}

std::span<const Band> systolicBPBands() {
  return kSystolicBP;
}
std::span<const Band> pulseBands() {
  return kPulse;
}
std::span<const Band> temperatureTenthsBands() {
  return kTemperatureTenths;
}

int scoreIn(std::span<const Band> bands, int value) {
  for (const Band& band : bands) {
    if (value >= band.low && value <= band.high) {
      return band.score;
    }
  }
  Q_UNREACHABLE();  // every table covers every int
  return 3;
}

int airOrOxygenScore(bool onOxygen) {
  return onOxygen ? 2 : 0;
}

int consciousnessScore(Consciousness level) {
  return level == Consciousness::Alert ? 0 : 3;
}

}  // namespace cw::observations
