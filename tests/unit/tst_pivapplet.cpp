// The PIV card application of cardsim, APDU by APDU, on cards written by
// `cardsim init`'s own code: every status word the host side relies on,
// both transports, chaining, GET RESPONSE, the PIN counter, and the
// cryptography checked with OpenSSL against the card's certificates.
#include "tests/support/TestFiles.h"
#include "tools/cardsim/CardFile.h"
#include "tools/cardsim/CardMaterial.h"
#include "tools/cardsim/PivApplet.h"

#include <QCryptographicHash>
#include <QTest>

#include <openssl/core_names.h>

#include <openssl/evp.h>
#include <openssl/x509.h>

#include <map>
#include <memory>

using cw::cardsim::CardFile;
using cw::cardsim::CardMaterial;
using cw::cardsim::PivApplet;

namespace {

const QByteArray kSelect = "00A404000BA000000308000010000100";

QByteArray hex(const QByteArray& text) {
  return QByteArray::fromHex(text);
}

QByteArray pinBlock(const QByteArray& pin) {
  return QByteArray("0020008008") + pin.toHex() + QByteArray(2 * (8 - pin.size()), 'F');
}

QByteArray statusOf(const QByteArray& response) {
  return response.right(2).toHex().toUpper();
}

// A card under test: the applet and the tries counter the daemon would keep.
struct Card {
  std::unique_ptr<CardFile> file;
  int triesLeft = 0;
  std::unique_ptr<PivApplet> applet;

  QByteArray send(const QByteArray& hexApdu) { return applet->process(hex(hexApdu)); }
};

struct OpenSslFree {
  void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
  void operator()(EVP_PKEY_CTX* context) const { EVP_PKEY_CTX_free(context); }
  void operator()(EVP_MD_CTX* context) const { EVP_MD_CTX_free(context); }
  void operator()(X509* certificate) const { X509_free(certificate); }
};

std::unique_ptr<EVP_PKEY, OpenSslFree> publicKeyOf(const QByteArray& certificateDer) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(certificateDer.constData());
  std::unique_ptr<X509, OpenSslFree> certificate(d2i_X509(nullptr, &bytes, certificateDer.size()));
  return std::unique_ptr<EVP_PKEY, OpenSslFree>(certificate ? X509_get_pubkey(certificate.get()) : nullptr);
}

}  // namespace

class TestPivApplet : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase();
  void apdus_data();
  void apdus();
  void triesCountDownToBlocked();
  void rightPinRestoresTries();
  void resetForgetsPinAndSelection();
  void certificateThroughGetResponse_data();
  void certificateThroughGetResponse();
  void t0WrongLeGets6C();
  void chainingJoinsData();
  void eccSignatureVerifies();
  void rsaSignatureVerifies();
  void keyAgreementMatchesOpenSsl();

 private:
  Card card(const QString& persona);
  // Sends `apdu` (data chained in 255-byte parts when longer) and collects
  // 61xx answers with GET RESPONSE; returns data and the final status.
  QByteArray transmit(Card& target, const QByteArray& header, const QByteArray& data);
  QByteArray signWith(Card& target, quint8 algorithm, const QByteArray& input);

  cw::test::TestFiles m_files;
};

void TestPivApplet::initTestCase() {
  QString error;
  QVERIFY2(CardMaterial(QDateTime::currentDateTimeUtc()).write(m_files.root(), &error), qPrintable(error));
}

Card TestPivApplet::card(const QString& persona) {
  QString error;
  std::optional<CardFile> file =
      CardFile::load(m_files.path(QStringLiteral("cards/%1.json").arg(persona)), &error);
  if (!file) {
    qFatal("%s", qPrintable(error));
  }
  Card result;
  result.file = std::make_unique<CardFile>(std::move(*file));
  result.triesLeft = result.file->triesLeft;
  result.applet = std::make_unique<PivApplet>(*result.file, result.triesLeft);
  return result;
}

