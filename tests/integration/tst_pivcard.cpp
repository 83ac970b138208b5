// The PIV profile and CardService against cardsim's cards behind the real
// pcscd and vpcd: reading ECC, RSA and T=0 cards, proving the cardholder with
// right and wrong PINs, blocked, not-PIV, expired and untrusted cards, a card
// pulled away, signing, and key agreement checked against OpenSSL's ECDH.
#include "core/base/Clock.h"
#include "smartcard/CardService.h"
#include "smartcard/PcscCardChannel.h"
#include "smartcard/PivCard.h"
#include "tests/support/AwaitFuture.h"
#include "tests/support/CardSimProcess.h"
#include "tests/support/Pcscd.h"

#include <QCryptographicHash>
#include <QTest>

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

using cw::smartcard::CardError;
using cw::smartcard::CardholderProof;
using cw::smartcard::CardInfo;
using cw::smartcard::CardResult;
using cw::smartcard::CardService;
using cw::smartcard::TrustResult;

namespace {

const QString kReader = QStringLiteral("Virtual PCD 00 00");
constexpr int kArrivalMs = 10000;

cw::crypto::SecureBytes pin(const char* digits) {
  return cw::crypto::SecureBytes(digits, qstrlen(digits));
}

template <typename T>
T await(const QFuture<T>& future) {
  if (!cw::test::finishesWhileServing(future)) {
    qFatal("card operation hung");
  }
  return future.result();
}

}  // namespace

