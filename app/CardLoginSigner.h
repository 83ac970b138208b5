// Signs the identity provider's login challenge with the card, for a page on
// the issuer's origin only, and writes the answer the login page reads
// (decision 004). Shared by the embedded browser's card bridge and the
// loopback card agent of the system browser, so both sign under the same
// rules. Needs nothing beyond Qt Core: the WebEngine plug-in compiles it too.
#pragma once

#include "app/LoginBrowser.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace cw::shell {

class CardLoginSigner {
  Q_DECLARE_TR_FUNCTIONS(cw::shell::CardLoginSigner)

 public:
  CardLoginSigner(QString issuerOrigin,
                  std::function<QFuture<CardSignature>(const QByteArray&)> signWithCard);

  // A base64url challenge of a sensible size; anything else is not from our
  // identity provider and is never signed.
  static bool isPlausibleChallenge(const QString& challenge);

  // The card's signature over cardLoginMessage(pageOrigin, challenge), or
  // an error (never a failed future) when the page is not on the issuer's
  // origin, the challenge is implausible or the card does not answer.
  QFuture<CardSignature> sign(const QString& pageOrigin, const QString& challenge) const;

  // {certificate, signature, algorithm} in base64, or {error}.
  static QJsonObject toJson(const CardSignature& signature);

  const QString& issuerOrigin() const { return m_issuerOrigin; }

 private:
  QString m_issuerOrigin;
  std::function<QFuture<CardSignature>(const QByteArray&)> m_signWithCard;
};

}  // namespace cw::shell