void TestPivApplet::apdus_data() {
  QTest::addColumn<QString>("persona");
  QTest::addColumn<QByteArrayList>("before");  // sent first, answers not checked
  QTest::addColumn<QByteArray>("command");
  QTest::addColumn<QByteArray>("status");  // expected; two hex digits match 61xx and the like

  const QString nurse = QStringLiteral("ward-nurse");
  const QByteArrayList selected{kSelect};
  const QByteArrayList verified{kSelect, pinBlock("123456")};
  const QByteArray signHash = "0087119A267C2482008120" + QByteArray(64, 'A');

  QTest::newRow("three bytes") << nurse << QByteArrayList{} << QByteArray("00A404") << QByteArray("6700");
  QTest::newRow("Lc longer than data")
      << nurse << QByteArrayList{} << QByteArray("00A404000BA000") << QByteArray("6700");
  QTest::newRow("Lc shorter than data")
      << nurse << QByteArrayList{} << QByteArray("00A4040002A0000003") << QByteArray("6700");
  QTest::newRow("extended length") << nurse << QByteArrayList{} << QByteArray("00A4040000000BA0")
                                   << QByteArray("6700");
  QTest::newRow("proprietary CLA") << nurse << QByteArrayList{} << QByteArray("80A4040005A000000308")
                                   << QByteArray("6E00");
  QTest::newRow("secure messaging CLA")
      << nurse << selected << QByteArray("0CCB3FFF055C035FC102") << QByteArray("6E00");
  QTest::newRow("unknown INS") << nurse << selected << QByteArray("00FF0000") << QByteArray("6D00");
  QTest::newRow("CHANGE REFERENCE DATA")
      << nurse << selected << QByteArray("0024008010") + QByteArray(32, 'F') << QByteArray("6D00");
  QTest::newRow("GET DATA before SELECT")
      << nurse << QByteArrayList{} << QByteArray("00CB3FFF055C035FC102") << QByteArray("6985");
  QTest::newRow("VERIFY before SELECT")
      << nurse << QByteArrayList{} << QByteArray("00200080") << QByteArray("6985");

  QTest::newRow("SELECT full AID") << nurse << QByteArrayList{} << kSelect << QByteArray("9000");
  QTest::newRow("SELECT full AID with Le")
      << nurse << QByteArrayList{} << kSelect + "00" << QByteArray("9000");
  QTest::newRow("SELECT truncated AID")
      << nurse << QByteArrayList{} << QByteArray("00A4040009A00000030800001000") << QByteArray("9000");
  QTest::newRow("SELECT RID only") << nurse << QByteArrayList{} << QByteArray("00A4040005A000000308")
                                   << QByteArray("9000");
  QTest::newRow("SELECT shorter than RID")
      << nurse << QByteArrayList{} << QByteArray("00A4040004A0000003") << QByteArray("6A82");
  QTest::newRow("SELECT longer than AID")
      << nurse << QByteArrayList{} << QByteArray("00A404000CA00000030800001000010000") << QByteArray("6A82");
  QTest::newRow("SELECT other AID") << nurse << QByteArrayList{} << QByteArray("00A4040007A0000000041010")
                                    << QByteArray("6A82");
  QTest::newRow("SELECT by file id") << nurse << QByteArrayList{} << QByteArray("00A40000023F00")
                                     << QByteArray("6A86");
  QTest::newRow("SELECT P2 next") << nurse << QByteArrayList{}
                                  << QByteArray("00A404020BA000000308000010000100") << QByteArray("6A86");
  QTest::newRow("SELECT on a card without PIV")
      << QStringLiteral("not-piv") << QByteArrayList{} << kSelect << QByteArray("6A82");

  QTest::newRow("GET DATA CHUID") << nurse << selected << QByteArray("00CB3FFF055C035FC10200")
                                  << QByteArray("9000");
  QTest::newRow("GET DATA discovery")
      << nurse << selected << QByteArray("00CB3FFF035C017E00") << QByteArray("9000");
  QTest::newRow("GET DATA certificate 9A")
      << nurse << selected << QByteArray("00CB3FFF055C035FC10500") << QByteArray("61");
  QTest::newRow("GET DATA certificate 9D")
      << nurse << selected << QByteArray("00CB3FFF055C035FC10B00") << QByteArray("61");
  QTest::newRow("GET DATA certificate 9C missing")
      << nurse << selected << QByteArray("00CB3FFF055C035FC10A00") << QByteArray("6A82");
  QTest::newRow("GET DATA CCC missing")
      << nurse << selected << QByteArray("00CB3FFF055C035FC10700") << QByteArray("6A82");
  QTest::newRow("GET DATA bad P1P2") << nurse << selected << QByteArray("00CB3FFE055C035FC10200")
                                     << QByteArray("6A86");
  QTest::newRow("GET DATA no tag list")
      << nurse << selected << QByteArray("00CB3FFF0553035FC102") << QByteArray("6A80");
  QTest::newRow("GET DATA truncated TLV")
      << nurse << selected << QByteArray("00CB3FFF035C035F") << QByteArray("6A80");
  QTest::newRow("GET DATA four-byte tag")
      << nurse << selected << QByteArray("00CB3FFF065C045FC10201") << QByteArray("6A80");
  QTest::newRow("GET DATA two tag lists")
      << nurse << selected << QByteArray("00CB3FFF065C017E5C017E") << QByteArray("6A80");
  QTest::newRow("GET DATA no data") << nurse << selected << QByteArray("00CB3FFF") << QByteArray("6A80");

  QTest::newRow("VERIFY tries query") << nurse << selected << QByteArray("00200080") << QByteArray("63C3");
  QTest::newRow("VERIFY right PIN") << nurse << selected << pinBlock("123456") << QByteArray("9000");
  QTest::newRow("VERIFY query once verified")
      << nurse << verified << QByteArray("00200080") << QByteArray("9000");
  QTest::newRow("VERIFY wrong PIN") << nurse << selected << pinBlock("654321") << QByteArray("63C2");
  QTest::newRow("VERIFY eight digits wrong")
      << nurse << selected << pinBlock("12345678") << QByteArray("63C2");
  QTest::newRow("VERIFY five digits") << nurse << selected << pinBlock("12345") << QByteArray("6A80");
  QTest::newRow("VERIFY letters") << nurse << selected << pinBlock("12345a") << QByteArray("6A80");
  QTest::newRow("VERIFY padding with zeros")
      << nurse << selected << QByteArray("00200080083132333435360000") << QByteArray("6A80");
  QTest::newRow("VERIFY seven bytes")
      << nurse << selected << QByteArray("00200080073132333435363F") << QByteArray("6A80");
  QTest::newRow("VERIFY global PIN") << nurse << selected << QByteArray("00200000") << QByteArray("6A88");
  QTest::newRow("VERIFY PUK") << nurse << selected << QByteArray("00200081") << QByteArray("6A88");
  QTest::newRow("VERIFY bad P1") << nurse << selected << QByteArray("00200180") << QByteArray("6A86");
  QTest::newRow("VERIFY reset") << nurse << verified << QByteArray("0020FF80") << QByteArray("9000");
  QTest::newRow("VERIFY reset with data")
      << nurse << verified << QByteArray("0020FF8001FF") << QByteArray("6700");
  QTest::newRow("VERIFY query after reset")
      << nurse << QByteArrayList{kSelect, pinBlock("123456"), "0020FF80"} << QByteArray("00200080")
      << QByteArray("63C3");
  QTest::newRow("VERIFY blocked query")
      << QStringLiteral("blocked") << selected << QByteArray("00200080") << QByteArray("6983");
  QTest::newRow("VERIFY blocked right PIN")
      << QStringLiteral("blocked") << selected << pinBlock("123456") << QByteArray("6983");

  QTest::newRow("sign without PIN") << nurse << selected << signHash << QByteArray("6982");
  QTest::newRow("sign after PIN reset")
      << nurse << QByteArrayList{kSelect, pinBlock("123456"), "0020FF80"} << signHash << QByteArray("6982");
  QTest::newRow("sign ECC") << nurse << verified << signHash << QByteArray("9000");
  QTest::newRow("sign RSA algorithm on ECC key")
      << nurse << verified << QByteArray("0087079A267C2482008120") + QByteArray(64, 'A')
      << QByteArray("6A86");
  QTest::newRow("sign P-384 algorithm")
      << nurse << verified << QByteArray("0087149A267C2482008120") + QByteArray(64, 'A')
      << QByteArray("6A86");
  QTest::newRow("sign short hash") << nurse << verified
                                   << QByteArray("0087119A257C238200811F") + QByteArray(62, 'A')
                                   << QByteArray("6A80");
  QTest::newRow("sign without response request")
      << nurse << verified << QByteArray("0087119A247C228120") + QByteArray(64, 'A') << QByteArray("6A80");
  QTest::newRow("sign two challenges")
      << nurse << verified << QByteArray("0087119A087C06820081008100") << QByteArray("6A80");
  QTest::newRow("sign not a 7C template")
      << nurse << verified << QByteArray("0087119A267D2482008120") + QByteArray(64, 'A')
      << QByteArray("6A80");
  QTest::newRow("sign bad inner length")
      << nurse << verified << QByteArray("0087119A047C028200") << QByteArray("6A80");
  QTest::newRow("agreement with key 9A")
      << nurse << verified << QByteArray("0087119A477C4582008541") + QByteArray(130, 'A')
      << QByteArray("6A80");
  QTest::newRow("signature with key 9D")
      << nurse << verified << QByteArray("0087119D267C2482008120") + QByteArray(64, 'A')
      << QByteArray("6A80");
  QTest::newRow("agreement with a point off the curve")
      << nurse << verified << QByteArray("0087119D477C458200854104") + QByteArray(128, 'A')
      << QByteArray("6A80");
  QTest::newRow("key 9C not on the card")
      << nurse << verified << QByteArray("0087119C267C2482008120") + QByteArray(64, 'A')
      << QByteArray("6A88");
  QTest::newRow("key reference not PIV")
      << nurse << verified << QByteArray("00871199267C2482008120") + QByteArray(64, 'A')
      << QByteArray("6A86");
  QTest::newRow("sign RSA wrong block size")
      << QStringLiteral("pharmacist") << QByteArrayList{kSelect, pinBlock("123456")}
      << QByteArray(signHash).replace(4, 2, "07") << QByteArray("6A80");

  QTest::newRow("GET RESPONSE with nothing pending")
      << nurse << selected << QByteArray("00C0000000") << QByteArray("6985");
  QTest::newRow("GET RESPONSE bad P1") << nurse << QByteArrayList{kSelect, "00CB3FFF055C035FC10500"}
                                       << QByteArray("00C0010000") << QByteArray("6A86");
  QTest::newRow("GET RESPONSE chained") << nurse << QByteArrayList{kSelect, "00CB3FFF055C035FC10500"}
                                        << QByteArray("10C0000000") << QByteArray("6884");
  QTest::newRow("GET RESPONSE after another command")
      << nurse << QByteArrayList{kSelect, "00CB3FFF055C035FC10500", "00200080"} << QByteArray("00C0000000")
      << QByteArray("6985");
  QTest::newRow("chain part") << nurse << verified << QByteArray("1087119A037C2482") << QByteArray("9000");
  QTest::newRow("chain continued by another command")
      << nurse << QByteArrayList{kSelect, "1087119A037C2482"} << QByteArray("00200080") << QByteArray("6883");
  QTest::newRow("chain with other P2") << nurse << QByteArrayList{kSelect, "1087119A037C2482"}
                                       << QByteArray("1087119D0100") << QByteArray("6883");
  QTest::newRow("chain too long") << nurse << QByteArrayList(16, "1087119AFF" + QByteArray(510, 'A'))
                                  << "1087119AFF" + QByteArray(510, 'A') << QByteArray("6700");

  QTest::newRow("T=0 SELECT") << QStringLiteral("t0-nurse") << QByteArrayList{} << kSelect
                              << QByteArray("6113");
  QTest::newRow("T=0 GET RESPONSE exact") << QStringLiteral("t0-nurse") << QByteArrayList{kSelect}
                                          << QByteArray("00C0000013") << QByteArray("9000");
  QTest::newRow("T=0 GET RESPONSE Le too long") << QStringLiteral("t0-nurse") << QByteArrayList{kSelect}
                                                << QByteArray("00C0000000") << QByteArray("6C13");
  QTest::newRow("T=0 GET RESPONSE Le too short") << QStringLiteral("t0-nurse") << QByteArrayList{kSelect}
                                                 << QByteArray("00C0000010") << QByteArray("6C13");
  QTest::newRow("T=0 CHUID") << QStringLiteral("t0-nurse") << selected << QByteArray("00CB3FFF055C035FC102")
                             << QByteArray("61");
  QTest::newRow("T=0 tries query") << QStringLiteral("t0-nurse") << selected << QByteArray("00200080")
                                   << QByteArray("63C3");
}

