// The RCP NEWS2 scoring table (Chart 1, 2017) as data: one list of inclusive
// bands per parameter, and per SpO2 scale and air/oxygen. Values are at chart
// precision: whole numbers, temperature in tenths of a degree.
#pragma once

#include <span>

namespace cw::observations {

struct Band {
  int low;   // inclusive
  int high;  // inclusive
  int score;
};

enum class Spo2Scale { Scale1 = 1, Scale2 = 2 };

// ACVPU; Confusion means new confusion (NEWS2 added it because acutely
// confused patients had been charted as Alert).
enum class Consciousness { Alert, Confusion, Voice, Pain, Unresponsive };

// The list a value is scored against. A table covers every int, so a value
// always has a score; plausibility is checked before scoring, not here.
std::span<const Band> respiratoryRateBands();
std::span<const Band> spo2Bands(Spo2Scale scale, bool onOxygen);
std::span<const Band> systolicBPBands();
std::span<const Band> pulseBands();
std::span<const Band> temperatureTenthsBands();

int scoreIn(std::span<const Band> bands, int value);

// Air 0, any supplemental oxygen 2.
int airOrOxygenScore(bool onOxygen);
// Alert 0; C, V, P and U 3.
int consciousnessScore(Consciousness level);

}  // namespace cw::observations
