#include "core/ui/BannerText.h"

#include <QCoreApplication>

namespace cw::ui {
namespace {

struct Tr {
  Q_DECLARE_TR_FUNCTIONS(cw::ui::BannerText)
};

QString monthAbbreviation(int month) {
  switch (month) {
    case 1: return Tr::tr("Jan");
    case 2: return Tr::tr("Feb");
    case 3: return Tr::tr("Mar");
    case 4: return Tr::tr("Apr");
    case 5: return Tr::tr("May");
    case 6: return Tr::tr("Jun");
    case 7: return Tr::tr("Jul");
    case 8: return Tr::tr("Aug");
    case 9: return Tr::tr("Sep");
    case 10: return Tr::tr("Oct");
    case 11: return Tr::tr("Nov");
    case 12: return Tr::tr("Dec");
  }
  return {};
}

// The day `months` whole months after `from`. When that month is too short
// for the day (31 Jan + 1 month, 29 Feb + 12 months) the month completes the
// next day, 1 Mar, as UK law counts a leap-day birthday.
QDate monthAnniversary(QDate from, int months) {
  const QDate clamped = from.addMonths(months);
  return clamped.day() == from.day() ? clamped : clamped.addDays(1);
}

int wholeMonths(QDate from, QDate to) {
  int months = (to.year() - from.year()) * 12 + to.month() - from.month();
  if (monthAnniversary(from, months) > to) {
    --months;
  }
  return months;
}

}  // namespace

QString bannerName(const fhir::HumanName& name) {
  if (name.family.isEmpty() && name.given.isEmpty()) {
    return name.text;
  }
  QString text = name.family.toUpper();
  if (!name.given.isEmpty()) {
    text += (text.isEmpty() ? QString() : QStringLiteral(", ")) + name.given.join(QLatin1Char(' '));
  }
  if (!name.prefix.isEmpty()) {
    text += QStringLiteral(" (") + name.prefix.join(QLatin1Char(' ')) + QLatin1Char(')');
  }
  return text;
}

QString bannerDate(QDate date) {
  return QStringLiteral("%1-%2-%3")
      .arg(date.day(), 2, 10, QLatin1Char('0'))
      .arg(monthAbbreviation(date.month()))
      .arg(date.year(), 4, 10, QLatin1Char('0'));
}

QString bannerAge(QDate birthDate, QDate today) {
  if (!birthDate.isValid() || birthDate > today) {
    return {};
  }
  const qint64 days = birthDate.daysTo(today);
  if (days < 28) {
    return Tr::tr("%1d").arg(days);
  }
  const int months = wholeMonths(birthDate, today);
  if (months < 12) {
    return Tr::tr("%1w %2d").arg(days / 7).arg(days % 7);
  }
  if (months < 24) {
    return Tr::tr("%1m %2d").arg(months).arg(monthAnniversary(birthDate, months).daysTo(today));
  }
  const int years = months / 12;
  if (years < 18) {
    return Tr::tr("%1y %2m").arg(years).arg(months % 12);
  }
  return Tr::tr("%1y").arg(years);
}

QString bannerDateTime(const fhir::DateTime& value) {
  const std::optional<QDateTime> first = value.start();
  if (!first) {
    return {};
  }
  const QDate firstDay = first->date();
  switch (value.precision()) {
    case fhir::DateTime::Precision::Year: return QString::number(firstDay.year());
    case fhir::DateTime::Precision::Month:
      return monthAbbreviation(firstDay.month()) + QLatin1Char('-') + QString::number(firstDay.year());
    case fhir::DateTime::Precision::Day: return bannerDate(value.date().value_or(firstDay));
    default: break;
  }
  const QDateTime local = first->toLocalTime();
  return bannerDate(local.date()) + QLatin1Char(' ') + local.time().toString(QStringLiteral("HH:mm"));
}

QString bannerBorn(const fhir::DateTime& birthDate, QDate today) {
  if (birthDate.isNull() || birthDate.precision() != fhir::DateTime::Precision::Day) {
    return bannerDateTime(birthDate);
  }
  const QDate born = *birthDate.date();
  const QString age = bannerAge(born, today);
  return age.isEmpty() ? bannerDate(born) : bannerDate(born) + QStringLiteral(" (") + age + QLatin1Char(')');
}

}  // namespace cw::ui