void TestPivApplet::apdus() {
  QFETCH(QString, persona);
  QFETCH(QByteArrayList, before);
  QFETCH(QByteArray, command);
  QFETCH(QByteArray, status);
  Card target = card(persona);
  for (const QByteArray& apdu : before) {
    target.send(apdu);
  }
  const QByteArray response = target.send(command);
  QVERIFY(response.size() >= 2);
  QCOMPARE(statusOf(response).left(status.size()), status);
}

void TestPivApplet::triesCountDownToBlocked() {
  Card target = card(QStringLiteral("ward-nurse"));
  target.send(kSelect);
  QCOMPARE(statusOf(target.send(pinBlock("111111"))), QByteArray("63C2"));
  QCOMPARE(statusOf(target.send(pinBlock("222222"))), QByteArray("63C1"));
  QCOMPARE(statusOf(target.send(pinBlock("333333"))), QByteArray("63C0"));
  QCOMPARE(target.triesLeft, 0);
  QCOMPARE(statusOf(target.send(pinBlock("123456"))), QByteArray("6983"));
  QCOMPARE(statusOf(target.send("00200080")), QByteArray("6983"));
  // The counter outlives a power cycle; only the daemon's lifetime resets it.
  target.applet->reset();
  target.send(kSelect);
  QCOMPARE(statusOf(target.send("00200080")), QByteArray("6983"));
}

