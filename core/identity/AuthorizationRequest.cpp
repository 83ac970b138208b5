#include "core/identity/AuthorizationRequest.h"

#include "core/identity/IdentityTr.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QUrlQuery>

#include <array>

namespace cw::identity {
namespace {

constexpr QByteArray::Base64Options kBase64Url =
    QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

// 32 bytes from the operating system's CSPRNG, as 43 base64url characters.
QByteArray randomToken() {
  std::array<quint32, 8> words{};
  QRandomGenerator::system()->fillRange(words.data(), words.size());
  QByteArray raw(reinterpret_cast<const char*>(words.data()), sizeof(words));
  QByteArray encoded = raw.toBase64(kBase64Url);
  crypto::wipe(raw);
  words.fill(0);
  return encoded;
}

QString encoded(const QString& value) {
  return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

bool sameEndpoint(const QUrl& a, const QUrl& b) {
  return a.scheme() == b.scheme() && a.host() == b.host() && a.port() == b.port() &&
         a.path(QUrl::FullyEncoded) == b.path(QUrl::FullyEncoded);
}

}  // namespace

AuthorizationRequest AuthorizationRequest::create(AuthorizationParameters parameters) {
  AuthorizationRequest request;
  request.m_parameters = std::move(parameters);
  request.m_state = QString::fromLatin1(randomToken());
  request.m_nonce = QString::fromLatin1(randomToken());
  QByteArray verifier = randomToken();
  request.m_verifier = std::make_shared<const crypto::SecureBytes>(crypto::SecureBytes::takeFrom(verifier));
  return request;
}

QString AuthorizationRequest::challengeFor(QByteArrayView verifier) {
  return QString::fromLatin1(
      QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toBase64(kBase64Url));
}

QUrl AuthorizationRequest::url() const {
  // Every value percent-encoded by hand: QUrlQuery would leave '+' and ':'.
  const QList<std::pair<QString, QString>> items = {
      {QStringLiteral("response_type"), QStringLiteral("code")},
      {QStringLiteral("client_id"), m_parameters.clientId},
      {QStringLiteral("redirect_uri"), m_parameters.redirectUri},
      {QStringLiteral("scope"), m_parameters.scope},
      {QStringLiteral("state"), m_state},
      {QStringLiteral("nonce"), m_nonce},
      {QStringLiteral("code_challenge"), challengeFor(codeVerifier())},
      {QStringLiteral("code_challenge_method"), QStringLiteral("S256")},
      {QStringLiteral("acr_values"), m_parameters.acrValues},
      {QStringLiteral("prompt"), m_parameters.prompt},
  };
  QStringList query;
  for (const auto& [name, value] : items) {
    query.append(name + u'=' + encoded(value));
  }
  QUrl url = m_parameters.authorizationEndpoint;
  const QString existing = url.query(QUrl::FullyEncoded);
  url.setQuery((existing.isEmpty() ? QString() : existing + u'&') + query.join(u'&'), QUrl::StrictMode);
  return url;
}

OidcResult<QString> AuthorizationRequest::codeFromRedirect(const QUrl& redirect) const {
  using Result = OidcResult<QString>;
  if (!sameEndpoint(redirect, QUrl(m_parameters.redirectUri, QUrl::StrictMode))) {
    return Result::failure(OidcErrorKind::BadResponse,
                           Tr::tr("The sign-in came back to an unexpected address, so it was not accepted."));
  }
  const QUrlQuery query(redirect);
  if (query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded) != m_state) {
    return Result::failure(OidcErrorKind::StateMismatch,
                           Tr::tr("The sign-in answer does not belong to this sign-in (state mismatch). "
                                  "Start the sign-in again."));
  }
  if (query.hasQueryItem(QStringLiteral("error"))) {
    QString reason = query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
    if (reason.isEmpty()) {
      reason = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    }
    return Result::failure(OidcErrorKind::AuthorizationDenied,
                           Tr::tr("The identity provider did not sign you in: %1").arg(reason.left(300)));
  }
  const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
  if (code.isEmpty()) {
    return Result::failure(OidcErrorKind::MissingCode,
                           Tr::tr("The identity provider's answer carries no authorization code."));
  }
  return Result::success(code);
}

}  // namespace cw::identity
