#include "modules/observations/ui/ScoreColours.h"

#include "core/ui/NhsStyle.h"

namespace cw::observations {

QColor scoreBackground(int score) {
  switch (score) {
    case 0: return QColor(Qt::white);
    case 1: return QColor(0xFF, 0xF2, 0x9E);
    case 2: return QColor(0xF9, 0xB9, 0x74);
    default: return QColor(0xC4, 0x30, 0x2B);  // 5.5:1 with white text
  }
}

QColor scoreForeground(int score) {
  return score >= 3 ? QColor(Qt::white) : ui::colours::kNhsBlack;
}

std::optional<int> totalColourScore(const News2Result& result) {
  if (!result.complete || !result.total) {
    return std::nullopt;
  }
  const int total = *result.total;
  if (total >= 7) {
    return 3;
  }
  if (total >= 5) {
    return 2;
  }
  return total >= 1 ? 1 : 0;
}

}  // namespace cw::observations
