#include "modules/observations/news2/DueTime.h"

namespace cw::observations {
namespace {

struct Interval {
  std::chrono::minutes length;
  bool clamped;
};

Interval withinRcp(std::chrono::minutes configured, std::chrono::minutes rcpMaximum) {
  if (configured > rcpMaximum || configured < std::chrono::minutes::zero()) {
    return {rcpMaximum, true};
  }
  return {configured, false};
}

Interval interval(News2Monitoring monitoring, const MonitoringIntervals& intervals) {
  switch (monitoring) {
    case News2Monitoring::TwelveHourly: return withinRcp(intervals.twelveHourly, std::chrono::hours(12));
    case News2Monitoring::FourToSixHourly: return withinRcp(intervals.fourToSixHourly, std::chrono::hours(6));
    case News2Monitoring::Hourly: return withinRcp(intervals.hourly, std::chrono::hours(1));
    case News2Monitoring::Continuous: break;
  }
  return {std::chrono::minutes::zero(), false};
}

}  // namespace

NextSetDue nextSetDue(const QDateTime& setTime, std::optional<News2Monitoring> monitoring,
                      const MonitoringIntervals& intervals) {
  if (!monitoring) {
    return {setTime, false};
  }
  const Interval next = interval(*monitoring, intervals);
  return {setTime.addSecs(std::chrono::duration_cast<std::chrono::seconds>(next.length).count()),
          next.clamped};
}

bool isOverdue(const QDateTime& due, const QDateTime& now) {
  return now > due;
}

}  // namespace cw::observations
