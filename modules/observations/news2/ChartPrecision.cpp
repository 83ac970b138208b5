#include "modules/observations/news2/ChartPrecision.h"

#include <QByteArray>
#include <QString>

#include <cmath>

namespace cw::observations {
namespace {

constexpr int kMaxDigits = 9;  // stays within int
constexpr int kMaxExponent = 1000;

bool isDigit(char c) {
  return c >= '0' && c <= '9';
}

}  // namespace

std::optional<int> roundHalfUp(QByteArrayView text, int decimals) {
  qsizetype i = 0;
  const qsizetype size = text.size();
  bool negative = false;
  if (i < size && (text[i] == '-' || text[i] == '+')) {
    negative = text[i] == '-';
    ++i;
  }
  QByteArray digits;  // every significant digit, the decimal point removed
  qsizetype integerDigits = 0;
  const qsizetype integerStart = i;
  while (i < size && isDigit(text[i])) {
    digits.append(text[i++]);
  }
  integerDigits = i - integerStart;
  if (i < size && text[i] == '.') {
    ++i;
    const qsizetype fractionStart = i;
    while (i < size && isDigit(text[i])) {
      digits.append(text[i++]);
    }
    if (i == fractionStart) {
      return std::nullopt;
    }
  }
  if (digits.isEmpty()) {
    return std::nullopt;
  }
  long long exponent = 0;
  if (i < size && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    bool negativeExponent = false;
    if (i < size && (text[i] == '-' || text[i] == '+')) {
      negativeExponent = text[i] == '-';
      ++i;
    }
    const qsizetype exponentStart = i;
    while (i < size && isDigit(text[i])) {
      exponent = std::min<long long>(exponent * 10 + (text[i++] - '0'), kMaxExponent * 10LL);
    }
    if (i == exponentStart) {
      return std::nullopt;
    }
    exponent = negativeExponent ? -exponent : exponent;
  }
  if (i != size) {
    return std::nullopt;
  }
  // Digits before this index are kept; the one at it decides the rounding.
  const long long keep = integerDigits + exponent + decimals;
  long long magnitude = 0;
  int keptSignificant = 0;
  for (long long d = 0; d < keep; ++d) {
    const int digit = d < digits.size() ? digits[d] - '0' : 0;
    if (keptSignificant > 0 || digit != 0) {
      if (++keptSignificant > kMaxDigits) {
        return std::nullopt;
      }
    }
    magnitude = magnitude * 10 + digit;
  }
  if (keep >= 0 && keep < digits.size() && digits[keep] >= '5') {
    ++magnitude;
  }
  return static_cast<int>(negative ? -magnitude : magnitude);
}

std::optional<int> roundHalfUp(double value, int decimals) {
  if (!std::isfinite(value)) {
    return std::nullopt;
  }
  return roundHalfUp(QString::number(value, 'f', 10).toLatin1(), decimals);
}

}  // namespace cw::observations
