// Why a FHIR interaction failed, in terms a caller can act on, with the
// server's own OperationOutcome text when it sent one.
#pragma once

#include "core/fhir/Resource.h"

#include <QString>

#include <optional>

namespace cw::http {

enum class FhirErrorKind {
  None,
  Network,       // no HTTP answer: connection, TLS or timeout (see message)
  Cancelled,     // the caller cancelled, or the client shut down
  Unauthorized,  // 401 even after a token refresh
  Forbidden,     // 403
  NotFound,      // 404
  Gone,          // 410: deleted on the server
  Conflict,      // 409 or 412: someone else changed it first; never retried blindly
  Invalid,       // 400, 405, 413, 415, 422: the server refused what we sent
  RateLimited,   // 429 after the retries the policy allows
  ServerError,   // 5xx
  BadResponse,   // the server answered with something that is not the FHIR we asked for
};

struct FhirError {
  FhirErrorKind kind = FhirErrorKind::None;
  int httpStatus = 0;
  QString message;  // the OperationOutcome summary, or what went wrong; never PHI from our side
  std::optional<fhir::Resource> outcome;

  bool isError() const { return kind != FhirErrorKind::None; }
};

// A value or the error that prevented it.
template <typename T>
struct FhirResult {
  std::optional<T> value;
  FhirError error;

  bool ok() const { return value.has_value() && !error.isError(); }

  static FhirResult success(T result) { return {std::move(result), {}}; }
  static FhirResult failure(FhirError failed) { return {std::nullopt, std::move(failed)}; }
};

}  // namespace cw::http