void TestPivApplet::rightPinRestoresTries() {
  Card target = card(QStringLiteral("ward-nurse"));
  target.send(kSelect);
  QCOMPARE(statusOf(target.send(pinBlock("111111"))), QByteArray("63C2"));
  QCOMPARE(statusOf(target.send(pinBlock("123456"))), QByteArray("9000"));
  QCOMPARE(target.triesLeft, 3);
  QCOMPARE(statusOf(target.send("0020FF80")), QByteArray("9000"));
  QCOMPARE(statusOf(target.send("00200080")), QByteArray("63C3"));
}

void TestPivApplet::resetForgetsPinAndSelection() {
  Card target = card(QStringLiteral("ward-nurse"));
  target.send(kSelect);
  QCOMPARE(statusOf(target.send(pinBlock("123456"))), QByteArray("9000"));
  target.applet->reset();
  QCOMPARE(statusOf(target.send("00200080")), QByteArray("6985"));
  target.send(kSelect);
  QCOMPARE(statusOf(target.send("00200080")), QByteArray("63C3"));
}

void TestPivApplet::certificateThroughGetResponse_data() {
  QTest::addColumn<QString>("persona");
  QTest::addColumn<QByteArray>("tag");
  QTest::addColumn<int>("key");
  QTest::newRow("ECC 9A, T=1") << QStringLiteral("ward-nurse") << QByteArray("5FC105") << 0x9A;
  QTest::newRow("ECC 9D, T=1") << QStringLiteral("ward-nurse") << QByteArray("5FC10B") << 0x9D;
  QTest::newRow("RSA 9A, T=1") << QStringLiteral("pharmacist") << QByteArray("5FC105") << 0x9A;
  QTest::newRow("ECC 9A, T=0") << QStringLiteral("t0-nurse") << QByteArray("5FC105") << 0x9A;
}

