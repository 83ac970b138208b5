// ID token validation with tokens this test signs with keys it generates (EC
// P-256, RSA-2048), the JWKS served over real HTTP by a scripted server:
// every rejection of OIDC Core 3.1.3.7 its own row, and the JWKS refetch on
// an unknown kid (once, rate-limited, finds rotated keys).
#include "core/identity/IdTokenValidator.h"
#include "tests/support/AwaitFuture.h"
#include "tests/support/MockClock.h"
#include "tests/support/ScriptedHttpServer.h"
#include "tests/support/TestSigningKey.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QTest>

#include <memory>
#include <optional>

using cw::identity::IdToken;
using cw::identity::IdTokenValidator;
using cw::identity::IdTokenValidatorOptions;
using cw::identity::OidcErrorKind;
using cw::identity::OidcResult;
using cw::test::ScriptedHttpServer;
using cw::test::ScriptedResponse;
using cw::test::TestSigningKey;

namespace {

// A CIS2-style issuer with the explicit port real tokens carry.
const QString kIssuer =
    "https://am.nhsint.auth-ptl.cis2.spineservices.nhs.uk:443/openam/oauth2/realms/root/"
    "realms/NHSIdentity/realms/Healthcare";
const QString kClientId = "cw-workstation";
const QString kNonce = "n-0S6_WzA2Mj";
const QString kSubject = "555000000001";

ScriptedResponse jwksResponse(const QJsonArray& keys) {
  ScriptedResponse response;
  response.headers = {{"Content-Type", "application/json"}};
  response.body = QJsonDocument(QJsonObject{{"keys", keys}}).toJson(QJsonDocument::Compact);
  return response;
}

// One provider for one test: a JWKS endpoint, a clock, and the validator.
struct Provider {
  explicit Provider(QList<ScriptedResponse> jwks) {
    server.script("/jwks", std::move(jwks));
    if (server.listenOnLoopback() == 0) {
      qFatal("cannot listen on loopback");
    }
    IdTokenValidatorOptions options;
    options.issuer = kIssuer;
    options.clientId = kClientId;
    options.jwksUri = server.url("/jwks");
    validator = std::make_unique<IdTokenValidator>(options, http, clock);
  }

  OidcResult<IdToken> validate(const QByteArray& token, const QString& nonce = kNonce) {
    QFuture<OidcResult<IdToken>> future = validator->validate(token, nonce);
    if (!cw::test::finishesWhileServing(future)) {
      qFatal("validation did not finish");
    }
    return future.result();
  }
  qsizetype jwksFetches() const { return server.requests("/jwks").size(); }

  ScriptedHttpServer server;
  cw::http::HttpClient http;
  cw::test::MockClock clock;
  std::unique_ptr<IdTokenValidator> validator;
};

}  // namespace

class TestIdTokenValidator : public QObject {
  Q_OBJECT

 public:
  TestIdTokenValidator()
      : m_ec(TestSigningKey::ecP256()), m_rsa(TestSigningKey::rsa()), m_other(TestSigningKey::ecP256()) {}

 private:
  QJsonObject claims() const {
    const qint64 now = cw::test::MockClock().now().toSecsSinceEpoch();
    return {{"iss", kIssuer}, {"sub", kSubject}, {"aud", kClientId}, {"exp", now + 300},
            {"iat", now},     {"nonce", kNonce}, {"auth_time", now}};
  }
  QJsonObject claimsWith(const QString& name, const QJsonValue& value) const {
    QJsonObject changed = claims();
    changed.insert(name, value);
    return changed;
  }
  QJsonObject claimsWithout(const QString& name) const {
    QJsonObject changed = claims();
    changed.remove(name);
    return changed;
  }
  QJsonArray keys() const {
    return {m_ec.jwk("ec1"), m_rsa.jwk("rsa1"), m_rsa.jwk("rsa-pinned", "RS256", "sig"),
            m_other.jwk("enc1", {}, "enc"),
            QJsonObject{{"kty", "oct"},
                        {"kid", "hmac1"},
                        {"k", QString::fromLatin1(TestSigningKey::base64Url("secret"))}}};
  }
  QList<ScriptedResponse> jwksTimes(int count) const {
    return QList<ScriptedResponse>(count, jwksResponse(keys()));
  }
  qint64 now() const { return cw::test::MockClock().now().toSecsSinceEpoch(); }

