// Fuzzes what a card (or something posing as one) sends back: the response
// APDU and the BER-TLV inside it must never crash, hang or read out of bounds.
#include "smartcard/BerTlv.h"
#include "smartcard/ResponseApdu.h"

#include <cstdint>
#include <cstdlib>

namespace {

// Parses nested templates the way PivCard does, bounded by the input's size.
void parseNested(QByteArrayView bytes, int depth) {
  const auto tlvs = cw::smartcard::BerTlv::parseAll(bytes);
  if (!tlvs.ok()) {
    (void)tlvs.error().message.size();
    return;
  }
  qsizetype total = 0;
  for (const cw::smartcard::BerTlv& tlv : tlvs.value()) {
    total += tlv.value().size();
    // What parses must serialise back to no more bytes than it came from.
    if (tlv.serialise().size() > bytes.size()) {
      std::abort();
    }
    if (depth < 3) {
      parseNested(tlv.value(), depth + 1);
    }
  }
  if (total > bytes.size()) {
    std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const QByteArrayView bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
  const auto response = cw::smartcard::ResponseApdu::parse(bytes);
  if (!response.ok()) {
    return 0;
  }
  if (response->serialise() != bytes) {
    std::abort();
  }
  parseNested(response->data(), 0);
  return 0;
}
