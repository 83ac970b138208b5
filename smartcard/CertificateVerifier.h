// Checks a card certificate against the trust anchors at the time the
// product's Clock says, with OpenSSL's chain verification.
#pragma once

#include "smartcard/CardCertificate.h"
#include "smartcard/TrustAnchors.h"

namespace cw::base {
class Clock;
}

namespace cw::smartcard {

enum class TrustResult { Trusted, Expired, NotYetValid, Untrusted, Malformed };

class CertificateVerifier {
 public:
  CertificateVerifier(TrustAnchors anchors, const base::Clock& clock);

  // Malformed also covers a certificate without a 12-digit UID: it cannot
  // name a user, so it must not sign anyone in.
  TrustResult verify(const CardCertificate& certificate) const;

  // A sentence for the person at the workstation.
  static QString describe(TrustResult result);

 private:
  TrustAnchors m_anchors;
  const base::Clock& m_clock;
};

}  // namespace cw::smartcard
