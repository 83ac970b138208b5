#include "core/http/RetryPolicy.h"

#include "core/base/Clock.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace cw::http {
namespace {

using std::chrono::milliseconds;
using std::chrono::seconds;

// RFC 9110 10.2.3: a delta-seconds too large to hold means "a very long time".
constexpr qint64 kLongestDelta = qint64(1) << 31;

bool isDigit(char c) {
  return c >= '0' && c <= '9';
}

// 1*DIGIT, saturating; signs, fractions and anything else are unreadable.
std::optional<qint64> parseDeltaSeconds(QByteArrayView text) {
  text = text.trimmed();
  if (text.isEmpty() || !std::all_of(text.begin(), text.end(), isDigit)) {
    return std::nullopt;
  }
  // Ten digits always fit a qint64; anything longer is beyond 2^31 anyway.
  constexpr qsizetype kDigitsThatFit = 10;
  return text.size() > kDigitsThatFit ? kLongestDelta : std::min(text.toLongLong(), kLongestDelta);
}

const QStringList& monthNames() {
  static const QStringList names =
      QStringLiteral("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec").split(QLatin1Char(' '));
  return names;
}

// The three HTTP-date forms every recipient must accept (RFC 9110 5.6.7):
// IMF-fixdate and the obsolete RFC 850 and asctime forms. Case-sensitive.
const QList<QRegularExpression>& httpDateForms() {
  static const QList<QRegularExpression> forms = [] {
    const QString months = monthNames().join(QLatin1Char('|'));
    const QString time = QStringLiteral(R"((?<hour>\d\d):(?<minute>\d\d):(?<second>\d\d))");
    const QStringList patterns = {
        QStringLiteral(R"(^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (?<day>\d\d) (?<month>%1) (?<year>\d{4}) %2 GMT$)"),
        QStringLiteral(
            R"(^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (?<day>\d\d)-(?<month>%1)-(?<year>\d\d) %2 GMT$)"),
        QStringLiteral(R"(^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?<month>%1) (?<day>[ \d]\d) %2 (?<year>\d{4})$)"),
    };
    QList<QRegularExpression> compiled;
    for (const QString& pattern : patterns) {
      compiled.append(QRegularExpression(pattern.arg(months, time)));
    }
    return compiled;
  }();
  return forms;
}

// RFC 9110 5.6.7: a two-digit year more than 50 years ahead is in the past.
int fullYear(int twoDigits, const QDateTime& now) {
  const int thisYear = now.date().year();
  const int year = thisYear / 100 * 100 + twoDigits;
  return year > thisYear + 50 ? year - 100 : year;
}

std::optional<QDateTime> parseHttpDate(QByteArrayView text, const QDateTime& now) {
  const QString value = QString::fromLatin1(text.trimmed());
  for (const QRegularExpression& form : httpDateForms()) {
    const QRegularExpressionMatch match = form.match(value);
    if (!match.hasMatch()) {
      continue;
    }
    const auto number = [&match](QStringView group) { return match.captured(group).trimmed().toInt(); };
    const int year = match.capturedLength(u"year") == 2 ? fullYear(number(u"year"), now) : number(u"year");
    const QDate date(year, static_cast<int>(monthNames().indexOf(match.captured(u"month"))) + 1,
                     number(u"day"));
    const QTime time(number(u"hour"), number(u"minute"), number(u"second"));
    if (!date.isValid() || !time.isValid()) {
      return std::nullopt;
    }
    return QDateTime(date, time, Qt::UTC);
  }
  return std::nullopt;
}

std::optional<seconds> parseRetryAfter(QByteArrayView value, const QDateTime& now) {
  if (const auto delta = parseDeltaSeconds(value)) {
    return seconds(*delta);
  }
  if (const auto date = parseHttpDate(value, now)) {
    return seconds(std::max<qint64>(0, now.secsTo(*date)));
  }
  return std::nullopt;
}

// Splits at `separator` outside quoted strings (structured fields, RFC 8941).
QList<QByteArrayView> splitOutsideQuotes(QByteArrayView text, char separator) {
  QList<QByteArrayView> parts;
  bool quoted = false;
  qsizetype start = 0;
  for (qsizetype i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted && c == '\\') {
      ++i;  // the escaped character cannot end the string
    } else if (c == '"') {
      quoted = !quoted;
    } else if (c == separator && !quoted) {
      parts.append(text.sliced(start, i - start).trimmed());
      start = i + 1;
    }
  }
  parts.append(text.sliced(std::min(start, text.size())).trimmed());
  return parts;
}

