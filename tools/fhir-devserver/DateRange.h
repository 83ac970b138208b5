// A FHIR date, dateTime or instant as the span of milliseconds it covers, so
// values and searches written at different precisions compare correctly
// ("2024" covers the whole year; "2024-05-01T10:00Z" one minute).
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <limits>
#include <optional>

namespace cw::devserver {

struct DateRange {
  static constexpr qint64 kOpenStart = std::numeric_limits<qint64>::min();
  static constexpr qint64 kOpenEnd = std::numeric_limits<qint64>::max();

  qint64 low = kOpenStart;  // first millisecond covered (UTC)
  qint64 high = kOpenEnd;   // last millisecond covered (UTC)

  // Nothing when `text` is not a FHIR date, dateTime or instant. Values
  // without a time zone are read as UTC; a space stands for '+' in an offset,
  // because an unencoded '+' in a query string arrives as a space.
  static std::optional<DateRange> parse(QStringView text);
};

// "2024-05-01T10:20:30.123Z": the form of meta.lastUpdated.
QString formatInstant(qint64 msSinceEpoch);
// "Wed, 01 May 2024 10:20:30 GMT": the form of the Last-Modified header.
QByteArray formatHttpDate(qint64 msSinceEpoch);

}  // namespace cw::devserver
