// The HTTP side: a QAbstractHttpServer that turns each request under /fhir
// into a FhirRequest for the router, applies the fault plan, enforces the
// body limit, and hands websocket upgrades on /websocket to the
// SubscriptionHub.
#pragma once

#include "tools/fhir-devserver/FaultPlan.h"
#include "tools/fhir-devserver/FhirResponse.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QString>

#include <optional>

class QHttpServerResponder;

namespace cw::devserver {

class RequestRouter;
class SubscriptionHub;

class FhirServer : public QAbstractHttpServer {
  Q_OBJECT

 public:
  // Without `websocket`, upgrades are refused and the CapabilityStatement
  // announces none.
  FhirServer(RequestRouter& router, SubscriptionHub& hub, std::optional<FaultPlan> faults,
             qint64 maxBodyBytes, bool websocket = true, QObject* parent = nullptr);

  // Listens and tells the router its URLs. Returns the port, 0 on failure.
  quint16 start(const QHostAddress& address, quint16 port);
  const QString& baseUrl() const { return m_base; }

 protected:
  bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
  void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

 private:
  FhirResponse process(const QHttpServerRequest& request);
  // A HEAD answer has the headers of the GET answer and no body.
  void write(QHttpServerResponder& responder, const FhirResponse& response, bool head) const;

  RequestRouter& m_router;
  SubscriptionHub& m_hub;
  std::optional<FaultPlan> m_faults;
  qint64 m_maxBodyBytes;
  bool m_websocket;
  QString m_base;
};

}  // namespace cw::devserver
