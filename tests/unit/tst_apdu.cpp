// APDU and BER-TLV parsing tables, and the transport rules (61xx, 6Cxx,
// chaining) byte by byte. The transport runs against a scripted channel: a
// real card cannot be made to answer each edge case on demand; the real
// emulator covers the same paths in tst_pivcard.
#include "smartcard/ApduTransport.h"
#include "smartcard/BerTlv.h"
#include "smartcard/PivCard.h"

#include <QTest>

#include <deque>

using cw::smartcard::ApduTransport;
using cw::smartcard::BerTlv;
using cw::smartcard::CardChannel;
using cw::smartcard::CardError;
using cw::smartcard::CardResult;
using cw::smartcard::CommandApdu;
using cw::smartcard::PivCard;
using cw::smartcard::ResponseApdu;

namespace {

QByteArray hex(const char* text) {
  return QByteArray::fromHex(text);
}

// Answers each command with the next scripted answer and remembers the commands.
class ScriptedChannel final : public CardChannel {
 public:
  explicit ScriptedChannel(std::deque<QByteArray> answers) : m_answers(std::move(answers)) {}

  CardResult<QByteArray> transmit(const QByteArray& command) override {
    sent.append(command.toHex());
    if (m_answers.empty()) {
      return CardError{CardError::Kind::CardRemoved, QStringLiteral("script ended")};
    }
    QByteArray answer = m_answers.front();
    m_answers.pop_front();
    return answer;
  }

  QByteArrayList sent;

 private:
  std::deque<QByteArray> m_answers;
};

}  // namespace

