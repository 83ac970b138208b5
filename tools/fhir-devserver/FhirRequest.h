// One FHIR interaction as the router sees it, whether it came over HTTP or
// as an entry of a batch or transaction Bundle.
#pragma once

#include "core/fhir/Resource.h"
#include "tools/fhir-devserver/QueryString.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace cw::devserver {

struct FhirRequest {
  QString method;  // GET, POST, PUT, DELETE, ...
  QString path;    // after the base, e.g. "Patient/1/_history/2"
  QueryParams query;
  QByteArray body;
  QString contentType;
  std::optional<fhir::Resource> resource;  // already parsed (Bundle entries)
  QString ifMatch;
  QString ifNoneExist;
  QString preferReturn;  // minimal, representation, OperationOutcome or empty
  bool lenient = false;  // Prefer: handling=lenient
  QString assignedId;    // a POST inside a transaction: the id chosen up front
};

}  // namespace cw::devserver
