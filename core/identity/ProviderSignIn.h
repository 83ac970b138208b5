// The identity provider's half of a sign-in, as two steps around the browser:
// begin (discovery when needed, a fresh PKCE request) and complete (code
// exchange, ID token validation, userinfo, CIS2 claims).
#pragma once

#include "core/identity/Cis2Claims.h"
#include "core/identity/OidcClient.h"

#include <QFuture>
#include <QUrl>

namespace cw::identity {

struct ProviderIdentity {
  TokenSet tokens;
  IdToken idToken;
  Cis2Claims claims;
};

QFuture<OidcResult<AuthorizationRequest>> beginProviderSignIn(OidcClient& client);
QFuture<OidcResult<ProviderIdentity>> completeProviderSignIn(OidcClient& client,
                                                             const AuthorizationRequest& request,
                                                             const QUrl& redirect);

}  // namespace cw::identity