void TestPivApplet::certificateThroughGetResponse() {
  QFETCH(QString, persona);
  QFETCH(QByteArray, tag);
  QFETCH(int, key);
  Card target = card(persona);
  target.send(kSelect);
  const QByteArray answer = transmit(target, "00CB3FFF", hex("5C03" + tag));
  QCOMPARE(statusOf(answer), QByteArray("9000"));
  const QByteArray certificate = target.file->key(static_cast<quint8>(key))->certificateDer();
  // 53 82 LLLL 70 82 LLLL <certificate> 71 01 00 FE 00
  QCOMPARE(answer.mid(8, certificate.size()), certificate);
  QCOMPARE(answer.mid(8 + certificate.size()).toHex().toUpper(), QByteArray("710100FE009000"));
}

void TestPivApplet::t0WrongLeGets6C() {
  Card target = card(QStringLiteral("t0-nurse"));
  const QByteArray first = target.send(kSelect);
  QCOMPARE(statusOf(first), QByteArray("6113"));
  QCOMPARE(statusOf(target.send("00C0000020")), QByteArray("6C13"));
  // The answer is still there after 6Cxx: re-sent with the right Le.
  const QByteArray answer = target.send("00C0000013");
  QCOMPARE(answer.toHex().toUpper(), QByteArray("61114F0600001000010079074F05A0000003089000"));
}

