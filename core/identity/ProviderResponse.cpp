#include "core/identity/ProviderResponse.h"

#include "core/fhir/Json.h"
#include "core/identity/IdentityTr.h"

namespace cw::identity {

OidcError cancelledError() {
  return {OidcErrorKind::Cancelled, Tr::tr("The request to the identity provider was cancelled."), 0};
}

OidcError providerError(const http::HttpResponse& response, const QString& what) {
  using http::TransportError;
  if (response.error == TransportError::Cancelled) {
    return cancelledError();
  }
  if (response.error == TransportError::Timeout) {
    return {OidcErrorKind::Network,
            Tr::tr("The identity provider did not answer the %1 in time. Try again; if it keeps "
                   "happening, tell the service desk.")
                .arg(what),
            0};
  }
  if (response.error != TransportError::None) {
    return {OidcErrorKind::Network,
            Tr::tr("The identity provider could not be reached for the %1: %2").arg(what, response.errorText),
            0};
  }
  if (response.status >= 500) {
    return {OidcErrorKind::ServerError,
            Tr::tr("The identity provider had a problem with the %1 (HTTP %2). Try again in a few minutes.")
                .arg(what)
                .arg(response.status),
            response.status};
  }
  const fhir::JsonValue body = fhir::parseJson(response.body).value;
  QString reason = body[u"error"].toString();
  const QString description = body[u"error_description"].toString();
  if (!description.isEmpty()) {
    reason = reason.isEmpty() ? description : reason + QStringLiteral(": ") + description;
  }
  if (reason.isEmpty()) {
    reason = Tr::tr("HTTP %1 without an explanation").arg(response.status);
  }
  return {OidcErrorKind::ProviderRefused,
          Tr::tr("The identity provider refused the %1 (%2).").arg(what, reason.left(300)), response.status};
}

}  // namespace cw::identity
