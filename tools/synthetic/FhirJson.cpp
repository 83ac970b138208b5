#include "tools/synthetic/FhirJson.h"

namespace cw::synthetic::json {

QJsonObject object(std::initializer_list<Field> fields) {
  QJsonObject result;
  for (const Field& field : fields) {
    result.insert(field.key, field.value);
  }
  return result;
}

QJsonObject coding(QLatin1String system, const QString& code, const QString& display) {
  return object({{"system", system}, {"code", code}, {"display", display}});
}

QJsonObject codeable(QLatin1String system, const QString& code, const QString& display) {
  return object({{"coding", QJsonArray{coding(system, code, display)}}});
}

QJsonObject textConcept(const QString& text) {
  return object({{"text", text}});
}

QJsonObject reference(QLatin1String type, const QString& id) {
  return object({{"reference", QString(type) + QLatin1Char('/') + id}});
}

QJsonObject reference(QLatin1String type, const QString& id, const QString& display) {
  QJsonObject result = reference(type, id);
  result.insert(QLatin1String("display"), display);
  return result;
}

QJsonObject quantity(double value, const QString& unit, const QString& ucumCode) {
  return object({{"value", value}, {"unit", unit}, {"system", kUcum}, {"code", ucumCode}});
}

QString dateTime(const QDateTime& when) {
  return when.toUTC().toString(Qt::ISODate);
}

QString date(const QDate& day) {
  return day.toString(Qt::ISODate);
}

}  // namespace cw::synthetic::json
