// The trust's NEWS2 policy as configured (plausible ranges, intervals between
// sets, escalation response times), with the RCP defaults for whatever is
// not set. The setting schema has already refused anything looser than the
// RCP allows.
#pragma once

#include "modules/observations/news2/DueTime.h"
#include "modules/observations/news2/EscalationPolicy.h"
#include "modules/observations/news2/News2Scorer.h"

namespace cw::config {
class EffectiveConfig;
}

namespace cw::observations {

struct News2Policy {
  News2PlausibleRanges ranges;
  MonitoringIntervals intervals;
  EscalationPolicy escalation;
};

// Null config (no configuration at all): the defaults.
News2Policy news2Policy(const config::EffectiveConfig* config);

}  // namespace cw::observations
