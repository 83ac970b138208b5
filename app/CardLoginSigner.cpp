#include "app/CardLoginSigner.h"

#include <QRegularExpression>

namespace cw::shell {
namespace {

QFuture<CardSignature> refused(const QString& reason) {
  return QtFuture::makeReadyFuture(CardSignature{{}, {}, {}, reason});
}

}  // namespace

CardLoginSigner::CardLoginSigner(QString issuerOrigin,
                                 std::function<QFuture<CardSignature>(const QByteArray&)> signWithCard)
    : m_issuerOrigin(std::move(issuerOrigin)), m_signWithCard(std::move(signWithCard)) {}

bool CardLoginSigner::isPlausibleChallenge(const QString& challenge) {
  static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{22,128}$"));
  return pattern.match(challenge).hasMatch();
}

QFuture<CardSignature> CardLoginSigner::sign(const QString& pageOrigin, const QString& challenge) const {
  if (pageOrigin != m_issuerOrigin) {
    return refused(tr("The card signs only for the configured identity provider."));
  }
  if (!isPlausibleChallenge(challenge)) {
    return refused(tr("The sign-in page sent a challenge the card will not sign."));
  }
  return m_signWithCard(cardLoginMessage(pageOrigin, challenge)).onCanceled([] {
    return CardSignature{{}, {}, {}, tr("The card did not answer. Check it is still in the reader.")};
  });
}

QJsonObject CardLoginSigner::toJson(const CardSignature& signature) {
  if (!signature.error.isEmpty()) {
    return {{QStringLiteral("error"), signature.error}};
  }
  return {{QStringLiteral("certificate"), QString::fromLatin1(signature.certificate.toBase64())},
          {QStringLiteral("signature"), QString::fromLatin1(signature.signature.toBase64())},
          {QStringLiteral("algorithm"), signature.algorithm}};
}

}  // namespace cw::shell
