#include "core/fhir/NhsNumber.h"

#include <QRegularExpression>

namespace cw::fhir {

std::optional<int> NhsNumber::checkDigit(QStringView nineDigits) {
  if (nineDigits.size() != 9) {
    return std::nullopt;
  }
  int sum = 0;
  for (qsizetype i = 0; i < 9; ++i) {
    const int digit = nineDigits[i].digitValue();
    if (digit < 0 || digit > 9) {
      return std::nullopt;
    }
    sum += digit * static_cast<int>(10 - i);  // weights 10 down to 2
  }
  const int check = 11 - (sum % 11);
  if (check == 11) {
    return 0;
  }
  if (check == 10) {
    return std::nullopt;
  }
  return check;
}

std::optional<NhsNumber> NhsNumber::parse(QStringView text) {
  static const QRegularExpression form(QStringLiteral(R"(^(\d{3})([ -]?)(\d{3})\2(\d{4})$)"));
  const QRegularExpressionMatch match = form.match(text.trimmed());
  if (!match.hasMatch()) {
    return std::nullopt;
  }
  const QString digits = match.captured(1) + match.captured(3) + match.captured(4);
  // \d also matches non-ASCII digits (Arabic-Indic, …); NHS numbers are ASCII.
  for (const QChar c : digits) {
    if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
      return std::nullopt;
    }
  }
  const std::optional<int> expected = checkDigit(QStringView(digits).left(9));
  if (!expected || *expected != digits.back().digitValue()) {
    return std::nullopt;
  }
  return NhsNumber(digits);
}

QString NhsNumber::formatted() const {
  return m_digits.left(3) + QLatin1Char(' ') + m_digits.mid(3, 3) + QLatin1Char(' ') + m_digits.right(4);
}

}  // namespace cw::fhir
