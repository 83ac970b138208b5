// An NHS number that has passed the Modulus 11 check, and its display form
// "943 476 5919" (NHS Common User Interface). Invalid numbers cannot be
// constructed, so holding an NhsNumber means the check digit was verified.
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace cw::fhir {

// The identifier system of an NHS number in UK Core resources.
inline constexpr char kNhsNumberSystem[] = "https://fhir.nhs.uk/Id/nhs-number";

class NhsNumber {
 public:
  // Accepts ten digits, or the 3-3-4 grouping with single spaces or hyphens
  // ("943 476 5919", "943-476-5919"), surrounding whitespace ignored.
  // Returns nothing when the form or the check digit is wrong.
  static std::optional<NhsNumber> parse(QStringView text);

  // The Modulus 11 check digit for the first nine digits, or nothing when no
  // digit is possible (remainder 1: such numbers are never issued).
  static std::optional<int> checkDigit(QStringView nineDigits);

  QString digits() const { return m_digits; }  // "9434765919"
  QString formatted() const;                   // "943 476 5919"

  friend bool operator==(const NhsNumber&, const NhsNumber&) = default;

 private:
  explicit NhsNumber(QString digits) : m_digits(std::move(digits)) {}

  QString m_digits;
};

}  // namespace cw::fhir
