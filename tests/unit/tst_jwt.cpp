// The strict compact-JWS reader: good tokens split into header, claims,
// signing input and signature; every malformed shape refused with a message.
#include "core/identity/Jwt.h"

#include <QTest>

using cw::identity::Jwt;
using cw::identity::JwtParseResult;

namespace {

QByteArray b64(const QByteArray& bytes) {
  return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

const QByteArray kHeader = b64("{\"alg\":\"ES256\",\"kid\":\"k1\",\"typ\":\"JWT\"}");
const QByteArray kClaims = b64("{\"sub\":\"555000000001\",\"aud\":[\"a\",\"b\"],\"exp\":1}");
const QByteArray kSignature = b64(QByteArray(64, '\x5a'));

}  // namespace

class TestJwt : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void parsesGoodToken() {
    const QByteArray compact = kHeader + '.' + kClaims + '.' + kSignature;
    const JwtParseResult parsed = Jwt::parse(compact);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.jwt->algorithm(), QStringLiteral("ES256"));
    QCOMPARE(parsed.jwt->keyId(), QStringLiteral("k1"));
    QCOMPARE(parsed.jwt->claims()[u"sub"].toString(), QStringLiteral("555000000001"));
    QCOMPARE(parsed.jwt->claims()[u"aud"].size(), 2);
    QCOMPARE(parsed.jwt->signingInput(), kHeader + '.' + kClaims);
    QCOMPARE(parsed.jwt->signature(), QByteArray(64, '\x5a'));
  }

  void parsesEmptySignature() {
    // "alg":"none" tokens have no signature; the reader leaves them to the
    // validator, which refuses the algorithm with its own error.
    const JwtParseResult parsed = Jwt::parse(b64("{\"alg\":\"none\",\"kid\":\"k\"}") + '.' + kClaims + '.');
    QVERIFY(parsed.ok());
    QVERIFY(parsed.jwt->signature().isEmpty());
  }

  void acceptsEveryBase64UrlLength_data() {
    QTest::addColumn<int>("bytes");
    for (int bytes : {1, 2, 3, 4, 31, 32, 33}) {
      QTest::addRow("%d", bytes) << bytes;
    }
  }
  void acceptsEveryBase64UrlLength() {
    QFETCH(int, bytes);
    const QByteArray signature(bytes, '\xfb');  // encodes to '-' and '_' characters
    const JwtParseResult parsed = Jwt::parse(kHeader + '.' + kClaims + '.' + b64(signature));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.jwt->signature(), signature);
  }

  void refusesMalformed_data() {
    QTest::addColumn<QByteArray>("compact");
    const QByteArray good = kHeader + '.' + kClaims + '.' + kSignature;
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("one part") << kHeader;
    QTest::newRow("two parts") << kHeader + '.' + kClaims;
    QTest::newRow("four parts") << good + '.' + kSignature;
    QTest::newRow("trailing dot") << good + '.';
    QTest::newRow("empty header") << '.' + kClaims + '.' + kSignature;
    QTest::newRow("empty payload") << kHeader + ".." + kSignature;
    QTest::newRow("padding") << kHeader + '.' + kClaims + '.' + QByteArray(64, 'A').toBase64() + "==";
    QTest::newRow("padded header") << b64("{\"alg\":\"ES256\",\"kid\":\"k1\"}") + "=." + kClaims + '.' +
                                          kSignature;
    QTest::newRow("standard alphabet") << kHeader + '.' + kClaims + '.' + QByteArray(3, '\xfb').toBase64();
    QTest::newRow("whitespace") << kHeader + ". " + kClaims + '.' + kSignature;
    QTest::newRow("newline") << good + '\n';
    QTest::newRow("impossible length") << kHeader + '.' + kClaims + ".AAAAA";
    QTest::newRow("header not json") << b64("alg=ES256") + '.' + kClaims + '.' + kSignature;
    QTest::newRow("header array") << b64("[\"ES256\"]") + '.' + kClaims + '.' + kSignature;
    QTest::newRow("header no alg") << b64("{\"kid\":\"k1\"}") + '.' + kClaims + '.' + kSignature;
    QTest::newRow("header alg empty")
        << b64("{\"alg\":\"\",\"kid\":\"k1\"}") + '.' + kClaims + '.' + kSignature;
    QTest::newRow("header alg number")
        << b64("{\"alg\":256,\"kid\":\"k1\"}") + '.' + kClaims + '.' + kSignature;
    QTest::newRow("header no kid") << b64("{\"alg\":\"ES256\"}") + '.' + kClaims + '.' + kSignature;
    QTest::newRow("header kid number")
        << b64("{\"alg\":\"ES256\",\"kid\":1}") + '.' + kClaims + '.' + kSignature;
    QTest::newRow("header crit") << b64("{\"alg\":\"ES256\",\"kid\":\"k\",\"crit\":[\"exp\"]}") + '.' +
                                        kClaims + '.' + kSignature;
    QTest::newRow("header duplicate alg")
        << b64("{\"alg\":\"ES256\",\"alg\":\"none\",\"kid\":\"k\"}") + '.' + kClaims + '.' + kSignature;
    QTest::newRow("payload not json") << kHeader + '.' + b64("sub=1") + '.' + kSignature;
    QTest::newRow("payload string") << kHeader + '.' + b64("\"sub\"") + '.' + kSignature;
    QTest::newRow("payload trailing") << kHeader + '.' + b64("{\"sub\":\"1\"} x") + '.' + kSignature;
    QTest::newRow("payload too deep")
        << kHeader + '.' + b64(QByteArray(40, '[') + QByteArray(40, ']')) + '.' + kSignature;
    QTest::newRow("too large") << kHeader + '.' + b64(QByteArray(Jwt::kMaxCompactBytes, 'x')) + '.' +
                                      kSignature;
  }
  void refusesMalformed() {
    QFETCH(QByteArray, compact);
    const JwtParseResult parsed = Jwt::parse(compact);
    QVERIFY(!parsed.ok());
    QVERIFY(parsed.error.startsWith(QStringLiteral("The sign-in token is malformed: ")));
  }
};

QTEST_GUILESS_MAIN(TestJwt)
#include "tst_jwt.moc"
