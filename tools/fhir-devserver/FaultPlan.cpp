#include "tools/fhir-devserver/FaultPlan.h"

#include <QRegularExpression>

namespace cw::devserver {

namespace {

// SplitMix64: a good 64-bit mix, so neighbouring inputs give unrelated draws.
quint64 mix(quint64 value) {
  value += 0x9E3779B97F4A7C15ULL;
  value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9ULL;
  value = (value ^ (value >> 27)) * 0x94D049BB133111EBULL;
  return value ^ (value >> 31);
}

std::optional<double> parseRate(const QString& text) {
  bool ok = false;
  const double rate = text.toDouble(&ok);
  if (!ok || rate < 0 || rate > 1) {
    return std::nullopt;
  }
  return rate;
}

}  // namespace

std::optional<FaultPlan> FaultPlan::parse(QStringView spec, QString* error) {
  static const QRegularExpression latency(QStringLiteral("^latency=(\\d+)(ms|s)@([0-9.]+)$"));
  static const QRegularExpression status(QStringLiteral("^(\\d{3})(?::retry-after=(\\d+))?@([0-9.]+)$"));
  static const QRegularExpression drop(QStringLiteral("^(drop|drop-after)@([0-9.]+)$"));
  static const QRegularExpression seed(QStringLiteral("^seed=(\\d+)$"));
  auto fail = [&](const QString& message) {
    *error = message;
    return std::nullopt;
  };

  FaultPlan plan;
  bool seenLatency = false;
  bool seenSeed = false;
  QList<FaultDecision::Action> seenDrops;
  const QStringList rules = spec.toString().split(u',', Qt::SkipEmptyParts);
  if (rules.isEmpty()) {
    return fail(QStringLiteral("--faults is empty; give at least one rule, e.g. 503@0.1."));
  }
  for (const QString& raw : rules) {
    const QString text = raw.trimmed();
    Rule rule;
    QString rateText;
    if (const QRegularExpressionMatch seedMatch = seed.match(text); seedMatch.hasMatch()) {
      bool ok = false;
      plan.m_seed = seedMatch.captured(1).toULongLong(&ok);
      if (!ok || seenSeed) {
        return fail(QStringLiteral("\"%1\": give one seed, a whole number below 2^64.").arg(text));
      }
      seenSeed = true;
      continue;
    }
    if (const QRegularExpressionMatch latencyMatch = latency.match(text); latencyMatch.hasMatch()) {
      if (seenLatency) {
        return fail(QStringLiteral("\"%1\": give latency once.").arg(text));
      }
      seenLatency = true;
      bool ok = false;
      const qint64 amount = latencyMatch.captured(1).toLongLong(&ok);
      const qint64 ms = latencyMatch.captured(2) == u"s" ? amount * 1000 : amount;
      if (!ok || ms > 600000) {
        return fail(QStringLiteral("\"%1\": latency must be at most 600 s.").arg(text));
      }
      rule.latency = std::chrono::milliseconds(ms);
      rateText = latencyMatch.captured(3);
    } else if (const QRegularExpressionMatch statusMatch = status.match(text); statusMatch.hasMatch()) {
      rule.action = FaultDecision::Action::Status;
      rule.status = statusMatch.captured(1).toInt();
      if (rule.status != 429 && (rule.status < 500 || rule.status > 504)) {
        return fail(QStringLiteral("\"%1\": an injected status must be 429 or 500-504.").arg(text));
      }
      if (!statusMatch.captured(2).isEmpty()) {
        bool ok = false;
        rule.retryAfterSeconds = statusMatch.captured(2).toInt(&ok);
        if (!ok || rule.retryAfterSeconds > 86400) {
          return fail(QStringLiteral("\"%1\": retry-after must be at most 86400 seconds.").arg(text));
        }
      } else if (rule.status == 429) {
        rule.retryAfterSeconds = 1;
      }
      rateText = statusMatch.captured(3);
    } else if (const QRegularExpressionMatch dropMatch = drop.match(text); dropMatch.hasMatch()) {
      rule.action =
          dropMatch.captured(1) == u"drop" ? FaultDecision::Action::Drop : FaultDecision::Action::DropAfter;
      if (seenDrops.contains(rule.action)) {
        return fail(QStringLiteral("\"%1\": give each drop rule once.").arg(text));
      }
      seenDrops.append(rule.action);
      rateText = dropMatch.captured(2);
    } else {
      return fail(
          QStringLiteral("\"%1\" is not a fault rule. Rules: latency=<N>ms@<rate>, <status>[:retry-after=<s>]"
                         "@<rate>, drop@<rate>, drop-after@<rate>, seed=<N>.")
              .arg(text));
    }
    const std::optional<double> rate = parseRate(rateText);
    if (!rate) {
      return fail(QStringLiteral("\"%1\": the rate after @ must be a decimal from 0 to 1.").arg(text));
    }
    rule.rate = *rate;
    plan.m_rules.append(rule);
  }
  return plan;
}

double FaultPlan::draw(int rule) const {
  const quint64 value = mix(mix(mix(m_seed) ^ m_requests) ^ static_cast<quint64>(rule));
  return static_cast<double>(value >> 11) / static_cast<double>(1ULL << 53);
}

FaultDecision FaultPlan::next() {
  FaultDecision decision;
  for (int i = 0; i < m_rules.size(); ++i) {
    const Rule& rule = m_rules.at(i);
    if (draw(i) >= rule.rate) {
      continue;
    }
    if (rule.action == FaultDecision::Action::None) {
      decision.latency = rule.latency;
    } else if (decision.action == FaultDecision::Action::None) {
      decision.action = rule.action;
      decision.status = rule.status;
      decision.retryAfterSeconds = rule.retryAfterSeconds;
    }
  }
  ++m_requests;
  return decision;
}

}  // namespace cw::devserver
