#include "core/fhir/DateTime.h"

namespace cw::fhir {

namespace {

// The value of `count` ASCII digits at `at`, or -1.
int digitsAt(QStringView text, qsizetype at, qsizetype count) {
  if (at + count > text.size()) {
    return -1;
  }
  int value = 0;
  for (qsizetype i = at; i < at + count; ++i) {
    const char16_t c = text[i].unicode();
    if (c < u'0' || c > u'9') {
      return -1;
    }
    value = value * 10 + (c - u'0');
  }
  return value;
}

bool charAt(QStringView text, qsizetype at, char16_t expected) {
  return at < text.size() && text[at] == expected;
}

// "Z" or "+hh:mm" / "-hh:mm" (at most 14:00, as FHIR allows), as seconds east of UTC.
std::optional<int> parseZone(QStringView zone) {
  if (zone == u"Z") {
    return 0;
  }
  if (zone.size() != 6 || (zone[0] != u'+' && zone[0] != u'-') || zone[3] != u':') {
    return std::nullopt;
  }
  const int hours = digitsAt(zone, 1, 2);
  const int minutes = digitsAt(zone, 4, 2);
  if (hours < 0 || minutes < 0 || minutes > 59 || hours > 14 || (hours == 14 && minutes != 0)) {
    return std::nullopt;
  }
  const int seconds = (hours * 60 + minutes) * 60;
  return zone[0] == u'-' ? -seconds : seconds;
}

qint64 spanMilliseconds(DateTime::Precision precision) {
  switch (precision) {
    case DateTime::Precision::Minute: return 60'000;
    case DateTime::Precision::Second: return 1'000;
    default: return 1;
  }
}

}  // namespace

DateTime DateTime::parse(QStringView text) {
  const int year = digitsAt(text, 0, 4);
  if (year < 1) {
    return {};
  }
  DateTime result;
  int month = 1;
  int day = 1;
  result.m_precision = Precision::Year;
  if (text.size() > 4) {
    month = charAt(text, 4, u'-') ? digitsAt(text, 5, 2) : -1;
    result.m_precision = Precision::Month;
  }
  if (text.size() > 7) {
    day = charAt(text, 7, u'-') ? digitsAt(text, 8, 2) : -1;
    result.m_precision = Precision::Day;
  }
  result.m_date = QDate(year, month, day);
  if (!result.m_date.isValid()) {
    return {};
  }
  if (text.size() > 10) {
    // hh:mm, then optionally :ss and a fraction, then a zone, which FHIR
    // requires with any time.
    const int hour = charAt(text, 10, u'T') ? digitsAt(text, 11, 2) : -1;
    const int minute = charAt(text, 13, u':') ? digitsAt(text, 14, 2) : -1;
    int second = 0;
    int millisecond = 0;
    qsizetype pos = 16;
    result.m_precision = Precision::Minute;
    if (charAt(text, pos, u':')) {
      second = digitsAt(text, pos + 1, 2);
      pos += 3;
      result.m_precision = Precision::Second;
      if (charAt(text, pos, u'.')) {
        qsizetype fractionDigits = 0;
        while (digitsAt(text, pos + 1 + fractionDigits, 1) >= 0) {
          if (fractionDigits < 3) {
            millisecond = millisecond * 10 + digitsAt(text, pos + 1 + fractionDigits, 1);
          }
          ++fractionDigits;
        }
        if (fractionDigits == 0) {
          return {};
        }
        for (qsizetype i = fractionDigits; i < 3; ++i) {
          millisecond *= 10;
        }
        pos += 1 + fractionDigits;
        result.m_precision = Precision::Millisecond;
      }
    }
    const std::optional<int> offset = parseZone(text.mid(pos));
    result.m_time = QTime(hour, minute, second, millisecond);
    if (hour < 0 || minute < 0 || second < 0 || !offset || !result.m_time.isValid()) {
      return {};
    }
    result.m_offsetSeconds = *offset;
  }
  result.m_text = text.toString();
  return result;
}

DateTime DateTime::read(const JsonValue& json) {
  return json.isString() ? parse(json.toString()) : DateTime();
}

DateTime DateTime::fromDate(QDate date) {
  return date.isValid() ? parse(date.toString(QStringLiteral("yyyy-MM-dd"))) : DateTime();
}

DateTime DateTime::fromDateTime(const QDateTime& value) {
  if (!value.isValid()) {
    return {};
  }
  QString text = value.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss"));
  const int offset = value.offsetFromUtc();
  if (offset == 0) {
    text += u'Z';
  } else {
    const int minutes = qAbs(offset) / 60;
    text += offset < 0 ? u'-' : u'+';
    text += QStringLiteral("%1:%2")
                .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                .arg(minutes % 60, 2, 10, QLatin1Char('0'));
  }
  return parse(text);
}

std::optional<QDateTime> DateTime::start() const {
  if (isNull()) {
    return std::nullopt;
  }
  if (!hasTime()) {
    return QDateTime(m_date, QTime(0, 0), Qt::LocalTime);
  }
  return QDateTime(m_date, m_time, Qt::OffsetFromUTC, m_offsetSeconds);
}

std::optional<QDateTime> DateTime::end() const {
  if (isNull()) {
    return std::nullopt;
  }
  const QTime lastMillisecond(23, 59, 59, 999);
  switch (m_precision) {
    case Precision::Year: return QDateTime(QDate(m_date.year(), 12, 31), lastMillisecond, Qt::LocalTime);
    case Precision::Month:
      return QDateTime(QDate(m_date.year(), m_date.month(), m_date.daysInMonth()), lastMillisecond,
                       Qt::LocalTime);
    case Precision::Day: return QDateTime(m_date, lastMillisecond, Qt::LocalTime);
    default: return start()->addMSecs(spanMilliseconds(m_precision) - 1);
  }
}

std::optional<QDate> DateTime::date() const {
  if (isNull() || m_precision < Precision::Day) {
    return std::nullopt;
  }
  return m_date;
}

JsonValue DateTime::toJson() const {
  return isNull() ? JsonValue() : JsonValue::fromString(m_text);
}

}  // namespace cw::fhir
