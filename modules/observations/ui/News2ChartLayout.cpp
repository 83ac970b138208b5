#include "modules/observations/ui/News2ChartLayout.h"

#include "modules/observations/news2/News2Tr.h"

#include <QLocale>

#include <algorithm>
#include <limits>
#include <vector>

namespace cw::observations {
namespace {

constexpr int kLowest = std::numeric_limits<int>::min();
constexpr int kHighest = std::numeric_limits<int>::max();

using Format = QString (*)(int);

QString wholeNumber(int value) {
  return QLocale().toString(value);
}

QString tenths(int value) {
  return QLocale().toString(value / 10.0, 'f', 1);
}

// As the RCP chart writes a band: "≤8", "9–11", "≥25".
QString rangeText(int low, int high, Format format) {
  if (low == kLowest) {
    return QStringLiteral("≤%1").arg(format(high));
  }
  if (high == kHighest) {
    return QStringLiteral("≥%1").arg(format(low));
  }
  if (low == high) {
    return format(low);
  }
  return QStringLiteral("%1–%2").arg(format(low), format(high));
}

// Highest values at the top, as on the paper chart.
void appendBands(QList<ChartRow>& rows, ChartBlock block, std::span<const Band> bands,
                 Format format = wholeNumber) {
  for (auto band = bands.rbegin(); band != bands.rend(); ++band) {
    rows.append({block, band->low, band->high, band->score, OxygenCondition::Either,
                 rangeText(band->low, band->high, format)});
  }
}

// The parts of `bands` within [low, high], highest first.
void appendClipped(QList<ChartRow>& rows, std::span<const Band> bands, int low, int high,
                   OxygenCondition condition) {
  for (auto band = bands.rbegin(); band != bands.rend(); ++band) {
    const int from = std::max(band->low, low);
    const int to = std::min(band->high, high);
    if (from > to) {
      continue;
    }
    const QString range = rangeText(from, to, wholeNumber);
    rows.append({ChartBlock::Spo2Scale2, from, to, band->score, condition,
                 condition == OxygenCondition::OnOxygen ? Tr::tr("%1 on oxygen").arg(range)
                                                        : Tr::tr("%1 on air").arg(range)});
  }
}

int bandIndex(std::span<const Band> bands, int value) {
  for (std::size_t i = 0; i < bands.size(); ++i) {
    if (value >= bands[i].low && value <= bands[i].high) {
      return static_cast<int>(i);
    }
  }
  return -1;
}

// Scale 2 as the RCP chart draws it: one row where air and oxygen score a
// value alike, and where they differ the oxygen rows above the air rows
// ("≥97 on oxygen" … "93–94 on oxygen", "≥93 on air"), all from the tables.
void appendSpo2Scale2(QList<ChartRow>& rows) {
  const std::span<const Band> air = spo2Bands(Spo2Scale::Scale2, false);
  const std::span<const Band> oxygen = spo2Bands(Spo2Scale::Scale2, true);
  std::vector<int> lows;
  for (const std::span<const Band>& table : {air, oxygen}) {
    for (const Band& band : table) {
      lows.push_back(band.low);
    }
  }
  std::sort(lows.begin(), lows.end());
  lows.erase(std::unique(lows.begin(), lows.end()), lows.end());
  // Walk the pieces between breakpoints from the top, a run of pieces at a time.
  int k = static_cast<int>(lows.size()) - 1;
  while (k >= 0) {
    const int high = k + 1 < static_cast<int>(lows.size()) ? lows[k + 1] - 1 : kHighest;
    const bool agree = scoreIn(air, lows[k]) == scoreIn(oxygen, lows[k]);
    int low = lows[k];
    if (agree) {
      // Pieces in the same band of both tables are one row.
      while (k > 0 && bandIndex(air, lows[k - 1]) == bandIndex(air, low) &&
             bandIndex(oxygen, lows[k - 1]) == bandIndex(oxygen, low)) {
        low = lows[--k];
      }
      const Band& band = oxygen[bandIndex(oxygen, low)];
      rows.append({ChartBlock::Spo2Scale2, low, high, band.score, OxygenCondition::Either,
                   rangeText(low, high, wholeNumber)});
    } else {
      while (k > 0 && scoreIn(air, lows[k - 1]) != scoreIn(oxygen, lows[k - 1])) {
        low = lows[--k];
      }
      appendClipped(rows, oxygen, low, high, OxygenCondition::OnOxygen);
      appendClipped(rows, air, low, high, OxygenCondition::OnAir);
    }
    --k;
  }
}

QString consciousnessName(Consciousness level) {
  switch (level) {
    case Consciousness::Alert: return Tr::tr("Alert");
    case Consciousness::Confusion: return Tr::tr("New confusion");
    case Consciousness::Voice: return Tr::tr("Voice");
    case Consciousness::Pain: return Tr::tr("Pain");
    case Consciousness::Unresponsive: return Tr::tr("Unresponsive");
  }
  return {};
}

QString consciousnessLetter(Consciousness level) {
  switch (level) {
    case Consciousness::Alert: return Tr::tr("A", "ACVPU: alert");
    case Consciousness::Confusion: return Tr::tr("C", "ACVPU: new confusion");
    case Consciousness::Voice: return Tr::tr("V", "ACVPU: responds to voice");
    case Consciousness::Pain: return Tr::tr("P", "ACVPU: responds to pain");
    case Consciousness::Unresponsive: return Tr::tr("U", "ACVPU: unresponsive");
  }
  return {};
}

bool meets(OxygenCondition condition, std::optional<bool> onOxygen) {
  switch (condition) {
    case OxygenCondition::Either: return true;
    case OxygenCondition::OnAir: return onOxygen == false;
    case OxygenCondition::OnOxygen: return onOxygen == true;
  }
  return false;
}

}  // namespace

News2ChartLayout::News2ChartLayout() {
  appendBands(m_rows, ChartBlock::RespiratoryRate, respiratoryRateBands());
  appendBands(m_rows, ChartBlock::Spo2Scale1, spo2Bands(Spo2Scale::Scale1, false));
  appendSpo2Scale2(m_rows);
  m_rows.append(
      {ChartBlock::AirOrOxygen, 0, 0, airOrOxygenScore(false), OxygenCondition::Either, Tr::tr("Air")});
  m_rows.append(
      {ChartBlock::AirOrOxygen, 1, 1, airOrOxygenScore(true), OxygenCondition::Either, Tr::tr("Oxygen")});
  appendBands(m_rows, ChartBlock::SystolicBP, systolicBPBands());
  appendBands(m_rows, ChartBlock::Pulse, pulseBands());
  // A row each for C, V, P and U: the chart then shows which was recorded.
  for (const Consciousness level : {Consciousness::Alert, Consciousness::Confusion, Consciousness::Voice,
                                    Consciousness::Pain, Consciousness::Unresponsive}) {
    const int value = static_cast<int>(level);
    m_rows.append({ChartBlock::Consciousness, value, value, consciousnessScore(level),
                   OxygenCondition::Either, consciousnessName(level)});
  }
  appendBands(m_rows, ChartBlock::Temperature, temperatureTenthsBands(), tenths);
  m_rows.append({ChartBlock::Total, 0, 0, 0, OxygenCondition::Either, QString()});
}

void News2ChartLayout::setSets(QList<RecordedSet> sets) {
  std::stable_sort(sets.begin(), sets.end(),
                   [](const RecordedSet& a, const RecordedSet& b) { return a.taken < b.taken; });
  m_sets = std::move(sets);
}

int News2ChartLayout::firstRow(ChartBlock block) const {
  for (int row = 0; row < m_rows.size(); ++row) {
    if (m_rows.at(row).block == block) {
      return row;
    }
  }
  return -1;
}

int News2ChartLayout::rowCount(ChartBlock block) const {
  return static_cast<int>(std::count_if(m_rows.begin(), m_rows.end(),
                                        [block](const ChartRow& row) { return row.block == block; }));
}

QString News2ChartLayout::blockName(ChartBlock block) {
  switch (block) {
    case ChartBlock::RespiratoryRate: return Tr::tr("Respirations (per min)");
    case ChartBlock::Spo2Scale1: return Tr::tr("SpO2 Scale 1 (%)");
    case ChartBlock::Spo2Scale2: return Tr::tr("SpO2 Scale 2 (%)");
    case ChartBlock::AirOrOxygen: return Tr::tr("Air or oxygen");
    case ChartBlock::SystolicBP: return Tr::tr("Systolic BP (mmHg)");
    case ChartBlock::Pulse: return Tr::tr("Pulse (per min)");
    case ChartBlock::Consciousness: return Tr::tr("Consciousness");
    case ChartBlock::Temperature: return Tr::tr("Temperature (°C)");
    case ChartBlock::Total: return Tr::tr("NEWS2 total");
  }
  return {};
}

std::optional<int> News2ChartLayout::rowFor(int column, News2Parameter parameter) const {
  if (column < 0 || column >= m_sets.size()) {
    return std::nullopt;
  }
  return rowFor(m_sets.at(column), parameter);
}

std::optional<int> News2ChartLayout::rowFor(const RecordedSet& set, News2Parameter parameter) const {
  const std::optional<int> score = set.result.subscore(parameter);
  if (!score) {
    return std::nullopt;  // not recorded, or refused until confirmed
  }
  const News2Input& input = set.input;
  ChartBlock block = ChartBlock::Total;
  std::optional<int> value;
  switch (parameter) {
    case News2Parameter::RespiratoryRate:
      block = ChartBlock::RespiratoryRate;
      value = input.respiratoryRate;
      break;
    case News2Parameter::Spo2:
      block = spo2Block(set);
      value = input.spo2;
      break;
    case News2Parameter::AirOrOxygen:
      block = ChartBlock::AirOrOxygen;
      if (input.onOxygen) {
        value = *input.onOxygen ? 1 : 0;
      }
      break;
    case News2Parameter::SystolicBP:
      block = ChartBlock::SystolicBP;
      value = input.systolicBP;
      break;
    case News2Parameter::Pulse:
      block = ChartBlock::Pulse;
      value = input.pulse;
      break;
    case News2Parameter::Consciousness:
      block = ChartBlock::Consciousness;
      if (input.consciousness) {
        value = static_cast<int>(*input.consciousness);
      }
      break;
    case News2Parameter::Temperature:
      block = ChartBlock::Temperature;
      value = input.temperatureTenths;
      break;
  }
  if (!value) {
    return std::nullopt;
  }
  for (int row = 0; row < m_rows.size(); ++row) {
    const ChartRow& candidate = m_rows.at(row);
    if (candidate.block == block && *value >= candidate.low && *value <= candidate.high &&
        meets(candidate.condition, input.onOxygen)) {
      // A row whose colour disagreed with the set's score would show a state
      // that is not true; the tables are shared, so this does not happen.
      return candidate.score == *score ? std::optional<int>(row) : std::nullopt;
    }
  }
  return std::nullopt;
}

QString News2ChartLayout::valueText(const RecordedSet& set, News2Parameter parameter) {
  const News2Input& input = set.input;
  switch (parameter) {
    case News2Parameter::RespiratoryRate:
      return input.respiratoryRate ? wholeNumber(*input.respiratoryRate) : QString();
    case News2Parameter::Spo2: return input.spo2 ? wholeNumber(*input.spo2) : QString();
    case News2Parameter::AirOrOxygen:
      if (!input.onOxygen) {
        return {};
      }
      return *input.onOxygen ? Tr::tr("O₂", "on oxygen, in a chart cell") : Tr::tr("Air", "in a chart cell");
    case News2Parameter::SystolicBP: return input.systolicBP ? wholeNumber(*input.systolicBP) : QString();
    case News2Parameter::Pulse: return input.pulse ? wholeNumber(*input.pulse) : QString();
    case News2Parameter::Consciousness:
      return input.consciousness ? consciousnessLetter(*input.consciousness) : QString();
    case News2Parameter::Temperature:
      return input.temperatureTenths ? tenths(*input.temperatureTenths) : QString();
  }
  return {};
}

ChartBlock News2ChartLayout::spo2Block(const RecordedSet& set) {
  return set.input.spo2Scale == Spo2Scale::Scale2 ? ChartBlock::Spo2Scale2 : ChartBlock::Spo2Scale1;
}

QList<int> News2ChartLayout::scaleChangeColumns() const {
  QList<int> columns;
  for (int column = 1; column < m_sets.size(); ++column) {
    if (m_sets.at(column).input.spo2Scale != m_sets.at(column - 1).input.spo2Scale) {
      columns.append(column);
    }
  }
  return columns;
}

int News2ChartLayout::firstColumnOfInitialRange() const {
  if (m_sets.isEmpty()) {
    return 0;
  }
  const QDateTime from = m_sets.last().taken.addSecs(-kInitialRangeSecs);
  const auto first =
      std::lower_bound(m_sets.begin(), m_sets.end(), from,
                       [](const RecordedSet& set, const QDateTime& t) { return set.taken < t; });
  return static_cast<int>(first - m_sets.begin());
}

QString News2ChartLayout::totalText(const RecordedSet& set) {
  if (!set.result.complete || !set.result.total) {
    return Tr::tr("Incomplete");
  }
  return wholeNumber(*set.result.total);
}

}  // namespace cw::observations
