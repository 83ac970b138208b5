#include "modules/observations/News2Policy.h"

#include "core/config/EffectiveConfig.h"
#include "core/config/SettingSchema.h"

namespace cw::observations {
namespace {

void readRange(const config::EffectiveConfig& config, const char* key, PlausibleRange& range) {
  const config::SettingDefinition* definition = config::findSetting(QLatin1String(key));
  if (const std::optional<config::SettingRange> read = parseRange(*definition, config.text(key))) {
    range = {read->low, read->high};
  }
}

void readMinutes(const config::EffectiveConfig& config, const char* key, std::chrono::minutes& minutes) {
  if (const int value = config.integer(key); value > 0) {
    minutes = std::chrono::minutes(value);
  }
}

}  // namespace

News2Policy news2Policy(const config::EffectiveConfig* config) {
  News2Policy policy;
  if (config == nullptr) {
    return policy;
  }
  namespace keys = config::keys;
  readRange(*config, keys::kNews2RangeRespiratoryRate, policy.ranges.respiratoryRate);
  readRange(*config, keys::kNews2RangeSpo2, policy.ranges.spo2);
  readRange(*config, keys::kNews2RangeSystolicBP, policy.ranges.systolicBP);
  readRange(*config, keys::kNews2RangePulse, policy.ranges.pulse);
  readRange(*config, keys::kNews2RangeTemperature, policy.ranges.temperatureTenths);
  readMinutes(*config, keys::kNews2IntervalLowMinutes, policy.intervals.twelveHourly);
  readMinutes(*config, keys::kNews2IntervalLowMediumMinutes, policy.intervals.fourToSixHourly);
  readMinutes(*config, keys::kNews2IntervalHourlyMinutes, policy.intervals.hourly);
  readMinutes(*config, keys::kNews2RespondSingleRedMinutes, policy.escalation.singleRedScore.respondWithin);
  readMinutes(*config, keys::kNews2RespondUrgentMinutes, policy.escalation.urgent.respondWithin);
  readMinutes(*config, keys::kNews2RespondEmergencyMinutes, policy.escalation.emergency.respondWithin);
  return policy;
}

}  // namespace cw::observations
