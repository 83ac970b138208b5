#include "modules/observations/news2/News2Scorer.h"

#include "modules/observations/news2/News2Tr.h"

#include <cstdlib>

namespace cw::observations {
namespace {

struct TriggerRow {
  News2Trigger trigger;
  News2Risk risk;
  News2Monitoring monitoring;
};

// RCP Chart 4.
constexpr std::array kTriggers{
    TriggerRow{News2Trigger::Zero, News2Risk::Low, News2Monitoring::TwelveHourly},
    TriggerRow{News2Trigger::LowScore, News2Risk::Low, News2Monitoring::FourToSixHourly},
    TriggerRow{News2Trigger::SingleRedScore, News2Risk::LowMedium, News2Monitoring::Hourly},
    TriggerRow{News2Trigger::Urgent, News2Risk::Medium, News2Monitoring::Hourly},
    TriggerRow{News2Trigger::Emergency, News2Risk::High, News2Monitoring::Continuous}};

// A single 3 matters only below 5: from 5 the aggregate already asks for more.
News2Trigger triggerFor(int total, bool redScore) {
  if (total >= 7) {
    return News2Trigger::Emergency;
  }
  if (total >= 5) {
    return News2Trigger::Urgent;
  }
  if (redScore) {
    return News2Trigger::SingleRedScore;
  }
  return total == 0 ? News2Trigger::Zero : News2Trigger::LowScore;
}

QString valueText(News2Parameter parameter, int value) {
  switch (parameter) {
    case News2Parameter::RespiratoryRate:
    case News2Parameter::Pulse: return Tr::tr("%1/min").arg(value);
    case News2Parameter::Spo2: return Tr::tr("%1%").arg(value);
    case News2Parameter::SystolicBP: return Tr::tr("%1 mmHg").arg(value);
    case News2Parameter::Temperature: {
      const QString number = QStringLiteral("%1%2.%3")
                                 .arg(value < 0 ? QStringLiteral("-") : QString())
                                 .arg(std::abs(value / 10))
                                 .arg(std::abs(value % 10));
      return Tr::tr("%1 °C").arg(number);
    }
    case News2Parameter::AirOrOxygen:
    case News2Parameter::Consciousness: break;
  }
  return QString::number(value);
}

class SetScorer {
 public:
  SetScorer(const News2Input& input, News2Result& result) : m_input(input), m_result(result) {}

  // A measured value: missing, refused as implausible, or scored.
  void measured(News2Parameter parameter, std::optional<int> value, PlausibleRange range,
                std::span<const Band> bands) {
    if (!value) {
      m_result.missing.append(parameter);
      return;
    }
    if (!plausible(parameter, *value, range)) {
      return;
    }
    set(parameter, scoreIn(bands, *value));
  }

  void spo2(PlausibleRange range) {
    const News2Parameter parameter = News2Parameter::Spo2;
    if (!m_input.spo2) {
      m_result.missing.append(parameter);
      return;
    }
    const int value = *m_input.spo2;
    if (!plausible(parameter, value, range)) {
      return;
    }
    if (m_input.onOxygen) {
      set(parameter, scoreIn(spo2Bands(m_input.spo2Scale, *m_input.onOxygen), value));
      return;
    }
    // Air or oxygen not yet recorded: a score only where both rows agree.
    const int onAir = scoreIn(spo2Bands(m_input.spo2Scale, false), value);
    if (onAir == scoreIn(spo2Bands(m_input.spo2Scale, true), value)) {
      set(parameter, onAir);
    }
  }

  template <typename T, typename ScoreOf>
  void categorical(News2Parameter parameter, const std::optional<T>& value, ScoreOf scoreOf) {
    if (!value) {
      m_result.missing.append(parameter);
      return;
    }
    set(parameter, scoreOf(*value));
  }

 private:
  bool plausible(News2Parameter parameter, int value, PlausibleRange range) {
    if ((value >= range.low && value <= range.high) || m_input.confirmed.contains(parameter)) {
      return true;
    }
    m_result.errors.append(Tr::tr("%1 %2 is outside the plausible range %3 to %4: treat it as a typing "
                                  "error until it is confirmed. Check it, and confirm it if it is right.")
                               .arg(parameterName(parameter), valueText(parameter, value),
                                    valueText(parameter, range.low), valueText(parameter, range.high)));
    return false;
  }

  void set(News2Parameter parameter, int score) {
    m_result.subscores[static_cast<std::size_t>(parameter)] = score;
  }

