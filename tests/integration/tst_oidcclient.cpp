// The OIDC client against a scripted identity provider over real HTTP:
// discovery checks, the authorization URL and PKCE, the redirect, the code
// exchange with ID token validation, refresh, userinfo, logout, the provider's
// errors, and that no token ever reaches the log. (The full flow against the
// real demo IdP is a separate test.)
#include "core/identity/OidcClient.h"
#include "tests/support/AwaitFuture.h"
#include "tests/support/MockClock.h"
#include "tests/support/ScriptedHttpServer.h"
#include "tests/support/TestSigningKey.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QScopeGuard>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using cw::crypto::SecureBytes;
using cw::identity::AuthorizationRequest;
using cw::identity::OidcClient;
using cw::identity::OidcClientOptions;
using cw::identity::OidcErrorKind;
using cw::identity::OidcResult;
using cw::identity::OidcSignIn;
using cw::identity::TokenSet;
using cw::test::ScriptedHttpServer;
using cw::test::ScriptedResponse;
using cw::test::TestSigningKey;
using namespace std::chrono_literals;

namespace {

const QString kClientId = "cw-workstation";
const QString kRedirectUri = "http://127.0.0.1:53682/callback";
const QString kSubject = "555000000001";
const QByteArray kAccessToken = "at-Zm9vYmFyYmF6cXV4cXV1eA";
const QByteArray kRefreshToken = "rt-cmVmcmVzaG1lcGxlYXNl";

ScriptedResponse jsonResponse(const QJsonObject& body, int status = 200) {
  ScriptedResponse response;
  response.status = status;
  response.headers = {{"Content-Type", "application/json"}};
  response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
  return response;
}

ScriptedResponse rawResponse(int status, const QByteArray& body) {
  ScriptedResponse response;
  response.status = status;
  response.body = body;
  return response;
}

template <typename T>
OidcResult<T> await(QFuture<OidcResult<T>> future) {
  if (!cw::test::finishesWhileServing(future)) {
    qFatal("the client did not finish");
  }
  return future.result();
}

SecureBytes secret(const QByteArray& bytes) {
  return SecureBytes(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

// Every message logged while the test runs, to prove no token is among them.
QMutex logMutex;
QStringList logLines;
void captureMessage(QtMsgType, const QMessageLogContext&, const QString& message) {
  const QMutexLocker lock(&logMutex);
  logLines.append(message);
}

// The scripted identity provider and a client pointed at it.
struct Idp {
  explicit Idp(std::chrono::milliseconds timeout = 30s) : http(options(timeout)) {
    if (server.listenOnLoopback() == 0) {
      qFatal("cannot listen on loopback");
    }
    issuer = server.url("/idp").toString();
    client =
        std::make_unique<OidcClient>(OidcClientOptions{issuer, kClientId, kRedirectUri, 5s}, http, clock);
  }
  static cw::http::HttpClientOptions options(std::chrono::milliseconds timeout) {
    cw::http::HttpClientOptions options;
    options.totalTimeout = timeout;
    return options;
  }

  QJsonObject discoveryDocument() const {
    return {{"issuer", issuer},
            {"authorization_endpoint", issuer + "/auth"},
            {"token_endpoint", issuer + "/token"},
            {"userinfo_endpoint", issuer + "/me"},
            {"end_session_endpoint", issuer + "/session/end"},
            {"jwks_uri", issuer + "/jwks"},
            {"response_types_supported", QJsonArray{"code"}},
            {"code_challenge_methods_supported", QJsonArray{"S256"}},
            {"id_token_signing_alg_values_supported", QJsonArray{"ES256", "RS256"}}};
  }
  void scriptDiscovery(const QJsonObject& document) {
    server.script("/idp/.well-known/openid-configuration", {jsonResponse(document)});
  }
  void discover() {
    scriptDiscovery(discoveryDocument());
    server.script("/idp/jwks", {jsonResponse({{"keys", QJsonArray{key.jwk("k1", "ES256", "sig")}}})});
    const OidcResult<cw::identity::OidcDiscovery> result = await(client->discover());
    if (!result.ok()) {
      qFatal("discovery failed");
    }
  }
  QByteArray idToken(const QString& nonce, const QString& subject = kSubject) const {
    const qint64 now = clock.now().toSecsSinceEpoch();
    return key.token("ES256", "k1",
                     {{"iss", issuer},
                      {"sub", subject},
                      {"aud", kClientId},
                      {"exp", now + 300},
                      {"iat", now},
                      {"nonce", nonce},
                      {"selected_roleid", "100"}});
  }
  QJsonObject tokenAnswer(const QByteArray& idToken) const {
    return {{"access_token", QString::fromLatin1(kAccessToken)},
            {"id_token", QString::fromLatin1(idToken)},
            {"refresh_token", QString::fromLatin1(kRefreshToken)},
            {"token_type", "Bearer"},
            {"expires_in", 600},
            {"scope", "openid profile"}};
  }

  ScriptedHttpServer server;
  cw::http::HttpClient http;
  cw::test::MockClock clock;
  TestSigningKey key = TestSigningKey::ecP256();
  QString issuer;
  std::unique_ptr<OidcClient> client;
};

QUrl redirectWith(const QList<std::pair<QString, QString>>& items) {
  QUrl url(kRedirectUri);
  QUrlQuery query;
  for (const auto& [name, value] : items) {
    query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
  }
  url.setQuery(query);
  return url;
}

}  // namespace

class TestOidcClient : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void discoveryReadsEndpoints() {
    Idp idp;
    idp.discover();
    const std::optional<cw::identity::OidcDiscovery> discovery = idp.client->discovery();
    QVERIFY(discovery);
    QCOMPARE(discovery->issuer(), idp.issuer);
    QCOMPARE(discovery->tokenEndpoint().toString(), idp.issuer + "/token");
    QCOMPARE(discovery->jwksUri().toString(), idp.issuer + "/jwks");
    QCOMPARE(discovery->endSessionEndpoint().toString(), idp.issuer + "/session/end");
  }

  void discoveryRefused_data() {
    QTest::addColumn<QString>("change");
    QTest::addColumn<int>("expected");
    QTest::newRow("issuer mismatch") << "issuer:https://elsewhere.example"
                                     << int(OidcErrorKind::IssuerMismatch);
    QTest::newRow("issuer with trailing slash") << "issuer-slash" << int(OidcErrorKind::IssuerMismatch);
    QTest::newRow("no S256") << "pkce:plain" << int(OidcErrorKind::PkceUnsupported);
    QTest::newRow("no PKCE at all") << "pkce:" << int(OidcErrorKind::PkceUnsupported);
    QTest::newRow("no token endpoint") << "token:" << int(OidcErrorKind::BadResponse);
    QTest::newRow("relative jwks_uri") << "jwks:/jwks" << int(OidcErrorKind::BadResponse);
    QTest::newRow("not JSON") << "raw:200" << int(OidcErrorKind::BadResponse);
    QTest::newRow("server error") << "raw:503" << int(OidcErrorKind::ServerError);
    QTest::newRow("not found") << "raw:404" << int(OidcErrorKind::ProviderRefused);
  }
  void discoveryRefused() {
    QFETCH(QString, change);
    QFETCH(int, expected);
    Idp idp;
    QJsonObject document = idp.discoveryDocument();
    const QString value = change.section(':', 1);
    if (change.startsWith("issuer:")) {
      document.insert("issuer", value);
    } else if (change == "issuer-slash") {
      document.insert("issuer", idp.issuer + "/");
    } else if (change.startsWith("pkce:")) {
      document.insert("code_challenge_methods_supported", value.isEmpty() ? QJsonArray() : QJsonArray{value});
    } else if (change.startsWith("token:")) {
      document.remove("token_endpoint");
    } else if (change.startsWith("jwks:")) {
      document.insert("jwks_uri", value);
    }
    if (change.startsWith("raw:")) {
      // Four answers: HttpClient retries a 503 to a GET.
      idp.server.script("/idp/.well-known/openid-configuration",
                        QList<ScriptedResponse>(4, rawResponse(value.toInt(), "<html>")));
    } else {
      idp.scriptDiscovery(document);
    }
    const auto result = await(idp.client->discover());
    QVERIFY2(int(result.error.kind) == expected, qPrintable(result.error.message));
    QVERIFY(!result.error.message.isEmpty());
    QVERIFY(!idp.client->discovery());
    QCOMPARE(idp.client->startAuthorization().error.kind, OidcErrorKind::NotDiscovered);
  }

  void authorizationUrl() {
    Idp idp;
    idp.discover();
    const OidcResult<AuthorizationRequest> started = idp.client->startAuthorization();
    QVERIFY(started.ok());
    const AuthorizationRequest& request = *started.value;
    const QUrl url = request.url();
    QCOMPARE(url.toString(QUrl::RemoveQuery), idp.issuer + "/auth");
    const QUrlQuery query(url);
    auto item = [&](const QString& name) { return query.queryItemValue(name, QUrl::FullyDecoded); };
    QCOMPARE(item("response_type"), "code");
    QCOMPARE(item("client_id"), kClientId);
    QCOMPARE(item("redirect_uri"), kRedirectUri);
    QCOMPARE(item("scope"), "openid profile nhsperson associatedorgs nationalrbacaccess selectedrole");
    QCOMPARE(item("acr_values"), "AAL3_ANY");
    QCOMPARE(item("prompt"), "login");
    QCOMPARE(item("code_challenge_method"), "S256");
    QCOMPARE(item("state"), request.state());
    QCOMPARE(item("nonce"), request.nonce());
    QCOMPARE(request.codeVerifier().size(), 43);
    QCOMPARE(request.state().size(), 43);
    QCOMPARE(item("code_challenge"), AuthorizationRequest::challengeFor(request.codeVerifier()));
    QVERIFY(!url.toString().contains(QString::fromLatin1(request.codeVerifier().toByteArray())));

    const AuthorizationRequest other = *idp.client->startAuthorization().value;
    QVERIFY(other.state() != request.state());
    QVERIFY(other.nonce() != request.nonce());
    QVERIFY(other.codeVerifier() != request.codeVerifier());
  }

  void pkceChallengeMatchesRfc7636() {
    QCOMPARE(AuthorizationRequest::challengeFor("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
             QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
  }

  void redirect_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("expected");
    QTest::newRow("code") << "code" << int(OidcErrorKind::None);
    QTest::newRow("state mismatch") << "state" << int(OidcErrorKind::StateMismatch);
    QTest::newRow("no state") << "nostate" << int(OidcErrorKind::StateMismatch);
    QTest::newRow("error redirect") << "error" << int(OidcErrorKind::AuthorizationDenied);
    QTest::newRow("no code") << "nocode" << int(OidcErrorKind::MissingCode);
    QTest::newRow("another address") << "elsewhere" << int(OidcErrorKind::BadResponse);
  }
  void redirect() {
    QFETCH(QString, kind);
    QFETCH(int, expected);
    Idp idp;
    idp.discover();
    const AuthorizationRequest request = *idp.client->startAuthorization().value;
    QUrl url;
    if (kind == "code") {
      url = redirectWith({{"code", "c0de+/="}, {"state", request.state()}});
    } else if (kind == "state") {
      url = redirectWith({{"code", "c0de"}, {"state", request.state() + "x"}});
    } else if (kind == "nostate") {
      url = redirectWith({{"code", "c0de"}});
    } else if (kind == "error") {
      url = redirectWith({{"error", "access_denied"},
                          {"error_description", "The card was not accepted"},
                          {"state", request.state()}});
    } else if (kind == "nocode") {
      url = redirectWith({{"state", request.state()}});
    } else {
      url = redirectWith({{"code", "c0de"}, {"state", request.state()}});
      url.setPath("/other");
    }
    const OidcResult<QString> code = request.codeFromRedirect(url);
    QVERIFY2(int(code.error.kind) == expected, qPrintable(code.error.message));
    if (code.ok()) {
      QCOMPARE(*code.value, "c0de+/=");
    }
    if (kind == "error") {
      QVERIFY(code.error.message.contains("The card was not accepted"));
    }
  }

  void signInFlowLogsNoToken() {
    // Everything the product logs, at every level; Qt's own categories stay
    // quiet, as the test server logs the requests it receives.
    QLoggingCategory::setFilterRules("*.debug=true\nqt.*.debug=false");
    logLines.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    const auto restore = qScopeGuard([previous] {
      qInstallMessageHandler(previous);
      QLoggingCategory::setFilterRules({});
    });

    Idp idp;
    idp.discover();
    const AuthorizationRequest request = *idp.client->startAuthorization().value;
    const QByteArray idToken = idp.idToken(request.nonce());
    idp.server.script("/idp/token", {jsonResponse(idp.tokenAnswer(idToken))});
    const OidcResult<QString> code =
        request.codeFromRedirect(redirectWith({{"code", "the-code"}, {"state", request.state()}}));
    QVERIFY(code.ok());
    const OidcResult<OidcSignIn> signIn = await(idp.client->exchangeCode(request, *code.value));
    QVERIFY2(signIn.ok(), qPrintable(signIn.error.message));
    QCOMPARE(signIn.value->idToken.subject, kSubject);
    QCOMPARE(signIn.value->tokens.accessToken->view(), kAccessToken);
    QCOMPARE(signIn.value->tokens.idToken->view(), idToken);
    QCOMPARE(signIn.value->tokens.refreshToken->view(), kRefreshToken);
    QCOMPARE(signIn.value->tokens.accessTokenExpiresAt, idp.clock.now().addSecs(600));

    // A public client: the verifier, no secret.
    const cw::test::RecordedRequest post = idp.server.requests("/idp/token").first();
    QCOMPARE(post.method, "POST");
    QCOMPARE(post.header("Content-Type"), "application/x-www-form-urlencoded");
    const QUrlQuery form(QString::fromLatin1(post.body));
    QCOMPARE(form.queryItemValue("grant_type"), "authorization_code");
    QCOMPARE(form.queryItemValue("code"), "the-code");
    QCOMPARE(form.queryItemValue("client_id"), kClientId);
    QCOMPARE(QUrl::fromPercentEncoding(form.queryItemValue("redirect_uri").toLatin1()), kRedirectUri);
    QCOMPARE(form.queryItemValue("code_verifier").toLatin1(), request.codeVerifier().toByteArray());
    QVERIFY(!form.hasQueryItem("client_secret"));

    idp.server.script("/idp/me",
                      {jsonResponse({{"sub", kSubject}, {"uid", kSubject}, {"name", "Alex Nurse"}})});
    const auto userInfo = await(idp.client->userInfo(*signIn.value->tokens.accessToken, kSubject));
    QVERIFY2(userInfo.ok(), qPrintable(userInfo.error.message));
    QCOMPARE((*userInfo.value)[u"name"].toString(), "Alex Nurse");
    QCOMPARE(idp.server.requests("/idp/me").first().header("Authorization"), "Bearer " + kAccessToken);

    QJsonObject refreshed = idp.tokenAnswer(idp.idToken("unused"));
    refreshed.insert("access_token", "at-second");
    idp.server.script("/idp/token", {jsonResponse(refreshed)});
    const OidcResult<TokenSet> refresh = await(idp.client->refresh(*signIn.value->tokens.refreshToken));
    QVERIFY2(refresh.ok(), qPrintable(refresh.error.message));
    QCOMPARE(refresh.value->accessToken->view(), "at-second");
    QVERIFY(!refresh.value->idToken);  // not validated, so not kept
    const QUrlQuery refreshForm(QString::fromLatin1(idp.server.requests("/idp/token").last().body));
    QCOMPARE(refreshForm.queryItemValue("grant_type"), "refresh_token");
    QCOMPARE(refreshForm.queryItemValue("refresh_token").toLatin1(), kRefreshToken);

    idp.server.script("/idp/session/end", {rawResponse(200, "<html>signed out</html>")});
    const OidcResult<bool> ended = await(idp.client->endSession(*signIn.value->tokens.idToken));
    QVERIFY2(ended.ok(), qPrintable(ended.error.message));
    const QUrlQuery endQuery(idp.server.requests("/idp/session/end").first().url);
    QCOMPARE(endQuery.queryItemValue("id_token_hint").toLatin1(), idToken);

    const QMutexLocker lock(&logMutex);
    QVERIFY(!logLines.isEmpty());  // the HTTP client did log: the check below means something
    for (const QString& line : logLines) {
      for (const QByteArray& secretText : {kAccessToken, kRefreshToken, idToken, idToken.split('.')[1],
                                           request.codeVerifier().toByteArray(), QByteArray("the-code")}) {
        QVERIFY2(!line.contains(QString::fromLatin1(secretText)),
                 qPrintable("a token was logged: " + line.left(40)));
      }
    }
  }

  void tokenEndpointErrors_data() {
    QTest::addColumn<QString>("answer");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("400 invalid_grant") << "400" << int(OidcErrorKind::ProviderRefused) << "invalid_grant";
    QTest::newRow("400 without body") << "400-empty" << int(OidcErrorKind::ProviderRefused) << "HTTP 400";
    QTest::newRow("500") << "500" << int(OidcErrorKind::ServerError) << "HTTP 500";
    QTest::newRow("timeout") << "hang" << int(OidcErrorKind::Network) << "in time";
    QTest::newRow("connection dropped") << "drop" << int(OidcErrorKind::Network) << "";
    QTest::newRow("not JSON") << "html" << int(OidcErrorKind::BadResponse) << "";
    QTest::newRow("no ID token") << "no-id-token" << int(OidcErrorKind::BadResponse) << "";
    QTest::newRow("not Bearer") << "mac" << int(OidcErrorKind::BadResponse) << "";
    QTest::newRow("ID token for another sign-in") << "wrong-nonce" << int(OidcErrorKind::NonceMismatch) << "";
  }
  void tokenEndpointErrors() {
    QFETCH(QString, answer);
    QFETCH(int, expected);
    QFETCH(QString, mentions);
    Idp idp(500ms);
    idp.discover();
    const AuthorizationRequest request = *idp.client->startAuthorization().value;
    QJsonObject tokens = idp.tokenAnswer(idp.idToken(request.nonce()));
    ScriptedResponse response;
    if (answer == "400") {
      response = jsonResponse({{"error", "invalid_grant"}, {"error_description", "code expired"}}, 400);
    } else if (answer == "400-empty") {
      response = rawResponse(400, {});
    } else if (answer == "500") {
      response = rawResponse(500, "oops");
    } else if (answer == "hang") {
      response.action = ScriptedResponse::Action::Hang;
    } else if (answer == "drop") {
      response.action = ScriptedResponse::Action::Drop;
    } else if (answer == "html") {
      response = rawResponse(200, "<html>");
    } else if (answer == "no-id-token") {
      tokens.remove("id_token");
      response = jsonResponse(tokens);
    } else if (answer == "mac") {
      tokens.insert("token_type", "MAC");
      response = jsonResponse(tokens);
    } else if (answer == "wrong-nonce") {
      response = jsonResponse(idp.tokenAnswer(idp.idToken("not-this-one")));
    }
    idp.server.script("/idp/token", QList<ScriptedResponse>(4, response));
    const OidcResult<OidcSignIn> result = await(idp.client->exchangeCode(request, "c"));
    QVERIFY2(int(result.error.kind) == expected, qPrintable(result.error.message));
    QVERIFY(!result.error.message.isEmpty());
    QVERIFY2(result.error.message.contains(mentions), qPrintable(result.error.message));
    QVERIFY(!result.error.message.contains(QString::fromLatin1(kAccessToken)));
  }

  void userInfoSubjectMismatchRefused_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("expected");
    QTest::newRow("another sub") << QByteArray("{\"sub\":\"555000000002\",\"name\":\"Someone Else\"}")
                                 << int(OidcErrorKind::SubjectMismatch);
    QTest::newRow("no sub") << QByteArray("{\"name\":\"Nobody\"}") << int(OidcErrorKind::SubjectMismatch);
    QTest::newRow("not JSON") << QByteArray("<html>") << int(OidcErrorKind::BadResponse);
  }
  void userInfoSubjectMismatchRefused() {
    QFETCH(QByteArray, body);
    QFETCH(int, expected);
    Idp idp;
    idp.discover();
    idp.server.script("/idp/me", {rawResponse(200, body)});
    const auto result = await(idp.client->userInfo(secret(kAccessToken), kSubject));
    QVERIFY2(int(result.error.kind) == expected, qPrintable(result.error.message));
  }

  void userInfoUnauthorized() {
    Idp idp;
    idp.discover();
    idp.server.script("/idp/me", {jsonResponse({{"error", "invalid_token"}}, 401)});
    const auto result = await(idp.client->userInfo(secret(kAccessToken), kSubject));
    QCOMPARE(result.error.kind, OidcErrorKind::ProviderRefused);
    QCOMPARE(result.error.httpStatus, 401);
  }

  void callsBeforeDiscoveryRefused() {
    Idp idp;
    QCOMPARE(idp.client->startAuthorization().error.kind, OidcErrorKind::NotDiscovered);
    QCOMPARE(await(idp.client->refresh(secret(kRefreshToken))).error.kind, OidcErrorKind::NotDiscovered);
    QCOMPARE(await(idp.client->userInfo(secret(kAccessToken), kSubject)).error.kind,
             OidcErrorKind::NotDiscovered);
    QCOMPARE(idp.client->endSessionUrl(secret("x")).error.kind, OidcErrorKind::NotDiscovered);
    QVERIFY(idp.server.requests().isEmpty());
  }
};

QTEST_GUILESS_MAIN(TestOidcClient)
#include "tst_oidcclient.moc"
