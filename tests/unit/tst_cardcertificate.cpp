// Card certificates and the trust check, with CAs and card certificates this
// test makes with OpenSSL: the user id from the UID attribute, validity at the
// mock clock's time, untrusted issuers, malformed input, and EVP signature
// checks for ECDSA P-256 and RSA-2048.
#include "smartcard/CardCertificate.h"
#include "smartcard/CertificateVerifier.h"
#include "smartcard/TrustAnchors.h"
#include "tests/support/MockClock.h"
#include "tests/support/TestFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QTest>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

using cw::smartcard::CardCertificate;
using cw::smartcard::CardError;
using cw::smartcard::CertificateVerifier;
using cw::smartcard::KeyAlgorithm;
using cw::smartcard::TrustAnchors;
using cw::smartcard::TrustResult;

namespace {

using Key = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using Cert = std::unique_ptr<X509, decltype(&X509_free)>;

const QDateTime kNow(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC);

Key eccKey() {
  return {EVP_EC_gen("P-256"), EVP_PKEY_free};
}

Key rsaKey() {
  return {EVP_RSA_gen(2048), EVP_PKEY_free};
}

void addEntry(X509_NAME* name, int nid, const char* value) {
  X509_NAME_add_entry_by_NID(name, nid, MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(value), -1, -1,
                             0);
}

struct CertSpec {
  const char* uid = "555254240100";
  const char* cn = "Ada Lovelace";
  QDateTime notBefore = kNow.addDays(-30);
  QDateTime notAfter = kNow.addDays(700);
};

// A certificate for `subjectKey`, signed by `issuerKey` (self-signed when the
// issuer certificate is null).
Cert makeCertificate(EVP_PKEY* subjectKey, EVP_PKEY* issuerKey, X509* issuer, const CertSpec& spec,
                     long serial) {
  Cert cert(X509_new(), X509_free);
  X509_set_version(cert.get(), 2);
  ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), serial);
  X509_NAME* subject = X509_get_subject_name(cert.get());
  addEntry(subject, NID_organizationName, "nhs");
  addEntry(subject, NID_organizationalUnitName, "People");
  if (spec.uid != nullptr) {
    addEntry(subject, NID_userId, spec.uid);
  }
  addEntry(subject, NID_commonName, spec.cn);
  X509_set_issuer_name(cert.get(), issuer != nullptr ? X509_get_subject_name(issuer) : subject);
  ASN1_TIME_set(X509_getm_notBefore(cert.get()), static_cast<time_t>(spec.notBefore.toSecsSinceEpoch()));
  ASN1_TIME_set(X509_getm_notAfter(cert.get()), static_cast<time_t>(spec.notAfter.toSecsSinceEpoch()));
  X509_set_pubkey(cert.get(), subjectKey);
  if (issuer == nullptr) {
    // A CA: OpenSSL wants basicConstraints CA:TRUE on a trust anchor it chains to.
    X509_EXTENSION* ca = X509V3_EXT_conf_nid(nullptr, nullptr, NID_basic_constraints, "critical,CA:TRUE");
    X509_add_ext(cert.get(), ca, -1);
    X509_EXTENSION_free(ca);
  }
  X509_sign(cert.get(), issuerKey, EVP_sha256());
  return cert;
}

QByteArray der(X509* cert) {
  unsigned char* bytes = nullptr;
  const int length = i2d_X509(cert, &bytes);
  QByteArray result(reinterpret_cast<const char*>(bytes), length);
  OPENSSL_free(bytes);
  return result;
}

QByteArray pem(X509* cert) {
  std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), BIO_free);
  PEM_write_bio_X509(bio.get(), cert);
  char* data = nullptr;
  const long length = BIO_get_mem_data(bio.get(), &data);
  return QByteArray(data, static_cast<qsizetype>(length));
}

QByteArray signDigest(EVP_PKEY* key, const QByteArray& digest, bool rsa) {
  std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> ctx(EVP_PKEY_CTX_new(key, nullptr),
                                                                  EVP_PKEY_CTX_free);
  EVP_PKEY_sign_init(ctx.get());
  EVP_PKEY_CTX_set_signature_md(ctx.get(), EVP_sha256());
  if (rsa) {
    EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PADDING);
  }
  size_t length = 0;
  const auto* in = reinterpret_cast<const unsigned char*>(digest.constData());
  EVP_PKEY_sign(ctx.get(), nullptr, &length, in, static_cast<size_t>(digest.size()));
  QByteArray signature(static_cast<qsizetype>(length), '\0');
  EVP_PKEY_sign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &length, in,
                static_cast<size_t>(digest.size()));
  signature.truncate(static_cast<qsizetype>(length));
  return signature;
}

