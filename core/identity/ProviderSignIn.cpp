#include "core/identity/ProviderSignIn.h"

#include <QtConcurrent/QtConcurrent>

namespace cw::identity {
namespace {

template <typename T, typename U>
OidcResult<T> failedAs(const OidcResult<U>& result) {
  return OidcResult<T>::failure(result.error);
}

}  // namespace

QFuture<OidcResult<AuthorizationRequest>> beginProviderSignIn(OidcClient& client) {
  if (client.discovery()) {
    return QtFuture::makeReadyFuture(client.startAuthorization());
  }
  return client.discover().then([&client](const OidcResult<OidcDiscovery>& discovered) {
    return discovered.ok() ? client.startAuthorization() : failedAs<AuthorizationRequest>(discovered);
  });
}

QFuture<OidcResult<ProviderIdentity>> completeProviderSignIn(OidcClient& client,
                                                             const AuthorizationRequest& request,
                                                             const QUrl& redirect) {
  using Result = OidcResult<ProviderIdentity>;
  const OidcResult<QString> code = request.codeFromRedirect(redirect);
  if (!code.ok()) {
    return QtFuture::makeReadyFuture(failedAs<ProviderIdentity>(code));
  }
  return client.exchangeCode(request, *code.value)
      .then([&client](const OidcResult<OidcSignIn>& exchanged) -> QFuture<Result> {
        if (!exchanged.ok()) {
          return QtFuture::makeReadyFuture(failedAs<ProviderIdentity>(exchanged));
        }
        const OidcSignIn signIn = *exchanged.value;
        return client.userInfo(*signIn.tokens.accessToken, signIn.idToken.subject)
            .then([signIn](const OidcResult<fhir::JsonValue>& userInfo) {
              if (!userInfo.ok()) {
                return failedAs<ProviderIdentity>(userInfo);
              }
              return Result::success(
                  {signIn.tokens, signIn.idToken, Cis2Claims::from(signIn.idToken.claims, *userInfo.value)});
            });
      })
      .unwrap();
}

}  // namespace cw::identity
