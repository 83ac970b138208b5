#include "core/fhir/OperationOutcome.h"

namespace cw::fhir {

std::optional<OperationOutcome> OperationOutcome::from(const Resource& resource) {
  if (resource.resourceType() != u"OperationOutcome") {
    return std::nullopt;
  }
  return OperationOutcome(resource);
}

Resource OperationOutcome::make(const QString& severity, const QString& code, const QString& diagnostics) {
  JsonValue issue = JsonValue::object();
  issue.insert(QStringLiteral("severity"), JsonValue::fromString(severity));
  issue.insert(QStringLiteral("code"), JsonValue::fromString(code));
  issue.insert(QStringLiteral("diagnostics"), JsonValue::fromString(diagnostics));
  JsonValue issues = JsonValue::array();
  issues.append(issue);
  JsonValue json = JsonValue::object();
  json.insert(QStringLiteral("resourceType"), JsonValue::fromString(QStringLiteral("OperationOutcome")));
  json.insert(QStringLiteral("issue"), issues);
  return *Resource::fromJson(json).resource;
}

QList<OutcomeIssue> OperationOutcome::issues() const {
  QList<OutcomeIssue> result;
  for (const JsonValue& item : m_resource.element(u"issue").items()) {
    OutcomeIssue issue{item[u"severity"].toString(),
                       item[u"code"].toString(),
                       item[u"diagnostics"].toString(),
                       item[u"details"][u"text"].toString(),
                       {}};
    for (const JsonValue& expression : item[u"expression"].items()) {
      issue.expression.append(expression.toString());
    }
    result.append(issue);
  }
  return result;
}

QString OperationOutcome::summary() const {
  QStringList lines;
  for (const OutcomeIssue& issue : issues()) {
    QString line = issue.severity + QStringLiteral(" (") + issue.code + QStringLiteral("): ");
    line += issue.diagnostics.isEmpty() ? issue.detailsText : issue.diagnostics;
    if (!issue.expression.isEmpty()) {
      line += QStringLiteral(" [") + issue.expression.join(QStringLiteral(", ")) + u']';
    }
    lines.append(line);
  }
  return lines.join(u'\n');
}

}  // namespace cw::fhir
