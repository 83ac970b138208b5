#include "tools/cardsim/PivApplet.h"

#include "smartcard/BerTlv.h"

#include <openssl/crypto.h>

namespace cw::cardsim {
namespace {

// Status words (ISO 7816-4, SP 800-73-4 Part 2).
constexpr quint16 kOk = 0x9000;
constexpr quint16 kBytesAvailable = 0x6100;
constexpr quint16 kWrongPin = 0x63C0;
constexpr quint16 kWrongLength = 0x6700;
constexpr quint16 kLastOfChainExpected = 0x6883;
constexpr quint16 kChainingUnsupported = 0x6884;
constexpr quint16 kSecurityNotSatisfied = 0x6982;
constexpr quint16 kPinBlocked = 0x6983;
constexpr quint16 kConditionsNotSatisfied = 0x6985;
constexpr quint16 kWrongData = 0x6A80;
constexpr quint16 kNotFound = 0x6A82;
constexpr quint16 kWrongP1P2 = 0x6A86;
constexpr quint16 kReferenceNotFound = 0x6A88;
constexpr quint16 kWrongLe = 0x6C00;
constexpr quint16 kUnknownIns = 0x6D00;
constexpr quint16 kUnknownCla = 0x6E00;

enum Ins : quint8 {
  kVerify = 0x20,
  kGeneralAuthenticate = 0x87,
  kSelect = 0xA4,
  kGetResponse = 0xC0,
  kGetData = 0xCB,
};

constexpr int kShortMax = 256;
constexpr int kPinBlock = 8;
constexpr qsizetype kMaxChainedData = 4096;
const QByteArray kPivAid = QByteArray::fromHex("A000000308000010000100");
constexpr qsizetype kRidLength = 5;

// Data object tags (SP 800-73-4 Part 1, table 3).
constexpr quint32 kTagChuid = 0x5FC102;
constexpr quint32 kTagDiscovery = 0x7E;
constexpr quint32 kTagTagList = 0x5C;

// The FASC-N of a non-federal issuer (agency, system and credential all 9s).
const QByteArray kFascN = QByteArray::fromHex("D4E739DA739CED39CE739D836858210842108421C84210C3EB");

quint32 certificateTag(quint8 keyReference) {
  switch (keyReference) {
    case 0x9A: return 0x5FC105;
    case 0x9C: return 0x5FC10A;
    case 0x9D: return 0x5FC10B;
    case 0x9E: return 0x5FC101;
    default: return 0;
  }
}

QByteArray statusBytes(quint16 status) {
  QByteArray bytes;
  bytes.append(static_cast<char>(status >> 8));
  bytes.append(static_cast<char>(status & 0xFF));
  return bytes;
}

// 61xx / 6Cxx carry a length; 00 stands for 256 or more.
quint16 withLength(quint16 status, qsizetype length) {
  return static_cast<quint16>(status | (std::min<qsizetype>(length, kShortMax) & 0xFF));
}

std::optional<QByteArray> single(const QList<BerTlv>& tlvs, quint32 tag) {
  std::optional<QByteArray> found;
  for (const BerTlv& tlv : tlvs) {
    if (tlv.tag() == tag) {
      if (found) {
        return std::nullopt;
      }
      found = tlv.value();
    }
  }
  return found;
}

// CLA bit 5: more parts of this command follow (ISO 7816-4 command chaining).
bool isChained(const CommandApdu& apdu) {
  return (apdu.cla() & 0x10) != 0;
}

bool wellFormedPin(const QByteArray& block) {
  qsizetype digits = 0;
  while (digits < block.size() && block.at(digits) >= '0' && block.at(digits) <= '9') {
    ++digits;
  }
  for (qsizetype index = digits; index < block.size(); ++index) {
    if (static_cast<quint8>(block.at(index)) != 0xFF) {
      return false;
    }
  }
  return digits >= 6;
}

}  // namespace

PivApplet::PivApplet(const CardFile& card, int& triesLeft) : m_card(card), m_triesLeft(triesLeft) {}

void PivApplet::reset() {
  m_selected = false;
  m_pinVerified = false;
  m_chain.reset();
  m_pending.clear();
}

QByteArray PivApplet::process(const QByteArray& command) {
  const smartcard::CardResult<CommandApdu> apdu = CommandApdu::parse(command);
  if (!apdu.ok()) {
    m_chain.reset();
    return statusBytes(kWrongLength);
  }
  if ((apdu->cla() & ~0x10) != 0) {
    return statusBytes(kUnknownCla);
  }
  if (apdu->ins() == kGetResponse) {
    return getResponse(apdu.value());
  }
  m_pending.clear();
  if (isChained(apdu.value())) {
    if (m_chain &&
        (m_chain->ins() != apdu->ins() || m_chain->p1() != apdu->p1() || m_chain->p2() != apdu->p2())) {
      m_chain.reset();
      return statusBytes(kLastOfChainExpected);
    }
    if (!m_chain) {
      m_chain = apdu.value();
      m_chain->setData({});
    }
    m_chain->setData(m_chain->data() + apdu->data());
    if (m_chain->data().size() > kMaxChainedData) {
      m_chain.reset();
      return statusBytes(kWrongLength);
    }
    return statusBytes(kOk);
  }
  CommandApdu whole = apdu.value();
  if (m_chain) {
    const bool sameCommand =
        m_chain->ins() == apdu->ins() && m_chain->p1() == apdu->p1() && m_chain->p2() == apdu->p2();
    whole.setData(m_chain->data() + apdu->data());
    m_chain.reset();
    if (!sameCommand) {
      return statusBytes(kLastOfChainExpected);
    }
  }
  return deliver(dispatch(whole), whole);
}

PivApplet::Response PivApplet::dispatch(const CommandApdu& apdu) {
  switch (apdu.ins()) {
    case kSelect: return select(apdu);
    case kGetData:
    case kVerify:
    case kGeneralAuthenticate: break;
    default: return {{}, kUnknownIns};
  }
  if (!m_selected) {
    return {{}, kConditionsNotSatisfied};
  }
  if (apdu.ins() == kGetData) {
    return getData(apdu);
  }
  if (apdu.ins() == kVerify) {
    return verify(apdu);
  }
  return generalAuthenticate(apdu);
}

PivApplet::Response PivApplet::select(const CommandApdu& apdu) {
  if (apdu.p1() != 0x04 || apdu.p2() != 0x00) {
    return {{}, kWrongP1P2};
  }
  // A right-truncated AID selects too, down to the RID.
  if (!m_card.pivApplet || apdu.data().size() < kRidLength || !kPivAid.startsWith(apdu.data())) {
    return {{}, kNotFound};
  }
  m_selected = true;
  const QByteArray pix = kPivAid.mid(kRidLength);
  const QByteArray authority = BerTlv::encode(0x4F, kPivAid.left(kRidLength));
  return {BerTlv::encode(0x61, BerTlv::encode(0x4F, pix) + BerTlv::encode(0x79, authority)), kOk};
}

std::optional<QByteArray> PivApplet::dataObject(quint32 tag) const {
  if (tag == kTagDiscovery) {
    // SP 800-73-4: the discovery object comes as its own 7E template,
    // without the 53 wrapper; PIN usage policy "PIV PIN only".
    return BerTlv::encode(
        kTagDiscovery, BerTlv::encode(0x4F, kPivAid) + BerTlv::encode(0x5F2F, QByteArray::fromHex("4000")));
  }
  if (tag == kTagChuid) {
    return BerTlv::encode(0x53, BerTlv::encode(0x30, kFascN) + BerTlv::encode(0x34, m_card.chuidGuid) +
                                    BerTlv::encode(0x35, m_card.chuidExpiry) + BerTlv::encode(0x3E, {}) +
                                    BerTlv::encode(0xFE, {}));
  }
  for (const auto& [reference, key] : m_card.keys) {
    if (certificateTag(reference) == tag) {
      // CertInfo 00: the certificate is not compressed.
      return BerTlv::encode(0x53, BerTlv::encode(0x70, key.certificateDer()) +
                                      BerTlv::encode(0x71, QByteArray(1, '\0')) + BerTlv::encode(0xFE, {}));
    }
  }
  return std::nullopt;
}

PivApplet::Response PivApplet::getData(const CommandApdu& apdu) const {
  if (apdu.p1() != 0x3F || apdu.p2() != 0xFF) {
    return {{}, kWrongP1P2};
  }
  const smartcard::CardResult<QList<BerTlv>> request = BerTlv::parseAll(apdu.data());
  if (!request || request->size() != 1 || request->constFirst().tag() != kTagTagList ||
      request->constFirst().value().isEmpty() || request->constFirst().value().size() > 3) {
    return {{}, kWrongData};
  }
  quint32 tag = 0;
  for (const char byte : request->constFirst().value()) {
    tag = (tag << 8) | static_cast<quint8>(byte);
  }
  const std::optional<QByteArray> object = dataObject(tag);
  if (!object) {
    return {{}, kNotFound};
  }
  return {*object, kOk};
}

PivApplet::Response PivApplet::verify(const CommandApdu& apdu) {
  if (apdu.p1() != 0x00 && apdu.p1() != 0xFF) {
    return {{}, kWrongP1P2};
  }
  if (apdu.p2() != 0x80) {
    return {{}, kReferenceNotFound};
  }
  if (apdu.p1() == 0xFF) {
    if (!apdu.data().isEmpty()) {
      return {{}, kWrongLength};
    }
    m_pinVerified = false;
    return {{}, kOk};
  }
  if (apdu.data().isEmpty()) {
    if (m_pinVerified) {
      return {{}, kOk};
    }
    return {{}, m_triesLeft == 0 ? kPinBlocked : withLength(kWrongPin, m_triesLeft)};
  }
  if (apdu.data().size() != kPinBlock || !wellFormedPin(apdu.data())) {
    return {{}, kWrongData};
  }
  if (m_triesLeft == 0) {
    return {{}, kPinBlocked};
  }
  const QByteArray expected = m_card.pin.leftJustified(kPinBlock, '\xFF');
  if (CRYPTO_memcmp(expected.constData(), apdu.data().constData(), kPinBlock) == 0) {
    m_triesLeft = m_card.maxTries;
    m_pinVerified = true;
    return {{}, kOk};
  }
  --m_triesLeft;
  m_pinVerified = false;
  return {{}, withLength(kWrongPin, m_triesLeft)};
}

PivApplet::Response PivApplet::generalAuthenticate(const CommandApdu& apdu) const {
  if (certificateTag(apdu.p2()) == 0) {
    return {{}, kWrongP1P2};
  }
  const PivKey* key = m_card.key(apdu.p2());
  if (!key) {
    return {{}, kReferenceNotFound};
  }
  if (apdu.p1() != key->algorithmId()) {
    return {{}, kWrongP1P2};
  }
  // Every PIV private key here needs the PIN (SP 800-73-4 Part 1, 3.3).
  if (!m_pinVerified) {
    return {{}, kSecurityNotSatisfied};
  }
  const smartcard::CardResult<QList<BerTlv>> outer = BerTlv::parseAll(apdu.data());
  if (!outer || outer->size() != 1 || outer->constFirst().tag() != 0x7C) {
    return {{}, kWrongData};
  }
  const smartcard::CardResult<QList<BerTlv>> inner = BerTlv::parseAll(outer->constFirst().value());
  if (!inner) {
    return {{}, kWrongData};
  }
  const std::optional<QByteArray> responseRequest = single(inner.value(), 0x82);
  const std::optional<QByteArray> challenge = single(inner.value(), 0x81);
  const std::optional<QByteArray> peerPoint = single(inner.value(), 0x85);
  if (!responseRequest || !responseRequest->isEmpty() || inner->size() != 2) {
    return {{}, kWrongData};
  }
  // 9D is the key management key: agreement only; the others sign only.
  std::optional<QByteArray> result;
  if (apdu.p2() == 0x9D && peerPoint) {
    result = key->agree(*peerPoint);
  } else if (apdu.p2() != 0x9D && challenge) {
    result = key->sign(*challenge);
  }
  if (!result) {
    return {{}, kWrongData};
  }
  return {BerTlv::encode(0x7C, BerTlv::encode(0x82, *result)), kOk};
}

QByteArray PivApplet::deliver(const Response& response, const CommandApdu& apdu) {
  if (response.status != kOk || response.data.isEmpty()) {
    return statusBytes(response.status);
  }
  m_pending = response.data;
  // T=0 cannot send data in answer to a command that carried data: the
  // host fetches it with GET RESPONSE.
  if (m_card.t0 && !apdu.data().isEmpty()) {
    return statusBytes(withLength(kBytesAvailable, m_pending.size()));
  }
  return nextChunk(apdu.le().value_or(kShortMax));
}

QByteArray PivApplet::getResponse(const CommandApdu& apdu) {
  if (isChained(apdu)) {
    return statusBytes(kChainingUnsupported);
  }
  if (apdu.p1() != 0 || apdu.p2() != 0) {
    return statusBytes(kWrongP1P2);
  }
  if (!apdu.data().isEmpty()) {
    return statusBytes(kWrongLength);
  }
  if (m_pending.isEmpty()) {
    return statusBytes(kConditionsNotSatisfied);
  }
  const int ne = apdu.le().value_or(kShortMax);
  if (m_card.t0 && m_pending.size() < kShortMax && ne != m_pending.size()) {
    return statusBytes(withLength(kWrongLe, m_pending.size()));
  }
  return nextChunk(ne);
}

QByteArray PivApplet::nextChunk(int ne) {
  QByteArray answer = m_pending.left(ne);
  m_pending.remove(0, answer.size());
  answer += statusBytes(m_pending.isEmpty() ? kOk : withLength(kBytesAvailable, m_pending.size()));
  return answer;
}

}  // namespace cw::cardsim
