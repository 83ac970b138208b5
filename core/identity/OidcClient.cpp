#include "core/identity/OidcClient.h"

#include "core/identity/IdentityTr.h"
#include "core/identity/ProviderResponse.h"

#include <QtConcurrent/QtConcurrent>

namespace cw::identity {
namespace {

const QByteArray kJson = QByteArrayLiteral("application/json");

template <typename T>
QFuture<OidcResult<T>> ready(OidcResult<T> result) {
  return QtFuture::makeReadyFuture(std::move(result));
}

template <typename T>
OidcResult<T> notDiscovered() {
  return OidcResult<T>::failure(OidcErrorKind::NotDiscovered,
                                Tr::tr("The identity provider has not been contacted yet, or offers no such "
                                       "service."));
}

}  // namespace

OidcClient::OidcClient(OidcClientOptions options, http::HttpClient& http, const base::Clock& clock)
    : m_options(std::move(options)), m_http(http), m_clock(clock) {}

std::optional<OidcClient::Provider> OidcClient::provider() const {
  const std::lock_guard lock(m_mutex);
  return m_provider;
}

std::optional<OidcDiscovery> OidcClient::discovery() const {
  const std::optional<Provider> current = provider();
  return current ? std::optional<OidcDiscovery>(current->discovery) : std::nullopt;
}

QFuture<OidcResult<OidcDiscovery>> OidcClient::discover() {
  using Result = OidcResult<OidcDiscovery>;
  http::HttpRequest request;
  request.url = OidcDiscovery::documentUrl(m_options.issuer);
  request.headers.append({QByteArrayLiteral("Accept"), kJson});
  return m_http.send(request)
      .then(QtFuture::Launch::Async,
            [this](const http::HttpResponse& response) {
              if (!response.ok()) {
                return Result::failure(providerError(response, Tr::tr("discovery request")));
              }
              Result result = OidcDiscovery::parse(response.body, m_options.issuer);
              if (result.ok()) {
                IdTokenValidatorOptions validation;
                validation.issuer = result.value->issuer();
                validation.clientId = m_options.clientId;
                validation.jwksUri = result.value->jwksUri();
                validation.clockSkew = m_options.clockSkew;
                auto validator = std::make_shared<IdTokenValidator>(std::move(validation), m_http, m_clock);
                const std::lock_guard lock(m_mutex);
                m_provider = Provider{*result.value, std::move(validator)};
              }
              return result;
            })
      .onCanceled([] { return Result::failure(cancelledError()); });
}

OidcResult<AuthorizationRequest> OidcClient::startAuthorization() const {
  const std::optional<Provider> current = provider();
  if (!current) {
    return notDiscovered<AuthorizationRequest>();
  }
  AuthorizationParameters parameters;
  parameters.authorizationEndpoint = current->discovery.authorizationEndpoint();
  parameters.clientId = m_options.clientId;
  parameters.redirectUri = m_options.redirectUri;
  return OidcResult<AuthorizationRequest>::success(AuthorizationRequest::create(std::move(parameters)));
}

http::HttpRequest OidcClient::formPost(const QUrl& url,
                                       const QList<std::pair<QByteArray, QByteArray>>& form) const {
  http::HttpRequest request;
  request.method = QByteArrayLiteral("POST");
  request.url = url;
  request.headers.append(
      {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")});
  request.headers.append({QByteArrayLiteral("Accept"), kJson});
  QByteArrayList fields;
  for (const auto& [name, value] : form) {
    fields.append(name + '=' + value.toPercentEncoding());
  }
  fields.append("client_id=" + m_options.clientId.toUtf8().toPercentEncoding());
  request.body = fields.join('&');
  return request;
}

QFuture<OidcResult<OidcSignIn>> OidcClient::exchangeCode(const AuthorizationRequest& request,
                                                         const QString& code) {
  using Result = OidcResult<OidcSignIn>;
  const std::optional<Provider> current = provider();
  if (!current) {
    return ready(notDiscovered<OidcSignIn>());
  }
  QByteArray verifier = request.codeVerifier().toByteArray();
  http::HttpRequest post = formPost(current->discovery.tokenEndpoint(),
                                    {{"grant_type", "authorization_code"},
                                     {"code", code.toUtf8()},
                                     {"redirect_uri", request.parameters().redirectUri.toUtf8()},
                                     {"code_verifier", verifier}});
  crypto::wipe(verifier);
  const std::shared_ptr<IdTokenValidator> validator = current->validator;
  const QString nonce = request.nonce();
  return m_http.send(std::move(post))
      .then(QtFuture::Launch::Async,
            [this, validator, nonce](const http::HttpResponse& response) {
              if (!response.ok()) {
                return ready(Result::failure(providerError(response, Tr::tr("token request"))));
              }
              OidcResult<TokenSet> tokens = TokenSet::parse(response.body, m_clock.now(), true);
              if (!tokens.ok()) {
                return ready(Result::failure(tokens.error));
              }
              const TokenSet set = *tokens.value;
              return validator->validate(set.idToken->view(), nonce)
                  .then([set](const OidcResult<IdToken>& validated) {
                    return validated.ok() ? Result::success({set, *validated.value})
                                          : Result::failure(validated.error);
                  });
            })
      .unwrap()
      .onCanceled([] { return Result::failure(cancelledError()); });
}

QFuture<OidcResult<TokenSet>> OidcClient::refresh(const crypto::SecureBytes& refreshToken) {
  using Result = OidcResult<TokenSet>;
  const std::optional<Provider> current = provider();
  if (!current) {
    return ready(notDiscovered<TokenSet>());
  }
  http::HttpRequest post =
      formPost(current->discovery.tokenEndpoint(),
               {{"grant_type", "refresh_token"}, {"refresh_token", refreshToken.view().toByteArray()}});
  return m_http.send(std::move(post))
      .then(QtFuture::Launch::Async,
            [this](const http::HttpResponse& response) {
              if (!response.ok()) {
                return Result::failure(providerError(response, Tr::tr("token refresh")));
              }
              Result result = TokenSet::parse(response.body, m_clock.now(), false);
              if (result.ok()) {
                result.value->idToken.reset();
              }
              return result;
            })
      .onCanceled([] { return Result::failure(cancelledError()); });
}

QFuture<OidcResult<fhir::JsonValue>> OidcClient::userInfo(const crypto::SecureBytes& accessToken,
                                                          const QString& expectedSubject) {
  using Result = OidcResult<fhir::JsonValue>;
  const std::optional<Provider> current = provider();
  if (!current || current->discovery.userinfoEndpoint().isEmpty()) {
    return ready(notDiscovered<fhir::JsonValue>());
  }
  http::HttpRequest request;
  request.url = current->discovery.userinfoEndpoint();
  request.headers.append({QByteArrayLiteral("Accept"), kJson});
  request.headers.append({QByteArrayLiteral("Authorization"), "Bearer " + accessToken.view().toByteArray()});
  return m_http.send(std::move(request))
      .then(QtFuture::Launch::Async,
            [expectedSubject](const http::HttpResponse& response) {
              if (!response.ok()) {
                return Result::failure(providerError(response, Tr::tr("user information request")));
              }
              fhir::JsonParseResult parsed = fhir::parseJson(response.body);
              if (!parsed.ok() || !parsed.value.isObject()) {
                return Result::failure(OidcErrorKind::BadResponse,
                                       Tr::tr("The identity provider's user information could not be read."));
              }
              if (parsed.value[u"sub"].toString() != expectedSubject || expectedSubject.isEmpty()) {
                return Result::failure(
                    OidcErrorKind::SubjectMismatch,
                    Tr::tr("The identity provider's user information is about another user "
                           "than the sign-in token."));
              }
              return Result::success(std::move(parsed.value));
            })
      .onCanceled([] { return Result::failure(cancelledError()); });
}

OidcResult<QUrl> OidcClient::endSessionUrl(const crypto::SecureBytes& idToken) const {
  const std::optional<Provider> current = provider();
  if (!current || current->discovery.endSessionEndpoint().isEmpty()) {
    return notDiscovered<QUrl>();
  }
  QUrl url = current->discovery.endSessionEndpoint();
  const QString existing = url.query(QUrl::FullyEncoded);
  const QByteArray hint = "id_token_hint=" + idToken.view().toByteArray().toPercentEncoding() +
                          "&client_id=" + m_options.clientId.toUtf8().toPercentEncoding();
  url.setQuery((existing.isEmpty() ? QString() : existing + u'&') + QString::fromLatin1(hint),
               QUrl::StrictMode);
  return OidcResult<QUrl>::success(url);
}

QFuture<OidcResult<bool>> OidcClient::endSession(const crypto::SecureBytes& idToken) {
  using Result = OidcResult<bool>;
  OidcResult<QUrl> url = endSessionUrl(idToken);
  if (!url.ok()) {
    return ready(Result::failure(url.error));
  }
  http::HttpRequest request;
  request.url = *url.value;
  return m_http.send(std::move(request))
      .then(QtFuture::Launch::Async,
            [](const http::HttpResponse& response) {
              // The provider may answer with a confirmation page or a
              // redirect; anything but an error ends its session.
              if (response.error != http::TransportError::None || response.status >= 400) {
                return Result::failure(providerError(response, Tr::tr("sign-out request")));
              }
              return Result::success(true);
            })
      .onCanceled([] { return Result::failure(cancelledError()); });
}

}  // namespace cw::identity