void TestPivApplet::chainingJoinsData() {
  Card target = card(QStringLiteral("ward-nurse"));
  target.send(kSelect);
  QCOMPARE(statusOf(target.send("10CB3FFF025C03")), QByteArray("9000"));
  QCOMPARE(statusOf(target.send("10CB3FFF015F")), QByteArray("9000"));
  const QByteArray answer = target.send("00CB3FFF02C10200");
  QCOMPARE(statusOf(answer), QByteArray("9000"));
  QVERIFY(answer.startsWith(hex("53")));
}

QByteArray TestPivApplet::transmit(Card& target, const QByteArray& header, const QByteArray& data) {
  QByteArray rest = data;
  QByteArray answer;
  while (rest.size() > 255) {
    QByteArray part = hex(header) + rest.left(255);
    part[0] = static_cast<char>(part[0] | 0x10);
    part.insert(4, static_cast<char>(255));
    answer = target.applet->process(part);
    if (statusOf(answer) != "9000") {
      return answer;
    }
    rest.remove(0, 255);
  }
  QByteArray last = hex(header);
  last.append(static_cast<char>(rest.size()));
  last += rest;
  answer = target.applet->process(last);
  QByteArray collected;
  while (statusOf(answer).startsWith("61")) {
    collected += answer.chopped(2);
    answer = target.applet->process(hex("00C00000") + answer.right(1));
    if (statusOf(answer).startsWith("6C")) {
      answer = target.applet->process(hex("00C00000") + answer.right(1));
    }
  }
  return collected + answer;
}

QByteArray TestPivApplet::signWith(Card& target, quint8 algorithm, const QByteArray& input) {
  target.send(kSelect);
  target.send(pinBlock("123456"));
  QByteArray inner = hex("8200") + hex("81");
  if (input.size() > 127) {
    inner += hex("82") + QByteArray(1, static_cast<char>(input.size() >> 8)) +
             QByteArray(1, static_cast<char>(input.size() & 0xFF));
  } else {
    inner += QByteArray(1, static_cast<char>(input.size()));
  }
  inner += input;
  QByteArray templ = hex("7C");
  templ += inner.size() > 255 ? hex("82") + QByteArray(1, static_cast<char>(inner.size() >> 8)) +
                                    QByteArray(1, static_cast<char>(inner.size() & 0xFF))
                              : (inner.size() > 127 ? hex("81") : QByteArray()) +
                                    QByteArray(1, static_cast<char>(inner.size()));
  templ += inner;
  const QByteArray answer = transmit(
      target, QByteArray("0087") + QByteArray::number(algorithm, 16).rightJustified(2, '0') + "9A", templ);
  if (statusOf(answer) != "9000") {
    qWarning("GENERAL AUTHENTICATE answered %s", statusOf(answer).constData());
    return {};
  }
  // 7C L 82 L <signature>, with one- to three-byte lengths.
  qsizetype at = 1;
  at += static_cast<quint8>(answer.at(at)) > 0x80 ? 1 + (static_cast<quint8>(answer.at(at)) & 0x7F) : 1;
  ++at;  // 82
  const auto lengthByte = static_cast<quint8>(answer.at(at));
  int length = lengthByte;
  if (lengthByte > 0x80) {
    length = 0;
    for (int index = 1; index <= (lengthByte & 0x7F); ++index) {
      length = (length << 8) | static_cast<quint8>(answer.at(at + index));
    }
    at += lengthByte & 0x7F;
  }
  return answer.mid(at + 1, length);
}

