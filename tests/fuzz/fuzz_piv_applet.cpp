// Fuzzes cardsim's PIV applet with sequences of APDUs, as a broken or
// hostile host could send them through vpcd: it must answer every one with
// a status word and never crash, hang or grow without bound.
//
// Input: the first byte picks the transport (bit 0: T=0) and whether the
// PIN is verified first (bit 1); then APDUs, each one length byte and that
// many bytes. A length byte of 0 is a card reset.
#include "tools/cardsim/CardFile.h"
#include "tools/cardsim/PivApplet.h"

#include <cstdint>
#include <cstdlib>

namespace {

using cw::cardsim::CardFile;
using cw::cardsim::PivKey;
using cw::cardsim::PkeyPtr;

// Keys are made once; the certificate bytes are only ever copied out.
CardFile makeCard(bool t0) {
  CardFile card;
  card.persona = QStringLiteral("fuzz");
  card.atr = QByteArray::fromHex("3BF81300008131FE15597562696B657934D4");
  card.t0 = t0;
  card.pin = "123456";
  card.chuidGuid = QByteArray(16, '\x11');
  card.chuidExpiry = "20300101";
  card.keys.emplace(
      0x9A, PivKey(PivKey::Algorithm::EccP256, PkeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256")),
                   QByteArray(600, '\x30')));
  card.keys.emplace(
      0x9D, PivKey(PivKey::Algorithm::EccP256, PkeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256")),
                   QByteArray(40, '\x30')));
  card.keys.emplace(0x9C, PivKey(PivKey::Algorithm::Rsa2048,
                                 PkeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t{2048})),
                                 QByteArray(900, '\x30')));
  return card;
}

const CardFile& card(bool t0) {
  static const CardFile t1Card = makeCard(false);
  static const CardFile t0Card = makeCard(true);
  return t0 ? t0Card : t1Card;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) {
    return 0;
  }
  const bool t0 = (data[0] & 1) != 0;
  int triesLeft = 3;
  cw::cardsim::PivApplet applet(card(t0), triesLeft);
  if (data[0] & 2) {
    applet.process(QByteArray::fromHex("00A404000BA000000308000010000100"));
    applet.process(QByteArray::fromHex("0020008008313233343536FFFF"));
  }
  size_t at = 1;
  while (at < size) {
    const size_t length = data[at++];
    if (length == 0) {
      applet.reset();
      continue;
    }
    const size_t take = std::min(length, size - at);
    const QByteArray response =
        applet.process(QByteArray(reinterpret_cast<const char*>(data + at), static_cast<qsizetype>(take)));
    at += take;
    // A status word always, and never more than 256 data bytes with it.
    if (response.size() < 2 || response.size() > 258 || triesLeft < 0 || triesLeft > 3) {
      std::abort();
    }
  }
  return 0;
}
