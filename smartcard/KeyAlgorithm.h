// The key algorithms a card's PIV keys may use, as read from the certificate.
#pragma once

namespace cw::smartcard {

enum class KeyAlgorithm { Unsupported, EccP256, Rsa2048 };

}  // namespace cw::smartcard