void TestPivApplet::eccSignatureVerifies() {
  Card target = card(QStringLiteral("ward-nurse"));
  const QByteArray message = "cw-card-login\nhttps://idp.example\nchallenge";
  const QByteArray digest = QCryptographicHash::hash(message, QCryptographicHash::Sha256);
  const QByteArray signature = signWith(target, 0x11, digest);
  QVERIFY(!signature.isEmpty());
  auto key = publicKeyOf(target.file->key(0x9A)->certificateDer());
  std::unique_ptr<EVP_MD_CTX, OpenSslFree> context(EVP_MD_CTX_new());
  QCOMPARE(EVP_DigestVerifyInit(context.get(), nullptr, EVP_sha256(), nullptr, key.get()), 1);
  QCOMPARE(EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char*>(signature.constData()),
                            signature.size(), reinterpret_cast<const unsigned char*>(message.constData()),
                            message.size()),
           1);
}

void TestPivApplet::rsaSignatureVerifies() {
  Card target = card(QStringLiteral("pharmacist"));
  const QByteArray message = "cw-card-login\nhttps://idp.example\nchallenge";
  // PKCS#1 v1.5: 00 01 FF.. 00 DigestInfo(SHA-256), as the host builds it.
  const QByteArray digestInfo = hex("3031300d060960864801650304020105000420") +
                                QCryptographicHash::hash(message, QCryptographicHash::Sha256);
  const QByteArray block =
      hex("0001") + QByteArray(256 - 3 - digestInfo.size(), '\xFF') + hex("00") + digestInfo;
  QCOMPARE(block.size(), 256);
  const QByteArray signature = signWith(target, 0x07, block);
  QCOMPARE(signature.size(), 256);
  auto key = publicKeyOf(target.file->key(0x9A)->certificateDer());
  std::unique_ptr<EVP_MD_CTX, OpenSslFree> context(EVP_MD_CTX_new());
  QCOMPARE(EVP_DigestVerifyInit(context.get(), nullptr, EVP_sha256(), nullptr, key.get()), 1);
  QCOMPARE(EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char*>(signature.constData()),
                            signature.size(), reinterpret_cast<const unsigned char*>(message.constData()),
                            message.size()),
           1);
}

void TestPivApplet::keyAgreementMatchesOpenSsl() {
  Card target = card(QStringLiteral("ward-nurse"));
  std::unique_ptr<EVP_PKEY, OpenSslFree> peer(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
  QVERIFY(peer);
  QByteArray point(65, '\0');
  size_t pointLength = 0;
  QCOMPARE(EVP_PKEY_get_octet_string_param(peer.get(), OSSL_PKEY_PARAM_ENCODED_PUBLIC_KEY,
                                           reinterpret_cast<unsigned char*>(point.data()), point.size(),
                                           &pointLength),
           1);
  QCOMPARE(pointLength, size_t{65});
  target.send(kSelect);
  QCOMPARE(statusOf(target.send("0087119D477C45820085" + QByteArray("41") + point.toHex())),
           QByteArray("6982"));
  target.send(pinBlock("123456"));
  const QByteArray answer = target.send("0087119D477C45820085" + QByteArray("41") + point.toHex());
  QCOMPARE(statusOf(answer), QByteArray("9000"));
  const QByteArray secret = answer.mid(4, 32);

  auto cardKey = publicKeyOf(target.file->key(0x9D)->certificateDer());
  std::unique_ptr<EVP_PKEY_CTX, OpenSslFree> context(EVP_PKEY_CTX_new(peer.get(), nullptr));
  QCOMPARE(EVP_PKEY_derive_init(context.get()), 1);
  QCOMPARE(EVP_PKEY_derive_set_peer(context.get(), cardKey.get()), 1);
  QByteArray expected(32, '\0');
  size_t length = 32;
  QCOMPARE(EVP_PKEY_derive(context.get(), reinterpret_cast<unsigned char*>(expected.data()), &length), 1);
  QCOMPARE(answer.left(4).toHex(), QByteArray("7c228220"));
  QCOMPARE(secret, expected);
}

QTEST_GUILESS_MAIN(TestPivApplet)
#include "tst_pivapplet.moc"