// The IETF RateLimit field: a list of policies such as `"burst";r=0;t=5`,
// where r is the quota left and t the seconds until it resets. The policy
// that ran out is the one to wait for; failing that, the latest reset.
std::optional<seconds> parseRateLimit(QByteArrayView value) {
  std::optional<qint64> exhausted;
  std::optional<qint64> latest;
  for (const QByteArrayView member : splitOutsideQuotes(value, ',')) {
    const QList<QByteArrayView> parts = splitOutsideQuotes(member, ';');
    std::optional<qint64> reset;
    bool nothingLeft = false;
    for (qsizetype i = 1; i < parts.size(); ++i) {  // parts[0] names the policy
      const qsizetype equals = parts[i].indexOf('=');
      if (equals < 0) {
        continue;  // a bare key is "true": no number in it
      }
      const QByteArrayView key = parts[i].first(equals).trimmed();
      const QByteArrayView number = parts[i].sliced(equals + 1);
      if (key == "t") {
        reset = parseDeltaSeconds(number);
      } else if (key == "r") {
        nothingLeft = parseDeltaSeconds(number) == 0;
      }
    }
    if (reset) {
      latest = std::max(latest.value_or(0), *reset);
      if (nothingLeft) {
        exhausted = std::max(exhausted.value_or(0), *reset);
      }
    }
  }
  const std::optional<qint64> chosen = exhausted ? exhausted : latest;
  return chosen ? std::optional(seconds(*chosen)) : std::nullopt;
}

// A field sent on several lines is one comma-separated list (RFC 9110 5.3).
QByteArray combinedValue(const HttpHeaders& headers, QByteArrayView name) {
  QByteArrayList values;
  for (const auto& [key, value] : headers) {
    if (name.compare(key, Qt::CaseInsensitive) == 0) {
      values.append(value);
    }
  }
  return values.join(", ");
}

bool mayRetry(const HttpRequest& request, const HttpResponse& response) {
  switch (response.error) {
    case TransportError::None:
      return response.status == 429 || (response.status == 503 && RetryPolicy::isIdempotent(request));
    case TransportError::ConnectFailed: return true;
    case TransportError::ConnectionLost:
    case TransportError::Timeout: return RetryPolicy::isIdempotent(request);
    case TransportError::TlsFailed:
    case TransportError::Cancelled:
    case TransportError::TooLarge:
    case TransportError::Other: return false;
  }
  return false;
}

}  // namespace

RetryPolicy::RetryPolicy(RetryOptions options, const base::Clock& clock, RandomSource random)
    : m_options(options), m_clock(clock), m_random(std::move(random)) {}

std::optional<milliseconds> RetryPolicy::delayBeforeRetry(const HttpRequest& request,
                                                          const HttpResponse& response) const {
  if (response.attempts >= m_options.maxAttempts || !mayRetry(request, response)) {
    return std::nullopt;
  }
  if (response.error == TransportError::None) {
    if (const auto asked = serverRequestedDelay(response.headers, m_clock.now())) {
      if (*asked > m_options.maxDelay) {
        return std::nullopt;
      }
      return withJitter(*asked);
    }
  }
  return backoff(response.attempts);
}

bool RetryPolicy::isIdempotent(const HttpRequest& request) {
  const QByteArray& method = request.method;
  if (method == "POST") {
    return hasHeader(request.headers, "If-None-Exist");
  }
  return method == "GET" || method == "HEAD" || method == "PUT" || method == "DELETE";
}

std::optional<seconds> RetryPolicy::serverRequestedDelay(const HttpHeaders& headers, const QDateTime& now) {
  if (const auto retryAfter = parseRetryAfter(headerValue(headers, "Retry-After"), now)) {
    return retryAfter;
  }
  if (const auto rateLimit = parseRateLimit(combinedValue(headers, "RateLimit"))) {
    return rateLimit;
  }
  if (const auto reset = parseDeltaSeconds(headerValue(headers, "RateLimit-Reset"))) {
    return seconds(*reset);
  }
  return std::nullopt;
}

milliseconds RetryPolicy::backoff(int attempts) const {
  // initialBackoff, then doubling; the shift is bounded so it cannot overflow.
  const int doublings = std::clamp(attempts - 1, 0, 20);
  const milliseconds doubled = m_options.initialBackoff * (qint64(1) << doublings);
  const milliseconds full = std::clamp(doubled, milliseconds(0), m_options.maxDelay);
  // Equal jitter: at least half the backoff, so retries never bunch at zero.
  const milliseconds half = full / 2;
  return half + milliseconds(static_cast<qint64>(m_random() * static_cast<double>(half.count())));
}

milliseconds RetryPolicy::withJitter(milliseconds asked) const {
  // Clients told the same time would all return at once: spread them over a
  // quarter of the wait, and at least over the initial backoff. Never early.
  const milliseconds window = std::max(asked / 4, m_options.initialBackoff);
  const milliseconds jitter(static_cast<qint64>(m_random() * static_cast<double>(window.count())));
  return std::min(asked + jitter, m_options.maxDelay);  // the caller checked asked <= maxDelay
}

}  // namespace cw::http