class TestApdu : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void commandRoundTrip_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("le");  // -1: none
    QTest::newRow("case 1") << hex("00208080") << QByteArray() << -1;
    QTest::newRow("case 2, Le 256 as 00") << hex("00c0000000") << QByteArray() << 256;
    QTest::newRow("case 2, Le 1") << hex("00c0000001") << QByteArray() << 1;
    QTest::newRow("case 3") << hex("0020008008313233343536ffff") << hex("313233343536ffff") << -1;
    QTest::newRow("case 4") << hex("00a4040009a0000003080000100000") << hex("a00000030800001000") << 256;
    QTest::newRow("case 4, 255 data bytes")
        << hex("00db3fffff") + QByteArray(255, 'x') + hex("00") << QByteArray(255, 'x') << 256;
  }
  void commandRoundTrip() {
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, data);
    QFETCH(int, le);
    const CardResult<CommandApdu> parsed = CommandApdu::parse(bytes);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    QCOMPARE(parsed->data(), data);
    QCOMPARE(parsed->le().value_or(-1), le);
    QCOMPARE(parsed->serialise().toHex(), bytes.toHex());
  }

  void commandErrors_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("3 bytes") << hex("00a404");
    QTest::newRow("extended length") << hex("00a4040000000100");
    QTest::newRow("Lc longer than data") << hex("00a4040005a000");
    QTest::newRow("two bytes too many") << hex("00a4040001a00000");
  }
  void commandErrors() {
    QFETCH(QByteArray, bytes);
    const CardResult<CommandApdu> parsed = CommandApdu::parse(bytes);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().kind, CardError::Kind::Malformed);
    QVERIFY(!parsed.error().message.isEmpty());
  }

  void responseParsing_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("sw");
    QTest::newRow("empty") << QByteArray() << false << QByteArray() << 0;
    QTest::newRow("one byte") << hex("90") << false << QByteArray() << 0;
    QTest::newRow("status only") << hex("9000") << true << QByteArray() << 0x9000;
    QTest::newRow("63C2") << hex("63c2") << true << QByteArray() << 0x63C2;
    QTest::newRow("data and 61xx") << hex("0102036110") << true << hex("010203") << 0x6110;
  }
  void responseParsing() {
    QFETCH(QByteArray, bytes);
    QFETCH(bool, ok);
    QFETCH(QByteArray, data);
    QFETCH(int, sw);
    const CardResult<ResponseApdu> parsed = ResponseApdu::parse(bytes);
    QCOMPARE(parsed.ok(), ok);
    if (!ok) {
      QCOMPARE(parsed.error().kind, CardError::Kind::Malformed);
      return;
    }
    QCOMPARE(parsed->data(), data);
    QCOMPARE(parsed->statusWord(), sw);
    QCOMPARE(parsed->serialise(), bytes);
  }

  void tlvParsing_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<uint>("tag");
    QTest::addColumn<int>("length");
    QTest::newRow("1-byte tag, empty") << hex("8200") << 0x82u << 0;
    QTest::newRow("1-byte tag") << hex("4f0b") + QByteArray(11, 'a') << 0x4Fu << 11;
    QTest::newRow("2-byte tag") << hex("5f2f0140") << 0x5F2Fu << 1;
    QTest::newRow("3-byte tag, 81 length") << hex("5fc1058180") + QByteArray(128, 'c') << 0x5FC105u << 128;
    QTest::newRow("82 length") << hex("53820100") + QByteArray(256, 'd') << 0x53u << 256;
    QTest::newRow("82 length, largest") << hex("5382ffff") + QByteArray(0xFFFF, 'e') << 0x53u << 0xFFFF;
  }
  void tlvParsing() {
    QFETCH(QByteArray, bytes);
    QFETCH(uint, tag);
    QFETCH(int, length);
    const CardResult<QList<BerTlv>> parsed = BerTlv::parseAll(bytes);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    QCOMPARE(parsed->size(), 1);
    QCOMPARE(parsed->first().tag(), tag);
    QCOMPARE(parsed->first().value().size(), length);
    QCOMPARE(parsed->first().serialise(), bytes);
  }

  void tlvErrors_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("tag cut short") << hex("5f");
    QTest::newRow("tag of 4 bytes") << hex("5fc1818101");
    QTest::newRow("length missing") << hex("53");
    QTest::newRow("81 without its byte") << hex("5381");
    QTest::newRow("82 with one byte") << hex("538201");
    QTest::newRow("83 length form") << hex("5383000001");
    QTest::newRow("indefinite length") << hex("5380");
    QTest::newRow("value shorter than length") << hex("530301");
    QTest::newRow("trailing garbage") << hex("530101ff");
  }
  void tlvErrors() {
    QFETCH(QByteArray, bytes);
    const CardResult<QList<BerTlv>> parsed = BerTlv::parseAll(bytes);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().kind, CardError::Kind::Malformed);
    QVERIFY(!parsed.error().message.isEmpty());
  }

  void tlvSequenceAndFind() {
    const CardResult<QList<BerTlv>> parsed = BerTlv::parseAll(hex("7003aabbcc710100fe00"));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->size(), 3);
    QCOMPARE(BerTlv::find(parsed.value(), 0x70).value(), hex("aabbcc"));
    QCOMPARE(BerTlv::find(parsed.value(), 0x71).value(), hex("00"));
    QVERIFY(!BerTlv::find(parsed.value(), 0x72).has_value());
  }

  void tlvLengthEncoding_data() {
    QTest::addColumn<int>("length");
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("0") << 0 << hex("00");
    QTest::newRow("127") << 127 << hex("7f");
    QTest::newRow("128") << 128 << hex("8180");
    QTest::newRow("255") << 255 << hex("81ff");
    QTest::newRow("256") << 256 << hex("820100");
    QTest::newRow("65535") << 65535 << hex("82ffff");
  }
  void tlvLengthEncoding() {
    QFETCH(int, length);
    QFETCH(QByteArray, encoded);
    QCOMPARE(BerTlv::encodeLength(length).toHex(), encoded.toHex());
  }

  void transportCollectsGetResponse() {
    ScriptedChannel channel({hex("01026102"), hex("03046101"), hex("059000")});
    ApduTransport transport(channel);
    const CardResult<ResponseApdu> response =
        transport.transmit(CommandApdu(0x00, 0xCB, 0x3F, 0xFF, hex("5c035fc105"), 256));
    QVERIFY(response.ok());
    QCOMPARE(response->data(), hex("0102030405"));
    QCOMPARE(response->statusWord(), 0x9000);
    QCOMPARE(channel.sent, (QByteArrayList{"00cb3fff055c035fc10500", "00c0000002", "00c0000001"}));
  }

  void transportResendsWithLeFrom6Cxx() {
    ScriptedChannel channel({hex("6c05"), hex("01020304059000")});
    ApduTransport transport(channel);
    const CardResult<ResponseApdu> response =
        transport.transmit(CommandApdu(0x00, 0xCA, 0x01, 0x02, {}, 256));
    QVERIFY(response.ok());
    QCOMPARE(response->data(), hex("0102030405"));
    QCOMPARE(channel.sent, (QByteArrayList{"00ca010200", "00ca010205"}));
  }

  void transportGetResponseWithWrongLe() {
    ScriptedChannel channel({hex("6100"), hex("6c03"), hex("aabbcc9000")});
    ApduTransport transport(channel);
    const CardResult<ResponseApdu> response =
        transport.transmit(CommandApdu(0x00, 0x87, 0x11, 0x9A, hex("7c00"), 256));
    QVERIFY(response.ok());
    QCOMPARE(response->data(), hex("aabbcc"));
    QCOMPARE(channel.sent, (QByteArrayList{"0087119a027c0000", "00c0000000", "00c0000003"}));
  }

  void transportChainsLongData() {
    const QByteArray data(300, '\x5a');
    ScriptedChannel channel({hex("9000"), hex("aa9000")});
    ApduTransport transport(channel);
    const CardResult<ResponseApdu> response =
        transport.transmit(CommandApdu(0x00, 0x87, 0x07, 0x9A, data, 256));
    QVERIFY(response.ok());
    QCOMPARE(response->data(), hex("aa"));
    QCOMPARE(channel.sent.size(), 2);
    QCOMPARE(channel.sent[0], (hex("1087079aff") + data.first(255)).toHex());
    QCOMPARE(channel.sent[1], (hex("0087079a2d") + data.sliced(255) + hex("00")).toHex());
  }

  void transportStopsChainOnRefusal() {
    ScriptedChannel channel({hex("6a80")});
    ApduTransport transport(channel);
    const CardResult<ResponseApdu> response =
        transport.transmit(CommandApdu(0x00, 0x87, 0x07, 0x9A, QByteArray(600, 'x'), 256));
    QVERIFY(response.ok());
    QCOMPARE(response->statusWord(), 0x6A80);
    QCOMPARE(channel.sent.size(), 1);
  }

  void transportRefusesEndless61xx() {
    std::deque<QByteArray> answers(400, hex("6100"));
    ScriptedChannel channel(answers);
    ApduTransport transport(channel);
    const CardResult<ResponseApdu> response =
        transport.transmit(CommandApdu(0x00, 0xCB, 0x3F, 0xFF, {}, 256));
    QVERIFY(!response.ok());
    QCOMPARE(response.error().kind, CardError::Kind::Malformed);
  }

  void transportPassesChannelErrors() {
    ScriptedChannel channel({});
    ApduTransport transport(channel);
    const CardResult<ResponseApdu> response = transport.transmit(CommandApdu(0x00, 0xA4, 0x04, 0x00));
    QVERIFY(!response.ok());
    QCOMPARE(response.error().kind, CardError::Kind::CardRemoved);
  }

  void pinFormatIsCheckedBeforeTheCard_data() {
    QTest::addColumn<QByteArray>("pin");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("5 digits") << QByteArray("12345");
    QTest::newRow("9 digits") << QByteArray("123456789");
    QTest::newRow("letter") << QByteArray("12a456");
    QTest::newRow("space") << QByteArray("123 456");
  }
  void pinFormatIsCheckedBeforeTheCard() {
    QFETCH(QByteArray, pin);
    ScriptedChannel channel({hex("9000")});
    PivCard card(channel);
    const PivCard::PinVerification result =
        card.verifyPin(cw::crypto::SecureBytes(pin.constData(), static_cast<size_t>(pin.size())));
    QCOMPARE(result.outcome, PivCard::PinVerification::Outcome::Failed);
    QCOMPARE(result.error.kind, CardError::Kind::InvalidPin);
    QVERIFY(channel.sent.isEmpty());
  }

  void pinIsPaddedAndStatusMapped_data() {
    QTest::addColumn<QByteArray>("pin");
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QByteArray>("command");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<int>("triesLeft");
    using Outcome = PivCard::PinVerification::Outcome;
    QTest::newRow("6 digits verified")
        << QByteArray("123456") << hex("9000") << QByteArray("0020008008313233343536ffff")
        << int(Outcome::Verified) << -1;
    QTest::newRow("8 digits wrong, 2 left")
        << QByteArray("12345678") << hex("63c2") << QByteArray("00200080083132333435363738")
        << int(Outcome::WrongPin) << 2;
    QTest::newRow("last try spent") << QByteArray("654321") << hex("63c0")
                                    << QByteArray("0020008008363534333231ffff") << int(Outcome::Blocked) << 0;
    QTest::newRow("blocked") << QByteArray("123456") << hex("6983")
                             << QByteArray("0020008008313233343536ffff") << int(Outcome::Blocked) << 0;
    QTest::newRow("reference not found")
        << QByteArray("123456") << hex("6a88") << QByteArray("0020008008313233343536ffff")
        << int(Outcome::Failed) << -1;
  }
  void pinIsPaddedAndStatusMapped() {
    QFETCH(QByteArray, pin);
    QFETCH(QByteArray, answer);
    QFETCH(QByteArray, command);
    QFETCH(int, outcome);
    QFETCH(int, triesLeft);
    ScriptedChannel channel({answer});
    PivCard card(channel);
    const PivCard::PinVerification result =
        card.verifyPin(cw::crypto::SecureBytes(pin.constData(), static_cast<size_t>(pin.size())));
    QCOMPARE(int(result.outcome), outcome);
    QCOMPARE(result.triesLeft, triesLeft);
    QCOMPARE(channel.sent, QByteArrayList{command});
  }

  void rsaSignPadsDigestInfo() {
    const QByteArray digest(32, '\x11');
    ScriptedChannel channel({hex("9000"), hex("7c06820401020304 9000")});
    PivCard card(channel);
    const CardResult<QByteArray> signature = card.sign(cw::smartcard::KeyAlgorithm::Rsa2048, digest);
    QVERIFY2(signature.ok(), qPrintable(signature.error().message));
    QCOMPARE(signature.value(), hex("01020304"));
    const QByteArray all = QByteArray::fromHex(channel.sent[0]).sliced(5) +
                           QByteArray::fromHex(channel.sent[1]).sliced(5).chopped(1);
    const QByteArray expectedBlock = hex("0001") + QByteArray(256 - 3 - 51, '\xff') + hex("00") +
                                     hex("3031300d060960864801650304020105000420") + digest;
    QCOMPARE(all.toHex(), (hex("7c820106820081820100") + expectedBlock).toHex());
  }

  void signRefusesWrongDigestLength() {
    ScriptedChannel channel({});
    PivCard card(channel);
    QCOMPARE(card.sign(cw::smartcard::KeyAlgorithm::EccP256, QByteArray(20, 'x')).error().kind,
             CardError::Kind::Malformed);
    QCOMPARE(card.sign(cw::smartcard::KeyAlgorithm::Unsupported, QByteArray(32, 'x')).error().kind,
             CardError::Kind::Unsupported);
    QVERIFY(channel.sent.isEmpty());
  }

  void compressedCertificateIsRefused() {
    ScriptedChannel channel({hex("5308 7003aabbcc 710101 9000")});
    PivCard card(channel);
    const CardResult<QByteArray> certificate = card.readCertificate(cw::smartcard::PivSlot::Authentication);
    QVERIFY(!certificate.ok());
    QCOMPARE(certificate.error().kind, CardError::Kind::Unsupported);
  }
};

QTEST_GUILESS_MAIN(TestApdu)
#include "tst_apdu.moc"