class TestPivCard : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    QVERIFY2(m_pcscd.ensureRunning(), qPrintable(m_pcscd.error()));
    QVERIFY2(m_cardsim.start(), qPrintable(m_cardsim.error()));
    auto anchors = cw::smartcard::TrustAnchors::load(m_cardsim.trustDirectory());
    QVERIFY2(anchors.ok(), qPrintable(anchors.error().message));
    m_service = std::make_unique<CardService>(std::move(anchors).value(), m_clock);
  }

  void cleanupTestCase() { m_service.reset(); }

  void cleanup() {
    m_cardsim.remove(0);
    // Wait until pcscd has seen the card go, so the next card is a new one
    // (the session manager likewise reads a card only after cardInserted).
    QTRY_VERIFY_WITH_TIMEOUT(!await(m_service->readCard(kReader)).ok(), kArrivalMs);
  }

  void readsCard_data() {
    QTest::addColumn<QString>("persona");
    QTest::addColumn<QString>("userId");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("trust");
    QTest::newRow("ECC P-256") << "ward-nurse"
                               << "555000000101"
                               << "Grace Adeyemi" << int(TrustResult::Trusted);
    QTest::newRow("RSA-2048") << "pharmacist"
                              << "555000000104"
                              << "Rhodri Llewelyn" << int(TrustResult::Trusted);
    QTest::newRow("T=0, 61xx and 6Cxx") << "t0-nurse"
                                        << "555000000101"
                                        << "Grace Adeyemi" << int(TrustResult::Trusted);
    QTest::newRow("expired") << "expired"
                             << "555000000192" << QString() << int(TrustResult::Expired);
    QTest::newRow("untrusted") << "untrusted"
                               << "555000000193" << QString() << int(TrustResult::Untrusted);
  }
  void readsCard() {
    QFETCH(QString, persona);
    QFETCH(QString, userId);
    QFETCH(QString, name);
    QFETCH(int, trust);
    const CardResult<CardInfo> info = insertAndRead(persona);
    QVERIFY2(info.ok(), qPrintable(info.error().message));
    QVERIFY(info->isPiv);
    QCOMPARE(info->reader, kReader);
    QVERIFY(!info->atr.isEmpty());
    QCOMPARE(info->userId, userId);
    if (!name.isEmpty()) {
      QCOMPARE(info->displayName, name);
    }
    QCOMPARE(int(info->trust), trust);
    QCOMPARE(info->triesLeft, 3);
    QCOMPARE(info->chuidGuid.size(), 16);
    QVERIFY(info->certificate.has_value());
  }

  void notPivCard() {
    const CardResult<CardInfo> info = insertAndRead(QStringLiteral("not-piv"));
    QVERIFY2(info.ok(), qPrintable(info.error().message));
    QVERIFY(!info->isPiv);
    QVERIFY(info->userId.isEmpty());
    const CardholderProof proof = await(m_service->proveCardholder(kReader, pin("123456")));
    QCOMPARE(proof.outcome, CardholderProof::Outcome::Failed);
    QCOMPARE(proof.error.kind, CardError::Kind::NotPiv);
  }

  void provesCardholderAndSigns_data() {
    QTest::addColumn<QString>("persona");
    QTest::newRow("ECC P-256") << "ward-nurse";
    QTest::newRow("RSA-2048") << "pharmacist";
    QTest::newRow("T=0") << "t0-nurse";
  }
  void provesCardholderAndSigns() {
    QFETCH(QString, persona);
    const CardResult<CardInfo> info = insertAndRead(persona);
    QVERIFY2(info.ok(), qPrintable(info.error().message));
    const CardholderProof proof = await(m_service->proveCardholder(kReader, pin("123456")));
    QVERIFY2(proof.outcome == CardholderProof::Outcome::Verified, qPrintable(proof.error.message));
    // The IdP bridge signs with the PIN verified in the same card session.
    const QByteArray message = "cw-card-login\nhttp://127.0.0.1\nchallenge";
    const CardResult<QByteArray> signature = await(m_service->sign(kReader, message));
    QVERIFY2(signature.ok(), qPrintable(signature.error().message));
    QVERIFY(cw::smartcard::verifySignature(*info->certificate,
                                           QCryptographicHash::hash(message, QCryptographicHash::Sha256),
                                           signature.value()));
    const CardResult<CardInfo> again = await(m_service->readCard(kReader));
    QVERIFY(again.ok());
    QVERIFY(again->pinVerified);
  }

  void signNeedsThePin() {
    QVERIFY(insertAndRead(QStringLiteral("gp")).ok());
    const CardResult<QByteArray> signature = await(m_service->sign(kReader, "message"));
    QVERIFY(!signature.ok());
    QCOMPARE(signature.error().kind, CardError::Kind::NotVerified);
  }

  void wrongPinCountsDown() {
    QVERIFY(insertAndRead(QStringLiteral("fy1-doctor")).ok());
    CardholderProof proof = await(m_service->proveCardholder(kReader, pin("000000")));
    QCOMPARE(proof.outcome, CardholderProof::Outcome::WrongPin);
    QCOMPARE(proof.triesLeft, 2);
    proof = await(m_service->proveCardholder(kReader, pin("00000000")));
    QCOMPARE(proof.outcome, CardholderProof::Outcome::WrongPin);
    QCOMPARE(proof.triesLeft, 1);
    const CardResult<CardInfo> info = await(m_service->readCard(kReader));
    QVERIFY(info.ok());
    QCOMPARE(info->triesLeft, 1);
    // A malformed PIN never reaches the card, so spends no try.
    proof = await(m_service->proveCardholder(kReader, pin("12345")));
    QCOMPARE(proof.outcome, CardholderProof::Outcome::Failed);
    QCOMPARE(proof.error.kind, CardError::Kind::InvalidPin);
    proof = await(m_service->proveCardholder(kReader, pin("123456")));
    QVERIFY2(proof.outcome == CardholderProof::Outcome::Verified, qPrintable(proof.error.message));
  }

  void blockedCard() {
    const CardResult<CardInfo> info = insertAndRead(QStringLiteral("blocked"));
    QVERIFY(info.ok());
    QCOMPARE(info->triesLeft, 0);
    const CardholderProof proof = await(m_service->proveCardholder(kReader, pin("123456")));
    QCOMPARE(proof.outcome, CardholderProof::Outcome::Blocked);
  }

  void untrustedCardsGetNoPin_data() {
    QTest::addColumn<QString>("persona");
    QTest::newRow("expired") << "expired";
    QTest::newRow("untrusted") << "untrusted";
  }
  void untrustedCardsGetNoPin() {
    QFETCH(QString, persona);
    QVERIFY(insertAndRead(persona).ok());
    const CardholderProof proof = await(m_service->proveCardholder(kReader, pin("000000")));
    QCOMPARE(proof.outcome, CardholderProof::Outcome::Failed);
    QCOMPARE(proof.error.kind, CardError::Kind::Untrusted);
    QVERIFY(!proof.error.message.isEmpty());
    QCOMPARE(await(m_service->readCard(kReader))->triesLeft, 3);
  }

  void cardRemovedBetweenOperations() {
    QVERIFY(insertAndRead(QStringLiteral("medical-registrar")).ok());
    QVERIFY(m_cardsim.remove(0));
    CardholderProof proof;
    // pcscd notices the removal within its polling interval.
    QTRY_VERIFY_WITH_TIMEOUT((proof = await(m_service->proveCardholder(kReader, pin("123456")))).outcome ==
                                 CardholderProof::Outcome::CardRemoved,
                             kArrivalMs);
    QVERIFY(!proof.error.message.isEmpty());
    const CardResult<QByteArray> signature = await(m_service->sign(kReader, "message"));
    QVERIFY(!signature.ok());
    QCOMPARE(signature.error().kind, CardError::Kind::CardRemoved);
  }

  void cardPulledMidOperationNeverHangs() {
    QVERIFY(insertAndRead(QStringLiteral("gp-receptionist")).ok());
    const QFuture<CardholderProof> pending = m_service->proveCardholder(kReader, pin("123456"));
    QVERIFY(m_cardsim.remove(0));
    const CardholderProof proof = await(pending);
    // Whichever came first: the proof completed, or the removal was reported.
    QVERIFY2(proof.outcome == CardholderProof::Outcome::Verified ||
                 proof.outcome == CardholderProof::Outcome::CardRemoved,
             qPrintable(proof.error.message));
  }

  void keyAgreementMatchesOpenSsl() {
    QVERIFY(insertAndRead(QStringLiteral("ward-nurse")).ok());
    auto channel = cw::smartcard::PcscCardChannel::connect(kReader);
    QVERIFY2(channel.ok(), qPrintable(channel.error().message));
    cw::smartcard::PivCard card(*channel.value());
    QVERIFY(card.select().ok());
    QCOMPARE(card.verifyPin(pin("123456")).outcome,
             cw::smartcard::PivCard::PinVerification::Outcome::Verified);
    const CardResult<QByteArray> der = card.readCertificate(cw::smartcard::PivSlot::KeyManagement);
    QVERIFY2(der.ok(), qPrintable(der.error().message));
    const auto certificate = cw::smartcard::CardCertificate::fromDer(der.value());
    QVERIFY(certificate.ok());
    EVP_PKEY* cardKey = X509_get0_pubkey(certificate->x509());

    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> ours(EVP_EC_gen("P-256"), EVP_PKEY_free);
    QByteArray point(65, '\0');
    size_t pointLength = 0;
    QVERIFY(EVP_PKEY_get_octet_string_param(ours.get(), OSSL_PKEY_PARAM_ENCODED_PUBLIC_KEY,
                                            reinterpret_cast<unsigned char*>(point.data()), 65,
                                            &pointLength) == 1);
    QCOMPARE(pointLength, size_t(65));

    const CardResult<cw::crypto::SecureBytes> fromCard = card.keyAgreement(point);
    QVERIFY2(fromCard.ok(), qPrintable(fromCard.error().message));

    std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> derive(EVP_PKEY_CTX_new(ours.get(), nullptr),
                                                                       EVP_PKEY_CTX_free);
    QVERIFY(EVP_PKEY_derive_init(derive.get()) == 1);
    QVERIFY(EVP_PKEY_derive_set_peer(derive.get(), cardKey) == 1);
    QByteArray expected(32, '\0');
    size_t secretLength = 32;
    QVERIFY(EVP_PKEY_derive(derive.get(), reinterpret_cast<unsigned char*>(expected.data()), &secretLength) ==
            1);
    QVERIFY(fromCard->equals(expected));

    QCOMPARE(card.keyAgreement(point.first(33)).error().kind, CardError::Kind::Malformed);
    QVERIFY(!card.logout().has_value());
    QVERIFY(!card.pinTriesLeft()->verified);
  }

 private:
  // Inserts a card and reads it once pcscd has noticed it.
  CardResult<CardInfo> insertAndRead(const QString& persona) {
    if (!m_cardsim.insert(persona, 0)) {
      return CardError{CardError::Kind::NoCard, m_cardsim.error()};
    }
    CardResult<CardInfo> info = CardError{};
    const QDeadlineTimer deadline(kArrivalMs);
    do {
      info = await(m_service->readCard(kReader));
      // Just after insertion vpcd may still be powering the card up.
      const bool arriving = !info.ok() && (info.error().kind == CardError::Kind::CardRemoved ||
                                           info.error().kind == CardError::Kind::Communication);
      if (!arriving) {
        break;
      }
      QTest::qWait(50);
    } while (!deadline.hasExpired());
    return info;
  }

  cw::test::Pcscd m_pcscd;
  cw::test::CardSimProcess m_cardsim;
  cw::base::SystemClock m_clock;
  std::unique_ptr<CardService> m_service;
};

QTEST_GUILESS_MAIN(TestPivCard)
#include "tst_pivcard.moc"
