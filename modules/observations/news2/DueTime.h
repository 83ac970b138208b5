// When the next NEWS2 set is due, from the set's time and its minimum
// monitoring band. A trust may monitor more often than the RCP minimum,
// never less often.
#pragma once

#include "modules/observations/news2/News2Scorer.h"

#include <QDateTime>

#include <chrono>
#include <optional>

namespace cw::observations {

// Trust intervals per band; the defaults are the RCP maxima. Continuous
// monitoring has no interval: the next set is due at once.
struct MonitoringIntervals {
  std::chrono::minutes twelveHourly = std::chrono::hours(12);
  std::chrono::minutes fourToSixHourly = std::chrono::hours(6);  // a trust may choose 4
  std::chrono::minutes hourly = std::chrono::hours(1);
};

struct NextSetDue {
  QDateTime due;
  // The configured interval was longer than the RCP allows (or negative) and
  // the RCP maximum was used instead: the configuration is wrong and the UI
  // or log should say so.
  bool clamped = false;
};

// No band (an incomplete set) is due at once: the set must be completed, so
// it is never "not due".
NextSetDue nextSetDue(const QDateTime& setTime, std::optional<News2Monitoring> monitoring,
                      const MonitoringIntervals& intervals = {});

// Overdue only once the due time has passed: at the due time itself the set
// is due, not yet overdue.
bool isOverdue(const QDateTime& due, const QDateTime& now);

}  // namespace cw::observations
