#include "app/webengine/CardBridge.h"

#include "core/base/WhenReady.h"

#include <QWebEnginePage>

namespace cw::shell {

CardBridge::CardBridge(QWebEnginePage* page, QString issuerOrigin,
                       std::function<QFuture<CardSignature>(const QByteArray&)> signWithCard, QObject* parent)
    : QObject(parent), m_page(page), m_signer(std::move(issuerOrigin), std::move(signWithCard)) {}

void CardBridge::sign(int requestId, const QString& challenge) {
  // The page (and this bridge) may be gone before the card answers.
  base::whenReady(m_signer.sign(webOrigin(m_page->url()), challenge), this,
                  [this, requestId](const CardSignature& signature) {
                    Q_EMIT signatureReady(requestId, CardLoginSigner::toJson(signature).toVariantMap());
                  });
}

}  // namespace cw::shell
