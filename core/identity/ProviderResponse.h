// Turns an identity provider's HTTP answer that is not a success into an
// OidcError a person can read: no answer, a server fault, or an OAuth refusal.
#pragma once

#include "core/http/HttpResponse.h"
#include "core/identity/OidcError.h"

#include <QString>

namespace cw::identity {

// `what` names the request for the message, e.g. "token request". The body
// is read only for the OAuth "error" and "error_description" (RFC 6749 5.2).
OidcError providerError(const http::HttpResponse& response, const QString& what);

OidcError cancelledError();

}  // namespace cw::identity
