// One NEWS2 observation set as it was recorded: when it was taken, the values
// and how they score. What the chart, the ward overview and the history share.
#pragma once

#include "modules/observations/news2/News2Scorer.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace cw::observations {

struct RecordedSet {
  QDateTime taken;  // UTC: the observations' effective time
  News2Input input;
  // Scored again from `input` when read: never a stored number taken on trust.
  News2Result result;
  std::optional<int> diastolicBP;  // recorded, not scored
  QString totalId;                 // the stored NEWS2 total; empty without one
  // Why the set could not be read (e.g. a stored total that disagrees with
  // the chart, H-045). Such a set is shown as refused, never scored.
  QString problem;

  bool isRefused() const { return !problem.isEmpty(); }
};

}  // namespace cw::observations