  TestSigningKey m_ec;
  TestSigningKey m_rsa;
  TestSigningKey m_other;

 private Q_SLOTS:
  void validates_data() {
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("nonce");
    QTest::addColumn<int>("expected");
    const int ok = int(OidcErrorKind::None);

    QTest::newRow("ES256 accepted") << m_ec.token("ES256", "ec1", claims()) << kNonce << ok;
    QTest::newRow("RS256 accepted") << m_rsa.token("RS256", "rsa1", claims()) << kNonce << ok;
    QTest::newRow("RS512 accepted") << m_rsa.token("RS512", "rsa1", claims()) << kNonce << ok;
    QTest::newRow("aud array with azp") << m_ec.token("ES256", "ec1", [&] {
      QJsonObject c = claimsWith("aud", QJsonArray{kClientId, "fhir-api"});
      c.insert("azp", kClientId);
      return c;
    }()) << kNonce << ok;
    QTest::newRow("azp equal to a single aud")
        << m_ec.token("ES256", "ec1", claimsWith("azp", kClientId)) << kNonce << ok;
    QTest::newRow("exp one second ahead")
        << m_ec.token("ES256", "ec1", claimsWith("exp", now() + 1)) << kNonce << ok;
    QTest::newRow("iat at the skew limit")
        << m_ec.token("ES256", "ec1", claimsWith("iat", now() + 5)) << kNonce << ok;

    QTest::newRow("malformed JWT") << QByteArray("not.a-token") << kNonce
                                   << int(OidcErrorKind::MalformedToken);
    QTest::newRow("bad signature (another key)")
        << m_other.token("ES256", "ec1", claims()) << kNonce << int(OidcErrorKind::BadSignature);
    {
      const QByteArray good = m_ec.token("ES256", "ec1", claims());
      const QList<QByteArray> parts = good.split('.');
      const QByteArray forgedClaims = TestSigningKey::base64Url(
          QJsonDocument(claimsWith("sub", "555000000002")).toJson(QJsonDocument::Compact));
      QTest::newRow("claims changed after signing")
          << parts[0] + '.' + forgedClaims + '.' + parts[2] << kNonce << int(OidcErrorKind::BadSignature);
      QTest::newRow("signature truncated") << parts[0] + '.' + parts[1] + '.' + parts[2].left(80) << kNonce
                                           << int(OidcErrorKind::BadSignature);
    }
    QTest::newRow("alg none") << TestSigningKey::compact({{"alg", "none"}, {"kid", "ec1"}}, claims(), {})
                              << kNonce << int(OidcErrorKind::UnsupportedAlgorithm);
    {
      // The classic confusion attack: HMAC keyed with the public key's bytes.
      const QJsonObject header{{"alg", "HS256"}, {"kid", "rsa1"}};
      const QByteArray input =
          TestSigningKey::base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
          TestSigningKey::base64Url(QJsonDocument(claims()).toJson(QJsonDocument::Compact));
      const QByteArray mac =
          QMessageAuthenticationCode::hash(input, m_rsa.publicKeyPem(), QCryptographicHash::Sha256);
      QTest::newRow("HS256 with the public key as secret")
          << input + '.' + TestSigningKey::base64Url(mac) << kNonce
          << int(OidcErrorKind::UnsupportedAlgorithm);
    }
    QTest::newRow("PS256 refused") << m_rsa.token("PS256", "rsa1", claims()) << kNonce
                                   << int(OidcErrorKind::UnsupportedAlgorithm);
    QTest::newRow("EC key with RS256 header")
        << m_ec.token("RS256", "ec1", claims()) << kNonce << int(OidcErrorKind::KeyTypeMismatch);
    QTest::newRow("RSA key with ES256 header")
        << m_rsa.token("ES256", "rsa1", claims()) << kNonce << int(OidcErrorKind::KeyTypeMismatch);
    QTest::newRow("key pinned to RS256, token RS512")
        << m_rsa.token("RS512", "rsa-pinned", claims()) << kNonce << int(OidcErrorKind::KeyTypeMismatch);
    QTest::newRow("unknown kid") << m_ec.token("ES256", "nobody", claims()) << kNonce
                                 << int(OidcErrorKind::UnknownKey);
    QTest::newRow("encryption key never verifies")
        << m_other.token("ES256", "enc1", claims()) << kNonce << int(OidcErrorKind::UnknownKey);
    QTest::newRow("symmetric key never loaded")
        << m_rsa.token("RS256", "hmac1", claims()) << kNonce << int(OidcErrorKind::UnknownKey);
    QTest::newRow("wrong issuer") << m_ec.token("ES256", "ec1", claimsWith("iss", "https://idp.example.org"))
                                  << kNonce << int(OidcErrorKind::WrongIssuer);
    QString withoutPort = kIssuer;
    withoutPort.remove(":443");
    QTest::newRow("issuer differing only by :443")
        << m_ec.token("ES256", "ec1", claimsWith("iss", withoutPort)) << kNonce
        << int(OidcErrorKind::WrongIssuer);
    QTest::newRow("issuer with trailing slash")
        << m_ec.token("ES256", "ec1", claimsWith("iss", kIssuer + "/")) << kNonce
        << int(OidcErrorKind::WrongIssuer);
    QTest::newRow("missing issuer") << m_ec.token("ES256", "ec1", claimsWithout("iss")) << kNonce
                                    << int(OidcErrorKind::MissingClaim);
    QTest::newRow("wrong audience") << m_ec.token("ES256", "ec1", claimsWith("aud", "another-app")) << kNonce
                                    << int(OidcErrorKind::WrongAudience);
    QTest::newRow("audience array without us")
        << m_ec.token("ES256", "ec1", claimsWith("aud", QJsonArray{"a", "b"})) << kNonce
        << int(OidcErrorKind::WrongAudience);
    QTest::newRow("several audiences without azp")
        << m_ec.token("ES256", "ec1", claimsWith("aud", QJsonArray{kClientId, "fhir-api"})) << kNonce
        << int(OidcErrorKind::WrongAuthorizedParty);
    QTest::newRow("azp mismatch") << m_ec.token("ES256", "ec1", claimsWith("azp", "another-app")) << kNonce
                                  << int(OidcErrorKind::WrongAuthorizedParty);
    QTest::newRow("expired") << m_ec.token("ES256", "ec1", claimsWith("exp", now() - 1)) << kNonce
                             << int(OidcErrorKind::Expired);
    QTest::newRow("exp exactly now") << m_ec.token("ES256", "ec1", claimsWith("exp", now())) << kNonce
                                     << int(OidcErrorKind::Expired);
    QTest::newRow("missing exp") << m_ec.token("ES256", "ec1", claimsWithout("exp")) << kNonce
                                 << int(OidcErrorKind::MissingClaim);
    QTest::newRow("exp not a number") << m_ec.token("ES256", "ec1", claimsWith("exp", "tomorrow")) << kNonce
                                      << int(OidcErrorKind::MissingClaim);
    QTest::newRow("iat beyond the skew") << m_ec.token("ES256", "ec1", claimsWith("iat", now() + 6)) << kNonce
                                         << int(OidcErrorKind::IssuedInFuture);
    QTest::newRow("missing iat") << m_ec.token("ES256", "ec1", claimsWithout("iat")) << kNonce
                                 << int(OidcErrorKind::MissingClaim);
    QTest::newRow("missing sub") << m_ec.token("ES256", "ec1", claimsWithout("sub")) << kNonce
                                 << int(OidcErrorKind::MissingClaim);
    QTest::newRow("nonce mismatch") << m_ec.token("ES256", "ec1", claims()) << "another-nonce"
                                    << int(OidcErrorKind::NonceMismatch);
    QTest::newRow("missing nonce") << m_ec.token("ES256", "ec1", claimsWithout("nonce")) << kNonce
                                   << int(OidcErrorKind::MissingNonce);
  }