  const News2Input& m_input;
  News2Result& m_result;
};

}  // namespace

News2Result News2Scorer::score(const News2Input& input) const {
  News2Result result;
  SetScorer set(input, result);
  set.measured(News2Parameter::RespiratoryRate, input.respiratoryRate, m_ranges.respiratoryRate,
               respiratoryRateBands());
  set.spo2(m_ranges.spo2);
  set.categorical(News2Parameter::AirOrOxygen, input.onOxygen, airOrOxygenScore);
  set.measured(News2Parameter::SystolicBP, input.systolicBP, m_ranges.systolicBP, systolicBPBands());
  set.measured(News2Parameter::Pulse, input.pulse, m_ranges.pulse, pulseBands());
  set.categorical(News2Parameter::Consciousness, input.consciousness, consciousnessScore);
  set.measured(News2Parameter::Temperature, input.temperatureTenths, m_ranges.temperatureTenths,
               temperatureTenthsBands());

  int total = 0;
  for (const std::optional<int>& subscore : result.subscores) {
    result.redScore = result.redScore || subscore == 3;
    total += subscore.value_or(0);
  }
  result.complete = result.missing.isEmpty() && result.errors.isEmpty();
  if (!result.complete) {
    return result;
  }
  result.total = total;
  const News2Trigger trigger = triggerFor(total, result.redScore);
  for (const TriggerRow& row : kTriggers) {
    if (row.trigger == trigger) {
      result.trigger = trigger;
      result.risk = row.risk;
      result.monitoring = row.monitoring;
    }
  }
  result.clinicalResponse = clinicalResponseText(trigger);
  return result;
}

QString parameterName(News2Parameter parameter) {
  switch (parameter) {
    case News2Parameter::RespiratoryRate: return Tr::tr("Respiration rate");
    case News2Parameter::Spo2: return Tr::tr("SpO2");
    case News2Parameter::AirOrOxygen: return Tr::tr("Air or oxygen");
    case News2Parameter::SystolicBP: return Tr::tr("Systolic blood pressure");
    case News2Parameter::Pulse: return Tr::tr("Pulse");
    case News2Parameter::Consciousness: return Tr::tr("Consciousness (ACVPU)");
    case News2Parameter::Temperature: return Tr::tr("Temperature");
  }
  return {};
}

QString missingMessage(News2Parameter parameter) {
  return Tr::tr("%1 not recorded: the set is incomplete, so there is no NEWS2 total.")
      .arg(parameterName(parameter));
}

QString riskText(News2Risk risk) {
  switch (risk) {
    case News2Risk::Low: return Tr::tr("Low");
    case News2Risk::LowMedium: return Tr::tr("Low–medium");
    case News2Risk::Medium: return Tr::tr("Medium");
    case News2Risk::High: return Tr::tr("High");
  }
  return {};
}

QString monitoringText(News2Monitoring monitoring) {
  switch (monitoring) {
    case News2Monitoring::TwelveHourly: return Tr::tr("At least every 12 hours");
    case News2Monitoring::FourToSixHourly: return Tr::tr("At least every 4–6 hours");
    case News2Monitoring::Hourly: return Tr::tr("At least every hour");
    case News2Monitoring::Continuous: return Tr::tr("Continuous monitoring of vital signs");
  }
  return {};
}

// Paraphrased from RCP Chart 4; check against the RCP's wording before release.
QString clinicalResponseText(News2Trigger trigger) {
  switch (trigger) {
    case News2Trigger::Zero: return Tr::tr("Continue routine NEWS monitoring.");
    case News2Trigger::LowScore:
      return Tr::tr(
          "Inform a registered nurse, who must assess the patient and decide whether monitoring "
          "should be more frequent or care escalated.");
    case News2Trigger::SingleRedScore:
      return Tr::tr(
          "A single parameter scored 3: the registered nurse informs the medical team caring for "
          "the patient, who review and decide whether to escalate care (urgent ward-based "
          "response).");
    case News2Trigger::Urgent:
      return Tr::tr(
          "Urgent response: the registered nurse informs the medical team caring for the patient "
          "at once. Urgent assessment by a clinician or team competent in the assessment of "
          "acutely ill patients; care in a setting with monitoring facilities.");
    case News2Trigger::Emergency:
      return Tr::tr(
          "Emergency response: the registered nurse informs the medical team caring for the "
          "patient at once, at least at specialist registrar level. Emergency assessment by a "
          "team with critical-care competencies, including advanced airway management; consider "
          "transfer to level 2 or 3 care (HDU or ICU); care in a setting with monitoring "
          "facilities.");
  }
  return {};
}

}  // namespace cw::observations
