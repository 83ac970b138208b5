#include "smartcard/PivCard.h"

#include "smartcard/BerTlv.h"
#include "smartcard/SmartcardTr.h"

#include <algorithm>

namespace cw::smartcard {
namespace {

constexpr quint8 kInsSelect = 0xA4;
constexpr quint8 kInsGetData = 0xCB;
constexpr quint8 kInsVerify = 0x20;
constexpr quint8 kInsGeneralAuthenticate = 0x87;
constexpr quint8 kPivPin = 0x80;
constexpr quint8 kAlgorithmRsa2048 = 0x07;
constexpr quint8 kAlgorithmEccP256 = 0x11;

constexpr quint32 kTagData = 0x53;
constexpr quint32 kTagCertificate = 0x70;
constexpr quint32 kTagCertInfo = 0x71;
constexpr quint32 kTagChuidGuid = 0x34;
constexpr quint32 kTagChuidExpiry = 0x35;
constexpr quint32 kTagDynamicTemplate = 0x7C;
constexpr quint32 kTagResponse = 0x82;
constexpr quint32 kTagChallenge = 0x81;
constexpr quint32 kTagExponentiation = 0x85;
constexpr quint32 kObjectChuid = 0x5FC102;

constexpr int kPinPaddedLength = 8;
constexpr int kPinMinLength = 6;
constexpr int kDigestLength = 32;
constexpr int kRsaBlockLength = 256;
constexpr int kP256PointLength = 65;

const QByteArray kPivAid = QByteArray::fromHex("A000000308000010000100");
constexpr qsizetype kTruncatedAidLength = 9;
// DER DigestInfo header for SHA-256 (RFC 8017, 9.2 note 1).
const QByteArray kSha256DigestInfo = QByteArray::fromHex("3031300d060960864801650304020105000420");

quint32 certificateObject(PivSlot slot) {
  switch (slot) {
    case PivSlot::Authentication: return 0x5FC105;
    case PivSlot::Signature: return 0x5FC10A;
    case PivSlot::KeyManagement: return 0x5FC10B;
    case PivSlot::CardAuthentication: return 0x5FC101;
  }
  return 0;
}

QString hex(quint16 statusWord) {
  return QStringLiteral("%1").arg(statusWord, 4, 16, QLatin1Char('0')).toUpper();
}

// A status word other than 9000 as an error the caller can act on.
CardError statusError(quint16 sw) {
  switch (sw) {
    case 0x6982: return {CardError::Kind::NotVerified, Tr::tr("The card needs your PIN first."), sw};
    case 0x6983:
      return {CardError::Kind::CardRefused, Tr::tr("The card is locked. Unlock it before use."), sw};
    case 0x6A82:
    case 0x6A88:
      return {CardError::Kind::NotFound,
              Tr::tr("The card does not hold this object or key (%1).").arg(hex(sw)), sw};
    case 0x6A81:
    case 0x6D00:
    case 0x6E00:
      return {CardError::Kind::Unsupported,
              Tr::tr("The card does not support this command (%1).").arg(hex(sw)), sw};
    default:
      return {CardError::Kind::CardRefused, Tr::tr("The card refused the command (status %1).").arg(hex(sw)),
              sw};
  }
}

CardError malformed(const QString& what) {
  return {CardError::Kind::Malformed, Tr::tr("The card's answer is malformed: %1.").arg(what)};
}

// The value of `tag` inside the single template `outerTag` that makes up `bytes`.
CardResult<QList<BerTlv>> unwrap(const QByteArray& bytes, quint32 outerTag) {
  const CardResult<QList<BerTlv>> outer = BerTlv::parseAll(bytes);
  if (!outer) {
    return outer.error();
  }
  const std::optional<QByteArray> inner = BerTlv::find(outer.value(), outerTag);
  if (!inner) {
    return malformed(Tr::tr("tag %1 is missing").arg(outerTag, 0, 16));
  }
  return BerTlv::parseAll(*inner);
}

bool isValidPin(const crypto::SecureBytes& pin) {
  if (pin.size() < kPinMinLength || pin.size() > kPinPaddedLength) {
    return false;
  }
  for (const char c : pin.view()) {
    if (c < '0' || c > '9') {
      return false;
    }
  }
  return true;
}

}  // namespace

CardResult<ResponseApdu> PivCard::send(const CommandApdu& command) {
  CardResult<ResponseApdu> response = m_transport.transmit(command);
  if (!response && response.error().kind == CardError::Kind::CardReset) {
    // A reset deselects the application; select it and send once more. The
    // PIN state is gone with the reset and the card will say so (6982).
    const CommandApdu selectPiv(0x00, kInsSelect, 0x04, 0x00, kPivAid, CommandApdu::kMaxShortLe);
    const CardResult<ResponseApdu> selected = m_transport.transmit(selectPiv);
    if (!selected) {
      return selected;
    }
    response = m_transport.transmit(command);
  }
  return response;
}

CardResult<QByteArray> PivCard::select() {
  for (const QByteArray& aid : {kPivAid, kPivAid.first(kTruncatedAidLength)}) {
    const CardResult<ResponseApdu> response =
        send(CommandApdu(0x00, kInsSelect, 0x04, 0x00, aid, CommandApdu::kMaxShortLe));
    if (!response) {
      return response.error();
    }
    if (response->isSuccess()) {
      return response->data();
    }
  }
  return CardError{CardError::Kind::NotPiv,
                   Tr::tr("This card has no PIV application; it is not an NHS smartcard.")};
}

CardResult<QByteArray> PivCard::getData(quint32 tag) {
  const QByteArray tagList = BerTlv::encode(0x5C, QByteArray::fromHex(QByteArray::number(tag, 16)));
  const CardResult<ResponseApdu> response =
      send(CommandApdu(0x00, kInsGetData, 0x3F, 0xFF, tagList, CommandApdu::kMaxShortLe));
  if (!response) {
    return response.error();
  }
  if (!response->isSuccess()) {
    return statusError(response->statusWord());
  }
  return response->data();
}

CardResult<PivCard::Chuid> PivCard::readChuid() {
  const CardResult<QByteArray> object = getData(kObjectChuid);
  if (!object) {
    return object.error();
  }
  const CardResult<QList<BerTlv>> fields = unwrap(object.value(), kTagData);
  if (!fields) {
    return fields.error();
  }
  Chuid chuid;
  chuid.guid = BerTlv::find(fields.value(), kTagChuidGuid).value_or(QByteArray());
  chuid.expiry = QString::fromLatin1(BerTlv::find(fields.value(), kTagChuidExpiry).value_or(QByteArray()));
  return chuid;
}

CardResult<QByteArray> PivCard::readCertificate(PivSlot slot) {
  const CardResult<QByteArray> object = getData(certificateObject(slot));
  if (!object) {
    return object.error();
  }
  const CardResult<QList<BerTlv>> fields = unwrap(object.value(), kTagData);
  if (!fields) {
    return fields.error();
  }
  const std::optional<QByteArray> certInfo = BerTlv::find(fields.value(), kTagCertInfo);
  if (certInfo && !certInfo->isEmpty() && (static_cast<quint8>(certInfo->at(0)) & 0x01) != 0) {
    return CardError{
        CardError::Kind::Unsupported,
        Tr::tr("The card stores its certificate compressed, which this workstation does not read.")};
  }
  const std::optional<QByteArray> certificate = BerTlv::find(fields.value(), kTagCertificate);
  if (!certificate || certificate->isEmpty()) {
    return malformed(Tr::tr("the certificate object holds no certificate"));
  }
  return *certificate;
}

CardResult<PivCard::PinStatus> PivCard::pinTriesLeft() {
  const CardResult<ResponseApdu> response = send(CommandApdu(0x00, kInsVerify, 0x00, kPivPin));
  if (!response) {
    return response.error();
  }
  const quint16 sw = response->statusWord();
  if (sw == 0x9000) {
    return PinStatus{true, -1};
  }
  if ((sw & 0xFFF0) == 0x63C0) {
    return PinStatus{false, sw & 0x0F};
  }
  if (sw == 0x6983) {
    return PinStatus{false, 0};
  }
  return statusError(sw);
}

PivCard::PinVerification PivCard::verifyPin(const crypto::SecureBytes& pin) {
  if (!isValidPin(pin)) {
    return {PinVerification::Outcome::Failed, -1,
            CardError{CardError::Kind::InvalidPin, Tr::tr("The PIN must be 6 to 8 digits.")}};
  }
  // The padded PIN lives only in this command's data and is wiped after.
  QByteArray padded(kPinPaddedLength, static_cast<char>(0xFF));
  std::copy(pin.view().begin(), pin.view().end(), padded.begin());
  CommandApdu verify(0x00, kInsVerify, 0x00, kPivPin, std::move(padded));
  verify.markSensitive();
  const CardResult<ResponseApdu> response = send(verify);
  verify.wipeData();
  if (!response) {
    return {PinVerification::Outcome::Failed, -1, response.error()};
  }
  const quint16 sw = response->statusWord();
  if (sw == 0x9000) {
    return {PinVerification::Outcome::Verified, -1, {}};
  }
  if ((sw & 0xFFF0) == 0x63C0) {
    const int triesLeft = sw & 0x0F;
    if (triesLeft == 0) {
      return {PinVerification::Outcome::Blocked, 0, {}};
    }
    return {PinVerification::Outcome::WrongPin, triesLeft, {}};
  }
  if (sw == 0x6983) {
    return {PinVerification::Outcome::Blocked, 0, {}};
  }
  return {PinVerification::Outcome::Failed, -1, statusError(sw)};
}

std::optional<CardError> PivCard::logout() {
  const CardResult<ResponseApdu> response = send(CommandApdu(0x00, kInsVerify, 0xFF, kPivPin));
  if (!response) {
    return response.error();
  }
  if (!response->isSuccess()) {
    return statusError(response->statusWord());
  }
  return std::nullopt;
}

CardResult<QByteArray> PivCard::generalAuthenticate(quint8 algorithm, PivSlot slot,
                                                    const QByteArray& dynamicData) {
  const CommandApdu command(0x00, kInsGeneralAuthenticate, algorithm, static_cast<quint8>(slot),
                            BerTlv::encode(kTagDynamicTemplate, dynamicData), CommandApdu::kMaxShortLe);
  const CardResult<ResponseApdu> response = send(command);
  if (!response) {
    return response.error();
  }
  if (!response->isSuccess()) {
    return statusError(response->statusWord());
  }
  const CardResult<QList<BerTlv>> fields = unwrap(response->data(), kTagDynamicTemplate);
  if (!fields) {
    return fields.error();
  }
  const std::optional<QByteArray> result = BerTlv::find(fields.value(), kTagResponse);
  if (!result || result->isEmpty()) {
    return malformed(Tr::tr("no response in the authentication template"));
  }
  return *result;
}

CardResult<QByteArray> PivCard::sign(KeyAlgorithm algorithm, QByteArrayView sha256Digest) {
  if (sha256Digest.size() != kDigestLength) {
    return CardError{CardError::Kind::Malformed,
                     Tr::tr("A SHA-256 digest has 32 bytes, not %1.").arg(sha256Digest.size())};
  }
  const QByteArray askForResponse = BerTlv::encode(kTagResponse, {});
  switch (algorithm) {
    case KeyAlgorithm::EccP256:
      return generalAuthenticate(kAlgorithmEccP256, PivSlot::Authentication,
                                 askForResponse + BerTlv::encode(kTagChallenge, sha256Digest));
    case KeyAlgorithm::Rsa2048: {
      // The card does raw RSA: the host pads (EMSA-PKCS1-v1_5, RFC 8017 9.2).
      const QByteArray digestInfo = kSha256DigestInfo + sha256Digest.toByteArray();
      QByteArray block;
      block.reserve(kRsaBlockLength);
      block.append('\x00');
      block.append('\x01');
      block.append(kRsaBlockLength - 3 - digestInfo.size(), static_cast<char>(0xFF));
      block.append('\x00');
      block.append(digestInfo);
      return generalAuthenticate(kAlgorithmRsa2048, PivSlot::Authentication,
                                 askForResponse + BerTlv::encode(kTagChallenge, block));
    }
    case KeyAlgorithm::Unsupported: break;
  }
  return CardError{CardError::Kind::Unsupported,
                   Tr::tr("The card's key uses an algorithm this workstation does not support.")};
}

CardResult<crypto::SecureBytes> PivCard::keyAgreement(QByteArrayView peerPoint) {
  if (peerPoint.size() != kP256PointLength || peerPoint.front() != '\x04') {
    return CardError{CardError::Kind::Malformed,
                     Tr::tr("The peer's key is not an uncompressed P-256 point (65 bytes starting 04).")};
  }
  CardResult<QByteArray> secret =
      generalAuthenticate(kAlgorithmEccP256, PivSlot::KeyManagement,
                          BerTlv::encode(kTagResponse, {}) + BerTlv::encode(kTagExponentiation, peerPoint));
  if (!secret) {
    return secret.error();
  }
  return crypto::SecureBytes::takeFrom(secret.value());
}

}  // namespace cw::smartcard
