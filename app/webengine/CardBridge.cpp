#include "app/webengine/CardBridge.h"

#include <QWebEnginePage>

namespace cw::shell {

CardBridge::CardBridge(QWebEnginePage* page, QString issuerOrigin,
                       std::function<QFuture<CardSignature>(const QByteArray&)> signWithCard, QObject* parent)
    : QObject(parent), m_page(page), m_signer(std::move(issuerOrigin), std::move(signWithCard)) {}

void CardBridge::sign(int requestId, const QString& challenge) {
  m_signer.sign(webOrigin(m_page->url()), challenge)
      .then(this, [this, requestId](const CardSignature& signature) {
        Q_EMIT signatureReady(requestId, CardLoginSigner::toJson(signature).toVariantMap());
      });
}

}  // namespace cw::shell