// A demo CA, another CA nobody trusts, and the anchors file of the first.
struct Pki {
  Key caKey = eccKey();
  Cert ca = makeCertificate(caKey.get(), caKey.get(), nullptr, {nullptr, "Demo Card CA"}, 1);
  Key otherKey = eccKey();
  Cert otherCa = makeCertificate(otherKey.get(), otherKey.get(), nullptr, {nullptr, "Rogue CA"}, 2);
  cw::test::TestFiles files;
  QString anchorsFile = files.write(QStringLiteral("trust/card-ca.pem"), pem(ca.get()));
};

}  // namespace

class TestCardCertificate : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void readsIdentityAndKey_data() {
    QTest::addColumn<bool>("rsa");
    QTest::addColumn<int>("algorithm");
    QTest::newRow("ECC P-256") << false << int(KeyAlgorithm::EccP256);
    QTest::newRow("RSA-2048") << true << int(KeyAlgorithm::Rsa2048);
  }
  void readsIdentityAndKey() {
    QFETCH(bool, rsa);
    QFETCH(int, algorithm);
    Pki pki;
    const Key key = rsa ? rsaKey() : eccKey();
    const Cert cert = makeCertificate(key.get(), pki.caKey.get(), pki.ca.get(), {}, 10);
    const auto parsed = CardCertificate::fromDer(der(cert.get()));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    QCOMPARE(parsed->userId(), QStringLiteral("555254240100"));
    QCOMPARE(parsed->displayName(), QStringLiteral("Ada Lovelace"));
    QCOMPARE(parsed->notBefore(), kNow.addDays(-30));
    QCOMPARE(parsed->notAfter(), kNow.addDays(700));
    QCOMPARE(int(parsed->keyAlgorithm()), algorithm);
    QCOMPARE(parsed->der(), der(cert.get()));
  }

  void userIdMustBeTwelveDigits_data() {
    QTest::addColumn<QByteArray>("uid");
    QTest::newRow("11 digits") << QByteArray("55525424010");
    QTest::newRow("13 digits") << QByteArray("5552542401001");
    QTest::newRow("letters") << QByteArray("55525424010a");
    QTest::newRow("absent") << QByteArray();
  }
  void userIdMustBeTwelveDigits() {
    QFETCH(QByteArray, uid);
    Pki pki;
    const Key key = eccKey();
    CertSpec spec;
    spec.uid = uid.isEmpty() ? nullptr : uid.constData();
    const Cert cert = makeCertificate(key.get(), pki.caKey.get(), pki.ca.get(), spec, 11);
    const auto parsed = CardCertificate::fromDer(der(cert.get()));
    QVERIFY(parsed.ok());
    QVERIFY(parsed->userId().isEmpty());
    const cw::test::MockClock clock(kNow);
    const CertificateVerifier verifier(TrustAnchors::load(pki.anchorsFile).value(), clock);
    QCOMPARE(verifier.verify(parsed.value()), TrustResult::Malformed);
  }

  void malformedDerIsRefused_data() {
    QTest::addColumn<QByteArray>("bytes");
    Pki pki;
    const QByteArray good = der(pki.ca.get());
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("garbage") << QByteArray("not a certificate");
    QTest::newRow("truncated") << good.chopped(10);
    QTest::newRow("trailing bytes") << good + QByteArray("xx");
  }
  void malformedDerIsRefused() {
    QFETCH(QByteArray, bytes);
    const auto parsed = CardCertificate::fromDer(bytes);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().kind, CardError::Kind::Malformed);
    QVERIFY(!parsed.error().message.isEmpty());
  }

  void verifiesAtTheClocksTime_data() {
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<bool>("rogueIssuer");
    QTest::addColumn<int>("expected");
    QTest::newRow("valid") << kNow << false << int(TrustResult::Trusted);
    QTest::newRow("first valid second") << kNow.addDays(-30) << false << int(TrustResult::Trusted);
    QTest::newRow("a second before") << kNow.addDays(-30).addSecs(-1) << false
                                     << int(TrustResult::NotYetValid);
    // OpenSSL counts notAfter itself as expired (X509_cmp_time: equal is earlier).
    QTest::newRow("last valid second") << kNow.addDays(700).addSecs(-1) << false << int(TrustResult::Trusted);
    QTest::newRow("notAfter itself") << kNow.addDays(700) << false << int(TrustResult::Expired);
    QTest::newRow("a second after") << kNow.addDays(700).addSecs(1) << false << int(TrustResult::Expired);
    QTest::newRow("untrusted issuer") << kNow << true << int(TrustResult::Untrusted);
  }
  void verifiesAtTheClocksTime() {
    QFETCH(QDateTime, now);
    QFETCH(bool, rogueIssuer);
    QFETCH(int, expected);
    Pki pki;
    const Key key = eccKey();
    const Cert cert = rogueIssuer ? makeCertificate(key.get(), pki.otherKey.get(), pki.otherCa.get(), {}, 12)
                                  : makeCertificate(key.get(), pki.caKey.get(), pki.ca.get(), {}, 12);
    cw::test::MockClock clock(now);
    const CertificateVerifier verifier(TrustAnchors::load(pki.anchorsFile).value(), clock);
    QCOMPARE(int(verifier.verify(CardCertificate::fromDer(der(cert.get())).value())), expected);
    QVERIFY(!CertificateVerifier::describe(TrustResult(expected)).isEmpty());
  }

  void loadsAnchorsFromDirectory() {
    Pki pki;
    pki.files.write(QStringLiteral("trust/rogue.crt"), pem(pki.otherCa.get()));
    const auto anchors = TrustAnchors::load(pki.files.path(QStringLiteral("trust")));
    QVERIFY2(anchors.ok(), qPrintable(anchors.error().message));
    QCOMPARE(anchors->count(), 2);
  }

  void badAnchorsAreErrors_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");  // empty: make nothing
    QTest::newRow("missing path") << QStringLiteral("nowhere.pem") << QByteArray();
    QTest::newRow("not PEM") << QStringLiteral("ca.pem") << QByteArray("hello");
    QTest::newRow("empty directory") << QStringLiteral("empty/") << QByteArray();
  }
  void badAnchorsAreErrors() {
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    cw::test::TestFiles files;
    QString path = files.path(name);
    if (!content.isEmpty()) {
      path = files.write(name, content);
    } else if (name.endsWith(QLatin1Char('/'))) {
      QVERIFY(QDir().mkpath(path));
    }
    const auto anchors = TrustAnchors::load(path);
    QVERIFY(!anchors.ok());
    QVERIFY(!anchors.error().message.isEmpty());
  }

  void checksSignatures_data() {
    QTest::addColumn<bool>("rsa");
    QTest::newRow("ECDSA P-256") << false;
    QTest::newRow("RSA-2048 PKCS#1 v1.5") << true;
  }
  void checksSignatures() {
    QFETCH(bool, rsa);
    Pki pki;
    const Key key = rsa ? rsaKey() : eccKey();
    const Cert cert = makeCertificate(key.get(), pki.caKey.get(), pki.ca.get(), {}, 13);
    const CardCertificate certificate = CardCertificate::fromDer(der(cert.get())).value();
    const QByteArray digest = QCryptographicHash::hash("challenge", QCryptographicHash::Sha256);
    const QByteArray signature = signDigest(key.get(), digest, rsa);
    QVERIFY(cw::smartcard::verifySignature(certificate, digest, signature));
    QByteArray otherDigest = digest;
    otherDigest[0] = static_cast<char>(otherDigest[0] ^ 1);
    QVERIFY(!cw::smartcard::verifySignature(certificate, otherDigest, signature));
    QVERIFY(!cw::smartcard::verifySignature(certificate, digest, signature.chopped(1)));
    QVERIFY(!cw::smartcard::verifySignature(certificate, digest, QByteArray()));
    const Key stranger = rsa ? rsaKey() : eccKey();
    QVERIFY(!cw::smartcard::verifySignature(certificate, digest, signDigest(stranger.get(), digest, rsa)));
  }
};

QTEST_GUILESS_MAIN(TestCardCertificate)
#include "tst_cardcertificate.moc"
