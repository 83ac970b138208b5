// The RCP NEWS2 chart's colours for a parameter's score, shared by the entry
// form and the chart so a score looks the same everywhere. Colour is never
// the only cue: the score itself is always written beside it.
#pragma once

#include <QColor>

namespace cw::observations {

// Score 0 white, 1 yellow, 2 orange, 3 red, as on the RCP chart.
QColor scoreBackground(int score);
// Text that reads on scoreBackground(score) at WCAG AA contrast.
QColor scoreForeground(int score);

}  // namespace cw::observations
