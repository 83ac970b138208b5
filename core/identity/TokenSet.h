// The tokens a token endpoint issued (RFC 6749 5.1), each in secure memory
// from the moment it is read, never logged.
#pragma once

#include "core/crypto/SecureBytes.h"
#include "core/identity/OidcError.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <memory>

namespace cw::identity {

// Shared so a TokenSet can travel through futures; the one copy of the bytes
// stays in secure memory.
using SharedSecret = std::shared_ptr<const crypto::SecureBytes>;

struct TokenSet {
  SharedSecret accessToken;
  SharedSecret idToken;       // may be empty after a refresh
  SharedSecret refreshToken;  // empty unless the provider issued one
  QString tokenType;
  QString scope;
  QDateTime accessTokenExpiresAt;  // invalid when the provider did not say

  // Reads a successful token response. An access token of type Bearer is
  // required, an ID token only when `idTokenRequired`. (The response body
  // itself belongs to the HTTP transfer's future and goes with it.)
  static OidcResult<TokenSet> parse(const QByteArray& body, const QDateTime& now, bool idTokenRequired);
};

}  // namespace cw::identity