  void validates() {
    QFETCH(QByteArray, token);
    QFETCH(QString, nonce);
    QFETCH(int, expected);
    Provider provider(jwksTimes(3));
    const OidcResult<IdToken> result = provider.validate(token, nonce);
    QVERIFY2(int(result.error.kind) == expected, qPrintable(result.error.message));
    QCOMPARE(result.ok(), expected == int(OidcErrorKind::None));
    if (result.ok()) {
      QCOMPARE(result.value->subject, kSubject);
      QCOMPARE(result.value->expiresAt.toSecsSinceEpoch(), result.value->claims[u"exp"].toInteger().value());
    } else {
      QVERIFY(!result.error.message.isEmpty());
      QVERIFY(!result.error.message.contains(kSubject));  // no token contents in messages
      QVERIFY(!result.error.message.contains(kNonce));
    }
  }

  void keysAreFetchedOnceAndCached() {
    Provider provider(jwksTimes(3));
    QVERIFY(provider.validate(m_ec.token("ES256", "ec1", claims())).ok());
    QVERIFY(provider.validate(m_rsa.token("RS256", "rsa1", claims())).ok());
    QCOMPARE(provider.jwksFetches(), 1);
  }

  void unknownKidRefetchesOnceThenFails() {
    Provider provider(jwksTimes(3));
    QVERIFY(provider.validate(m_ec.token("ES256", "ec1", claims())).ok());
    QCOMPARE(provider.validate(m_ec.token("ES256", "forged", claims())).error.kind,
             OidcErrorKind::UnknownKey);
    QCOMPARE(provider.jwksFetches(), 2);
    // Within the minute another unknown kid does not reach the provider.
    provider.clock.advanceSeconds(59);
    QCOMPARE(provider.validate(m_ec.token("ES256", "forged2", claims())).error.kind,
             OidcErrorKind::UnknownKey);
    QCOMPARE(provider.jwksFetches(), 2);
    provider.clock.advanceSeconds(1);
    QCOMPARE(provider.validate(m_ec.token("ES256", "forged3", claims())).error.kind,
             OidcErrorKind::UnknownKey);
    QCOMPARE(provider.jwksFetches(), 3);
  }

