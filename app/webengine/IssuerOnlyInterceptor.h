// Blocks every request the sign-in page makes to anywhere but the identity
// provider: no third-party scripts, images or beacons ride along with a login.
#pragma once

#include <QWebEngineUrlRequestInterceptor>

namespace cw::shell {

class IssuerOnlyInterceptor : public QWebEngineUrlRequestInterceptor {
  Q_OBJECT

 public:
  IssuerOnlyInterceptor(QString issuerOrigin, QObject* parent = nullptr);
  void interceptRequest(QWebEngineUrlRequestInfo& info) override;

 private:
  QString m_issuerOrigin;
};

}  // namespace cw::shell
