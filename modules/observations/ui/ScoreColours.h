// The RCP NEWS2 chart's colours for a parameter's score, shared by the entry
// form and the chart so a score looks the same everywhere. Colour is never
// the only cue: the score itself is always written beside it.
#pragma once

#include "modules/observations/news2/News2Scorer.h"

#include <QColor>

#include <optional>

namespace cw::observations {

// Score 0 white, 1 yellow, 2 orange, 3 red, as on the RCP chart.
QColor scoreBackground(int score);
// Text that reads on scoreBackground(score) at WCAG AA contrast.
QColor scoreForeground(int score);

// The score whose colour a NEWS2 total is shown on (RCP Chart 4 bands: 0,
// 1–4, 5–6, 7 and over); empty for an incomplete set, which has no total.
std::optional<int> totalColourScore(const News2Result& result);

}  // namespace cw::observations
