#include "tools/fhir-devserver/SubscriptionRules.h"

namespace cw::devserver {

SearchParseResult SubscriptionRules::parseCriteria(const QString& criteria) {
  const qsizetype question = criteria.indexOf(u'?');
  const QString type = question < 0 ? criteria : criteria.left(question);
  if (!SearchParameters::table().isSupportedType(type)) {
    return {std::nullopt, QStringLiteral("Subscription.criteria must start with a resource type this server "
                                         "stores, not \"%1\".")
                              .arg(type)};
  }
  const QueryParams params =
      question < 0 ? QueryParams() : QueryString::parse(criteria.mid(question + 1).toUtf8());
  SearchParseResult result = SearchQuery::parse(type, params);
  if (!result.error.isEmpty()) {
    result.error = QStringLiteral("Subscription.criteria: ") + result.error;
  }
  return result;
}

QString SubscriptionRules::prepare(fhir::Resource& subscription) {
  const fhir::JsonValue& criteria = subscription.element(u"criteria");
  if (!criteria.isString() || criteria.toString().isEmpty()) {
    return QStringLiteral("Subscription.criteria is required, e.g. \"Observation?patient=Patient/123\".");
  }
  const SearchParseResult parsed = parseCriteria(criteria.toString());
  if (!parsed.query) {
    return parsed.error;
  }
  if (subscription.element(u"status").toString() != u"requested") {
    return {};
  }
  if (subscription.element(u"channel")[u"type"].toString() == u"websocket") {
    subscription.setElement(QStringLiteral("status"), fhir::JsonValue::fromString(QStringLiteral("active")));
  } else {
    subscription.setElement(QStringLiteral("status"), fhir::JsonValue::fromString(QStringLiteral("error")));
    subscription.setElement(
        QStringLiteral("error"),
        fhir::JsonValue::fromString(QStringLiteral("This server delivers websocket subscriptions only.")));
  }
  return {};
}

std::optional<SearchQuery> SubscriptionRules::activeCriteria(const fhir::Resource& subscription) {
  if (subscription.element(u"status").toString() != u"active" ||
      subscription.element(u"channel")[u"type"].toString() != u"websocket") {
    return std::nullopt;
  }
  return parseCriteria(subscription.element(u"criteria").toString()).query;
}

}  // namespace cw::devserver
