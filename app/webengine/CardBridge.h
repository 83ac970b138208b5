// The object the identity provider's login page reaches through QWebChannel
// as `cwCardBridge`: it asks the card to sign the page's challenge. It signs
// only while the page is on the issuer's origin, and the origin is part of
// what is signed (CardLoginSigner).
#pragma once

#include "app/CardLoginSigner.h"

#include <QObject>
#include <QVariantMap>

class QWebEnginePage;

namespace cw::shell {

class CardBridge : public QObject {
  Q_OBJECT

 public:
  CardBridge(QWebEnginePage* page, QString issuerOrigin,
             std::function<QFuture<CardSignature>(const QByteArray&)> signWithCard,
             QObject* parent = nullptr);

  // Called by the page; the answer arrives as signatureReady(requestId, result).
  Q_INVOKABLE void sign(int requestId, const QString& challenge);

 Q_SIGNALS:
  // result: {certificate, signature, algorithm} in base64, or {error}.
  void signatureReady(int requestId, const QVariantMap& result);

 private:
  QWebEnginePage* m_page;
  CardLoginSigner m_signer;
};

}  // namespace cw::shell
