#include "core/base/LogScrubber.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace cw::base {
namespace {

struct Rule {
  QRegularExpression pattern;
  QString replacement;
};

// Order matters: whole tokens and headers go before the generic patterns so a
// JWT is reported as a token, not as several base64 blobs.
const std::array<Rule, 7>& rules() {
  using RE = QRegularExpression;
  static const std::array<Rule, 7> table{{
      {RE(QStringLiteral(R"((?i)\b(authorization|proxy-authorization)\s*[:=]\s*\S+(\s+\S+)?)")),
       QStringLiteral("\\1: [redacted]")},
      {RE(QStringLiteral(R"((?i)\bbearer\s+[A-Za-z0-9._~+/=-]+)")), QStringLiteral("Bearer [redacted]")},
      {RE(QStringLiteral(R"(\beyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*(\.[A-Za-z0-9_-]*)?)")),
       QStringLiteral("[redacted-token]")},
      {RE(QStringLiteral(
           R"((?i)\b(pin|password|passcode|secret|client_secret|token|access_token|refresh_token|id_token|code|code_verifier|private_key)("?\s*[:=]\s*"?)[^\s&",;]+)")),
       QStringLiteral("\\1\\2[redacted]")},
      {RE(QStringLiteral(R"(\b\d{3}[ -]?\d{3}[ -]?\d{4}\b)")), QStringLiteral("[redacted-nhs-number]")},
      {RE(QStringLiteral(R"([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})")),
       QStringLiteral("[redacted-email]")},
      {RE(QStringLiteral(R"(\b[A-Za-z0-9+/_-]{40,}={0,2})")), QStringLiteral("[redacted-key]")},
  }};
  return table;
}

}  // namespace

LogScrubber& LogScrubber::instance() {
  static LogScrubber scrubber;
  return scrubber;
}

QString LogScrubber::scrub(const QString& text) const {
  QString out = text;
  {
    QMutexLocker lock(&m_mutex);
    for (const QString& term : m_terms) {
      out.replace(term, QStringLiteral("[redacted]"), Qt::CaseInsensitive);
    }
  }
  for (const Rule& rule : rules()) {
    out.replace(rule.pattern, rule.replacement);
  }
  return out;
}

void LogScrubber::addSensitiveTerm(const QString& term) {
  const QString trimmed = term.trimmed();
  if (trimmed.size() < 3) {
    return;
  }
  QMutexLocker lock(&m_mutex);
  if (m_terms.contains(trimmed)) {
    return;
  }
  const auto position = std::find_if(m_terms.begin(), m_terms.end(), [&](const QString& existing) {
    return existing.size() < trimmed.size();
  });
  m_terms.insert(position, trimmed);
}

void LogScrubber::clearSensitiveTerms() {
  QMutexLocker lock(&m_mutex);
  m_terms.clear();
}

}  // namespace cw::base
