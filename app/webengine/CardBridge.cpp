#include "app/webengine/CardBridge.h"

#include <QRegularExpression>
#include <QWebEnginePage>

namespace cw::shell {
namespace {

// A base64url challenge of a sensible size; anything else is not from our IdP.
bool isPlausibleChallenge(const QString& challenge) {
  static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{22,128}$"));
  return pattern.match(challenge).hasMatch();
}

}  // namespace

CardBridge::CardBridge(QWebEnginePage* page, QString issuerOrigin,
                       std::function<QFuture<CardSignature>(const QByteArray&)> signWithCard, QObject* parent)
    : QObject(parent),
      m_page(page),
      m_issuerOrigin(std::move(issuerOrigin)),
      m_signWithCard(std::move(signWithCard)) {}

void CardBridge::sign(int requestId, const QString& challenge) {
  const QString origin = webOrigin(m_page->url());
  if (origin != m_issuerOrigin) {
    reply(requestId, {{}, {}, {}, tr("The card signs only for the configured identity provider.")});
    return;
  }
  if (!isPlausibleChallenge(challenge)) {
    reply(requestId, {{}, {}, {}, tr("The sign-in page sent a challenge the card will not sign.")});
    return;
  }
  m_signWithCard(cardLoginMessage(origin, challenge))
      .then(this, [this, requestId](const CardSignature& signature) { reply(requestId, signature); })
      .onCanceled(this, [this, requestId] {
        reply(requestId, {{}, {}, {}, tr("The card did not answer. Check it is still in the reader.")});
      });
}

void CardBridge::reply(int requestId, const CardSignature& signature) {
  QVariantMap result;
  if (!signature.error.isEmpty()) {
    result.insert(QStringLiteral("error"), signature.error);
  } else {
    result.insert(QStringLiteral("certificate"), QString::fromLatin1(signature.certificate.toBase64()));
    result.insert(QStringLiteral("signature"), QString::fromLatin1(signature.signature.toBase64()));
    result.insert(QStringLiteral("algorithm"), signature.algorithm);
  }
  Q_EMIT signatureReady(requestId, result);
}

}  // namespace cw::shell
