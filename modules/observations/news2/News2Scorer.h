// Scores one NEWS2 observation set as the RCP chart (2017) does: a sub-score
// for every parameter recorded, and the total, clinical risk, minimum
// monitoring and clinical response only for a complete, plausible set.
#pragma once

#include "modules/observations/news2/News2Bands.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace cw::observations {

enum class News2Parameter {
  RespiratoryRate,
  Spo2,
  AirOrOxygen,
  SystolicBP,
  Pulse,
  Consciousness,
  Temperature
};
inline constexpr std::array kNews2Parameters{News2Parameter::RespiratoryRate, News2Parameter::Spo2,
                                             News2Parameter::AirOrOxygen,     News2Parameter::SystolicBP,
                                             News2Parameter::Pulse,           News2Parameter::Consciousness,
                                             News2Parameter::Temperature};

// Values at chart precision (see ChartPrecision.h); empty = not recorded.
// Nothing is ever assumed for a missing item: not air, not Alert, not normal.
struct News2Input {
  std::optional<int> respiratoryRate;  // per minute
  std::optional<int> spo2;             // %
  // Scale 2 only when a clinician has recorded that decision for this patient;
  // never derived from a diagnosis, age or anything else.
  Spo2Scale spo2Scale = Spo2Scale::Scale1;
  std::optional<bool> onOxygen;
  std::optional<int> systolicBP;  // mmHg
  std::optional<int> pulse;       // per minute
  std::optional<Consciousness> consciousness;
  std::optional<int> temperatureTenths;  // 37.5 °C is 375
  // Values outside the plausible range that the clinician has confirmed as
  // real: these are scored instead of refused.
  QList<News2Parameter> confirmed;
};

struct PlausibleRange {
  int low;   // inclusive
  int high;  // inclusive
};

// Outside these a value is a typing error until confirmed. Trust policy may
// set others; these are the defaults.
struct News2PlausibleRanges {
  PlausibleRange respiratoryRate{1, 80};
  PlausibleRange spo2{50, 100};
  PlausibleRange systolicBP{40, 300};
  PlausibleRange pulse{20, 300};
  PlausibleRange temperatureTenths{250, 450};
};

// RCP Chart 4's trigger thresholds; each sets the risk and the monitoring.
enum class News2Trigger { Zero, LowScore, SingleRedScore, Urgent, Emergency };
enum class News2Risk { Low, LowMedium, Medium, High };
enum class News2Monitoring { TwelveHourly, FourToSixHourly, Hourly, Continuous };

struct News2Result {
  // Given for every parameter present and plausible, even in an incomplete
  // set, so a form can colour each as it is typed.
  std::array<std::optional<int>, kNews2Parameters.size()> subscores;
  bool complete = false;     // all seven present and none refused
  std::optional<int> total;  // the rest only when complete
  std::optional<News2Trigger> trigger;
  std::optional<News2Risk> risk;
  std::optional<News2Monitoring> monitoring;
  QString clinicalResponse;
  bool redScore = false;  // any single parameter scored 3
  QList<News2Parameter> missing;
  QStringList errors;  // implausible values, naming the parameter, value and range

  std::optional<int> subscore(News2Parameter parameter) const {
    return subscores[static_cast<std::size_t>(parameter)];
  }
};

class News2Scorer {
 public:
  explicit News2Scorer(const News2PlausibleRanges& ranges = {}) : m_ranges(ranges) {}

  News2Result score(const News2Input& input) const;

 private:
  News2PlausibleRanges m_ranges;
};

// What people read: all translated.
QString parameterName(News2Parameter parameter);
QString missingMessage(News2Parameter parameter);
QString riskText(News2Risk risk);
QString monitoringText(News2Monitoring monitoring);
QString clinicalResponseText(News2Trigger trigger);

}  // namespace cw::observations
