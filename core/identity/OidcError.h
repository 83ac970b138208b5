// Why a sign-on step failed (discovery, authorization, token, ID token,
// userinfo), as a kind a caller can act on and a message a person can read.
#pragma once

#include <QString>

#include <optional>

namespace cw::identity {

enum class OidcErrorKind {
  None,
  // The identity provider could not be used.
  Network,          // no HTTP answer: connection, TLS or timeout
  Cancelled,        // the request was cancelled or the client shut down
  ServerError,      // 5xx
  ProviderRefused,  // a 4xx, with the provider's OAuth error code when it sent one
  BadResponse,      // an answer that is not what the protocol says
  NotDiscovered,    // a call that needs the discovery document before it was read
  IssuerMismatch,   // the discovery document names another issuer
  PkceUnsupported,  // the provider does not offer PKCE S256
  // The redirect back from the provider.
  StateMismatch,
  AuthorizationDenied,  // error / error_description in the redirect
  MissingCode,
  // The ID token.
  MalformedToken,
  UnsupportedAlgorithm,  // not RS256, RS512 or ES256
  KeysUnavailable,       // the provider's JWKS could not be read
  UnknownKey,            // no key with the token's kid, even after fetching the JWKS again
  KeyTypeMismatch,       // the key's type (or its own alg) does not fit the token's alg
  BadSignature,
  MissingClaim,
  WrongIssuer,
  WrongAudience,
  WrongAuthorizedParty,
  Expired,
  IssuedInFuture,
  MissingNonce,
  NonceMismatch,
  // UserInfo.
  SubjectMismatch,  // userinfo's sub is not the ID token's sub
};

struct OidcError {
  OidcErrorKind kind = OidcErrorKind::None;
  QString message;  // translated; never token contents
  int httpStatus = 0;

  bool isError() const { return kind != OidcErrorKind::None; }
};

// A value or the error that prevented it.
template <typename T>
struct OidcResult {
  std::optional<T> value;
  OidcError error;

  bool ok() const { return value.has_value() && !error.isError(); }

  static OidcResult success(T result) { return {std::move(result), {}}; }
  static OidcResult failure(OidcError failed) { return {std::nullopt, std::move(failed)}; }
  static OidcResult failure(OidcErrorKind kind, const QString& message, int httpStatus = 0) {
    return {std::nullopt, {kind, message, httpStatus}};
  }
};

}  // namespace cw::identity
