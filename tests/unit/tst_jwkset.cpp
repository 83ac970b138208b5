// Which JWKS keys are loaded: RSA of 2048 bits or more and EC P-256 signing
// keys only; encryption, symmetric, short, off-curve and foreign-curve keys
// never are.
#include "core/identity/JwkSet.h"
#include "tests/support/TestSigningKey.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using cw::identity::Jwk;
using cw::identity::JwkSet;
using cw::test::TestSigningKey;

namespace {

std::optional<JwkSet> parse(const QJsonArray& keys) {
  return JwkSet::parse(QJsonDocument(QJsonObject{{"keys", keys}}).toJson(QJsonDocument::Compact));
}

QString b64(const QByteArray& bytes) {
  return QString::fromLatin1(TestSigningKey::base64Url(bytes));
}

}  // namespace

class TestJwkSet : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void loadsSigningKeys() {
    const TestSigningKey ec = TestSigningKey::ecP256();
    const TestSigningKey rsa = TestSigningKey::rsa();
    const std::optional<JwkSet> set = parse({ec.jwk("e"), rsa.jwk("r", "RS256", "sig")});
    QVERIFY(set);
    QCOMPARE(set->keys().size(), 2);
    QCOMPARE(set->find("e")->type(), Jwk::Type::EcP256);
    QCOMPARE(set->find("r")->type(), Jwk::Type::Rsa);
    QCOMPARE(set->find("r")->algorithm(), QStringLiteral("RS256"));
    QVERIFY(set->find("r")->key());
    QVERIFY(!set->find("x"));
  }

  void refusesKey_data() {
    QTest::addColumn<QJsonObject>("key");
    const TestSigningKey ec = TestSigningKey::ecP256();
    const TestSigningKey shortRsa = TestSigningKey::rsa(1024);
    QTest::newRow("use enc") << ec.jwk("k", {}, "enc");
    QTest::newRow("symmetric") << QJsonObject{{"kty", "oct"}, {"kid", "k"}, {"k", b64("secret")}};
    QTest::newRow("RSA 1024") << shortRsa.jwk("k");
    QJsonObject otherCurve = ec.jwk("k");
    otherCurve.insert("crv", "P-384");
    QTest::newRow("other curve") << otherCurve;
    QJsonObject offCurve = ec.jwk("k");
    offCurve.insert("y", b64(QByteArray(32, '\x01')));
    QTest::newRow("point not on the curve") << offCurve;
    QJsonObject shortX = ec.jwk("k");
    shortX.insert("x", b64(QByteArray(31, '\x01')));
    QTest::newRow("short coordinate") << shortX;
    QJsonObject padded = ec.jwk("k");
    padded.insert("x", padded["x"].toString() + "=");
    QTest::newRow("padded coordinate") << padded;
    QJsonObject noModulus = TestSigningKey::rsa().jwk("k");
    noModulus.remove("n");
    QTest::newRow("RSA without n") << noModulus;
    QTest::newRow("unknown type") << QJsonObject{
        {"kty", "OKP"}, {"kid", "k"}, {"crv", "Ed25519"}, {"x", b64("x")}};
  }
  void refusesKey() {
    QFETCH(QJsonObject, key);
    const std::optional<JwkSet> set = parse({key});
    QVERIFY(set);
    QVERIFY(set->keys().isEmpty());
  }

  void refusesDocument_data() {
    QTest::addColumn<QByteArray>("document");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not JSON") << QByteArray("<html>");
    QTest::newRow("no keys") << QByteArray("{\"key\":[]}");
    QTest::newRow("keys not an array") << QByteArray("{\"keys\":{}}");
  }
  void refusesDocument() {
    QFETCH(QByteArray, document);
    QVERIFY(!JwkSet::parse(document));
  }
};

QTEST_GUILESS_MAIN(TestJwkSet)
#include "tst_jwkset.moc"
