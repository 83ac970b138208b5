#include "tools/fhir-devserver/DateRange.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

namespace cw::devserver {

namespace {

constexpr qint64 kMsPerSecond = 1000;
constexpr qint64 kMsPerMinute = 60 * kMsPerSecond;
constexpr qint64 kMsPerHour = 60 * kMsPerMinute;
constexpr qint64 kMsPerDay = 24 * kMsPerHour;
constexpr qint64 kUnixEpochJulianDay = 2440588;

qint64 dayStart(const QDate& date) {
  return (date.toJulianDay() - kUnixEpochJulianDay) * kMsPerDay;
}

}  // namespace

std::optional<DateRange> DateRange::parse(QStringView text) {
  static const QRegularExpression pattern(
      QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:T(\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?"
                     "(Z|[+\\- ]\\d{2}:\\d{2})?)?)?)?$"));
  const QRegularExpressionMatch match = pattern.match(text);
  if (!match.hasMatch()) {
    return std::nullopt;
  }
  auto number = [&](int group) { return match.capturedView(group).toInt(); };
  auto has = [&](int group) { return match.capturedLength(group) > 0; };

  const int year = number(1);
  if (!has(2)) {
    return DateRange{dayStart(QDate(year, 1, 1)), dayStart(QDate(year + 1, 1, 1)) - 1};
  }
  const int month = number(2);
  if (month < 1 || month > 12) {
    return std::nullopt;
  }
  if (!has(3)) {
    const QDate first(year, month, 1);
    return DateRange{dayStart(first), dayStart(first.addMonths(1)) - 1};
  }
  const QDate date(year, month, number(3));
  if (!date.isValid()) {
    return std::nullopt;
  }
  if (!has(4)) {
    return DateRange{dayStart(date), dayStart(date) + kMsPerDay - 1};
  }
  const int hour = number(4);
  const int minute = number(5);
  const int second = has(6) ? number(6) : 0;
  if (hour > 23 || minute > 59 || second > 59) {
    return std::nullopt;
  }
  qint64 offset = 0;
  if (has(8) && match.capturedView(8) != u"Z") {
    const QStringView zone = match.capturedView(8);
    const int zoneHours = zone.mid(1, 2).toInt();
    const int zoneMinutes = zone.mid(4, 2).toInt();
    if (zoneHours > 14 || zoneMinutes > 59) {
      return std::nullopt;
    }
    offset = (zoneHours * kMsPerHour + zoneMinutes * kMsPerMinute) * (zone.front() == u'-' ? -1 : 1);
  }
  const qint64 start =
      dayStart(date) + hour * kMsPerHour + minute * kMsPerMinute + second * kMsPerSecond - offset;
  if (!has(6)) {
    return DateRange{start, start + kMsPerMinute - 1};
  }
  if (!has(7)) {
    return DateRange{start, start + kMsPerSecond - 1};
  }
  // Fractions finer than a millisecond fall inside that millisecond.
  const QStringView fraction = match.capturedView(7);
  const QString milliText = fraction.left(3).toString().leftJustified(3, u'0');
  const qint64 millis = milliText.toLongLong();
  qint64 width = 1;
  for (qsizetype digits = fraction.size(); digits < 3; ++digits) {
    width *= 10;
  }
  return DateRange{start + millis, start + millis + width - 1};
}

QString formatInstant(qint64 msSinceEpoch) {
  return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs);
}

QByteArray formatHttpDate(qint64 msSinceEpoch) {
  return QLocale::c()
      .toString(QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC),
                QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
      .toLatin1();
}

}  // namespace cw::devserver
