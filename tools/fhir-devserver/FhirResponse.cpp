#include "tools/fhir-devserver/FhirResponse.h"

#include "core/fhir/OperationOutcome.h"

namespace cw::devserver {

FhirResponse FhirResponse::error(int status, const QString& code, const QString& diagnostics,
                                 const QString& expression) {
  fhir::Resource outcome = fhir::OperationOutcome::make(QStringLiteral("error"), code, diagnostics);
  if (!expression.isEmpty()) {
    fhir::JsonValue issue = outcome.element(u"issue").at(0);
    fhir::JsonValue expressions = fhir::JsonValue::array();
    expressions.append(fhir::JsonValue::fromString(expression));
    issue.insert(QStringLiteral("expression"), expressions);
    fhir::JsonValue issues = fhir::JsonValue::array();
    issues.append(issue);
    outcome.setElement(QStringLiteral("issue"), issues);
  }
  FhirResponse response;
  response.status = status;
  response.body = outcome.toJson();
  return response;
}

QPair<QString, QString> FhirResponse::issue() const {
  const fhir::ResourceParseResult parsed = fhir::Resource::parse(body);
  if (!parsed.ok()) {
    return {QStringLiteral("exception"), reasonPhrase(status)};
  }
  const fhir::JsonValue& first = parsed.resource->element(u"issue").at(0);
  return {first[u"code"].toString(), first[u"diagnostics"].toString()};
}

QString reasonPhrase(int status) {
  switch (status) {
    case 200: return QStringLiteral("OK");
    case 201: return QStringLiteral("Created");
    case 204: return QStringLiteral("No Content");
    case 400: return QStringLiteral("Bad Request");
    case 404: return QStringLiteral("Not Found");
    case 405: return QStringLiteral("Method Not Allowed");
    case 406: return QStringLiteral("Not Acceptable");
    case 409: return QStringLiteral("Conflict");
    case 410: return QStringLiteral("Gone");
    case 412: return QStringLiteral("Precondition Failed");
    case 413: return QStringLiteral("Payload Too Large");
    case 415: return QStringLiteral("Unsupported Media Type");
    case 422: return QStringLiteral("Unprocessable Entity");
    case 429: return QStringLiteral("Too Many Requests");
    case 500: return QStringLiteral("Internal Server Error");
    case 503: return QStringLiteral("Service Unavailable");
    default: return QStringLiteral("Status %1").arg(status);
  }
}

}  // namespace cw::devserver
