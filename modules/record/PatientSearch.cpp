#include "modules/record/PatientSearch.h"

#include "core/store/Store.h"
#include "modules/record/RecordTr.h"

#include <QLocale>
#include <QRegularExpression>

namespace cw::record {
namespace {

QDate parseNumericDate(const QString& text) {
  static const QRegularExpression dayFirst(QStringLiteral("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})$"));
  static const QRegularExpression isoDate(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
  if (const QRegularExpressionMatch match = isoDate.match(text); match.hasMatch()) {
    return {match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt()};
  }
  if (const QRegularExpressionMatch match = dayFirst.match(text); match.hasMatch()) {
    return {match.captured(3).toInt(), match.captured(2).toInt(), match.captured(1).toInt()};
  }
  return {};
}

// "05-Mar-1956" or "5 Mar 1956", with English month abbreviations as the
// banner writes them (and as staff type them in Welsh settings too).
QDate parseMonthNameDate(const QString& text) {
  static const QRegularExpression named(QStringLiteral("^(\\d{1,2})[ -]([A-Za-z]{3})[a-z]*[ -](\\d{4})$"));
  const QRegularExpressionMatch match = named.match(text);
  if (!match.hasMatch()) {
    return {};
  }
  const QLocale english(QLocale::English, QLocale::UnitedKingdom);
  for (int month = 1; month <= 12; ++month) {
    if (english.monthName(month, QLocale::ShortFormat).compare(match.captured(2), Qt::CaseInsensitive) == 0) {
      return {match.captured(3).toInt(), month, match.captured(1).toInt()};
    }
  }
  return {};
}

}  // namespace

QDate parseTypedDate(const QString& text) {
  const QString trimmed = text.trimmed();
  const QDate numeric = parseNumericDate(trimmed);
  return numeric.isValid() ? numeric : parseMonthNameDate(trimmed);
}

PatientQuery parsePatientQuery(const QString& nhsNumber, const QString& name, const QString& birthDate) {
  PatientQuery query;
  if (!nhsNumber.trimmed().isEmpty()) {
    if (const std::optional<fhir::NhsNumber> number = fhir::NhsNumber::parse(nhsNumber)) {
      query.criteria = *number;
    } else {
      query.error = Tr::tr("This is not a valid NHS number. Check the 10 digits and try again.");
    }
    return query;
  }
  const QString trimmedName = name.trimmed();
  if (trimmedName.isEmpty() && birthDate.trimmed().isEmpty()) {
    query.error = Tr::tr("Enter an NHS number, or a name and a date of birth.");
    return query;
  }
  if (trimmedName.isEmpty()) {
    query.error = Tr::tr("Enter the patient's name as well as the date of birth.");
    return query;
  }
  const QDate born = parseTypedDate(birthDate);
  if (birthDate.trimmed().isEmpty()) {
    query.error = Tr::tr("Enter the date of birth as well as the name.");
  } else if (!born.isValid()) {
    query.error = Tr::tr("Enter the date of birth as day, month and year, for example 05/03/1956.");
  } else {
    query.criteria = NameAndBirthDate{trimmedName, born};
  }
  return query;
}

QList<ui::BannerFacts> findPatients(const store::Store& store, const PatientQuery& query, QDate today,
                                    int limit) {
  QList<fhir::Resource> patients;
  if (const auto* number = std::get_if<fhir::NhsNumber>(&query.criteria)) {
    patients = store.findPatients(*number);
  } else if (const auto* byName = std::get_if<NameAndBirthDate>(&query.criteria)) {
    patients = store.findPatients(byName->namePrefix, byName->birthDate, limit);
  }
  QList<ui::BannerFacts> matches;
  for (const fhir::Resource& resource : patients.mid(0, limit)) {
    if (const std::optional<fhir::Patient> patient = fhir::Patient::from(resource)) {
      matches.append(ui::loadBannerFacts(store, *patient, today));
    }
  }
  return matches;
}

}  // namespace cw::record