  void refetchFindsRotatedKey() {
    const TestSigningKey rotated = TestSigningKey::ecP256();
    Provider provider({jwksResponse({m_ec.jwk("ec1")}), jwksResponse({m_ec.jwk("ec1"), rotated.jwk("ec2")})});
    QVERIFY(provider.validate(m_ec.token("ES256", "ec1", claims())).ok());
    const OidcResult<IdToken> result = provider.validate(rotated.token("ES256", "ec2", claims()));
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QCOMPARE(provider.jwksFetches(), 2);
  }

  void keysUnavailable_data() {
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("server error") << 500 << QByteArray();
    QTest::newRow("not found") << 404 << QByteArray();
    QTest::newRow("not a key set") << 200 << QByteArray("{\"kids\":[]}");
    QTest::newRow("not JSON") << 200 << QByteArray("<html>");
  }
  void keysUnavailable() {
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    ScriptedResponse response;
    response.status = status;
    response.body = body;
    Provider provider(QList<ScriptedResponse>(4, response));
    const OidcResult<IdToken> result = provider.validate(m_ec.token("ES256", "ec1", claims()));
    QVERIFY2(result.error.kind == OidcErrorKind::KeysUnavailable, qPrintable(result.error.message));
    // No keys were ever read, so the next sign-in tries again at once.
    QCOMPARE(provider.validate(m_ec.token("ES256", "ec1", claims())).error.kind,
             OidcErrorKind::KeysUnavailable);
    QVERIFY(provider.jwksFetches() >= 2);
  }
};

QTEST_GUILESS_MAIN(TestIdTokenValidator)
#include "tst_idtokenvalidator.moc"
