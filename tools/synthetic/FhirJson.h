// Small builders for FHIR JSON (objects, codings, references, instants) that
// keep literal keys readable under QT_NO_CAST_FROM_ASCII.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLatin1String>
#include <QString>

#include <initializer_list>

namespace cw::synthetic::json {

inline constexpr QLatin1String kSnomed("http://snomed.info/sct");
inline constexpr QLatin1String kLoinc("http://loinc.org");
inline constexpr QLatin1String kUcum("http://unitsofmeasure.org");
inline constexpr QLatin1String kDmd("https://dmd.nhs.uk");

// One member of an object. Names and literal values are string literals
// (UTF-8); anything else goes through QJsonValue.
struct Field {
  template <std::size_t N>
  Field(const char (&name)[N], QJsonValue member) : key(name, N - 1), value(std::move(member)) {}
  template <std::size_t N, std::size_t M>
  Field(const char (&name)[N], const char (&text)[M])
      : key(name, N - 1), value(QString::fromUtf8(text, M - 1)) {}

  QLatin1String key;
  QJsonValue value;
};

QJsonObject object(std::initializer_list<Field> fields);

// Table text is UTF-8 (Welsh and Irish names carry accents).
inline QString utf8(const char* text) {
  return QString::fromUtf8(text);
}

QJsonObject coding(QLatin1String system, const QString& code, const QString& display);
// A CodeableConcept with one coding.
QJsonObject codeable(QLatin1String system, const QString& code, const QString& display);
QJsonObject textConcept(const QString& text);
QJsonObject reference(QLatin1String type, const QString& id);
QJsonObject reference(QLatin1String type, const QString& id, const QString& display);
QJsonObject quantity(double value, const QString& unit, const QString& ucumCode);

// FHIR instant / dateTime in UTC ("2025-12-31T08:15:00Z") and date.
QString dateTime(const QDateTime& when);
QString date(const QDate& day);

}  // namespace cw::synthetic::json
