// What an OpenID provider's discovery document says about it: its issuer
// name and the endpoints the workstation uses (OpenID Connect Discovery 1.0).
#pragma once

#include "core/identity/OidcError.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace cw::identity {

class OidcDiscovery {
 public:
  // <issuer>/.well-known/openid-configuration
  static QUrl documentUrl(const QString& issuer);

  // Refuses a document whose issuer is not exactly `expectedIssuer`, that
  // lacks an authorization, token or JWKS endpoint, that downgrades an https
  // issuer's endpoints to http, or that does not offer PKCE S256.
  static OidcResult<OidcDiscovery> parse(const QByteArray& document, const QString& expectedIssuer);

  const QString& issuer() const { return m_issuer; }
  const QUrl& authorizationEndpoint() const { return m_authorizationEndpoint; }
  const QUrl& tokenEndpoint() const { return m_tokenEndpoint; }
  const QUrl& jwksUri() const { return m_jwksUri; }
  const QUrl& userinfoEndpoint() const { return m_userinfoEndpoint; }      // may be empty
  const QUrl& endSessionEndpoint() const { return m_endSessionEndpoint; }  // may be empty

 private:
  QString m_issuer;
  QUrl m_authorizationEndpoint;
  QUrl m_tokenEndpoint;
  QUrl m_jwksUri;
  QUrl m_userinfoEndpoint;
  QUrl m_endSessionEndpoint;
};

}  // namespace cw::identity
