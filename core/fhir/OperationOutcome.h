// FHIR OperationOutcome: what a server says went wrong, read into text a
// person can act on, and built by our own server for its errors.
#pragma once

#include "core/fhir/Resource.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cw::fhir {

struct OutcomeIssue {
  QString severity;  // fatal, error, warning, information
  QString code;      // invalid, not-found, conflict, throttled ...
  QString diagnostics;
  QString detailsText;
  QStringList expression;
};

class OperationOutcome {
 public:
  // Nothing unless `resource` is an OperationOutcome.
  static std::optional<OperationOutcome> from(const Resource& resource);
  // One issue; the shape our dev server answers errors with.
  static Resource make(const QString& severity, const QString& code, const QString& diagnostics);

  QList<OutcomeIssue> issues() const;
  // One line per issue: "error (invalid): diagnostics [expression]".
  QString summary() const;

 private:
  explicit OperationOutcome(Resource resource) : m_resource(std::move(resource)) {}

  Resource m_resource;
};

}  // namespace cw::fhir
