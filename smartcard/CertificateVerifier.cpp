#include "smartcard/CertificateVerifier.h"

#include "core/base/Clock.h"
#include "smartcard/SmartcardTr.h"

#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

namespace cw::smartcard {

CertificateVerifier::CertificateVerifier(TrustAnchors anchors, const base::Clock& clock)
    : m_anchors(std::move(anchors)), m_clock(clock) {}

TrustResult CertificateVerifier::verify(const CardCertificate& certificate) const {
  if (certificate.x509() == nullptr || certificate.userId().isEmpty()) {
    return TrustResult::Malformed;
  }
  std::unique_ptr<X509_STORE_CTX, decltype(&X509_STORE_CTX_free)> context(X509_STORE_CTX_new(),
                                                                          X509_STORE_CTX_free);
  if (!context || X509_STORE_CTX_init(context.get(), m_anchors.store(), certificate.x509(), nullptr) != 1) {
    return TrustResult::Untrusted;
  }
  X509_STORE_CTX_set_time(context.get(), 0, static_cast<time_t>(m_clock.now().toSecsSinceEpoch()));
  if (X509_verify_cert(context.get()) == 1) {
    return TrustResult::Trusted;
  }
  switch (X509_STORE_CTX_get_error(context.get())) {
    case X509_V_ERR_CERT_HAS_EXPIRED: return TrustResult::Expired;
    case X509_V_ERR_CERT_NOT_YET_VALID: return TrustResult::NotYetValid;
    case X509_V_ERR_ERROR_IN_CERT_NOT_BEFORE_FIELD:
    case X509_V_ERR_ERROR_IN_CERT_NOT_AFTER_FIELD: return TrustResult::Malformed;
    default: return TrustResult::Untrusted;
  }
}

QString CertificateVerifier::describe(TrustResult result) {
  switch (result) {
    case TrustResult::Trusted: return Tr::tr("The card's certificate is trusted.");
    case TrustResult::Expired:
      return Tr::tr("The card's certificate has expired. Ask your Registration Authority to renew the card.");
    case TrustResult::NotYetValid:
      return Tr::tr("The card's certificate is not valid yet. Check the workstation's date and time.");
    case TrustResult::Untrusted: return Tr::tr("The card was not issued by a trusted authority.");
    case TrustResult::Malformed: return Tr::tr("The card's certificate cannot be read or names no user.");
  }
  return {};
}

}  // namespace cw::smartcard
