// A FHIR date, dateTime or instant kept at the precision it was recorded, so
// a screen never shows more than was known ("2024-03" is a month, not the 1st).
#pragma once

#include "core/fhir/Json.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

namespace cw::fhir {

class DateTime {
 public:
  enum class Precision { Year, Month, Day, Minute, Second, Millisecond };

  DateTime() = default;  // null

  // Reads "2024", "2024-03", "2024-03-05", "2024-03-05T10:30:00+01:00",
  // "...T10:30:00.123Z" and the minute form "...T10:30Z" some systems send.
  // Anything else, a time without a zone (which instant it means is unknown)
  // and impossible values ("2023-02-29") give a null DateTime.
  static DateTime parse(QStringView text);
  // The same for a JSON string; null for any other JSON type.
  static DateTime read(const JsonValue& json);

  // A date at day precision.
  static DateTime fromDate(QDate date);
  // An instant at second precision, written with the offset `value` carries.
  static DateTime fromDateTime(const QDateTime& value);

  bool isNull() const { return m_text.isEmpty(); }
  QString text() const { return m_text; }  // exactly as written
  Precision precision() const { return m_precision; }
  bool hasTime() const { return !isNull() && m_precision >= Precision::Minute; }

  // The first and the last millisecond the value covers: a month runs from
  // its first day 00:00 to its last day 23:59:59.999. Values without a time
  // have no zone and are read in the workstation's local time.
  std::optional<QDateTime> start() const;
  std::optional<QDateTime> end() const;

  // The calendar date as recorded, when the value has at least a day.
  std::optional<QDate> date() const;

  // A JSON string of text(), or null JSON when null.
  JsonValue toJson() const;

  friend bool operator==(const DateTime& a, const DateTime& b) { return a.m_text == b.m_text; }

 private:
  QString m_text;
  Precision m_precision = Precision::Year;
  QDate m_date;  // the first day covered
  QTime m_time;
  int m_offsetSeconds = 0;
};

}  // namespace cw::fhir
