// The workstation's end of a sign-in in the system browser, on 127.0.0.1
// (RFC 8252 7.3): the redirect URI the identity provider sends the browser
// back to, and the card agent its login page asks to sign the challenge,
// because a system browser has no window.cwCard (decision 004).
//
//   GET  /callback?...   the redirect: handed to the sign-in exactly once
//   GET  /card           {certificate}
//   POST /card/sign      {challenge} -> {certificate, signature, algorithm} | {error}
//
// Everything answers 404 unless a sign-in is waiting. The card answers only
// requests whose Origin is the identity provider's, with CORS headers for
// that origin alone, and signs once per sign-in.
#pragma once

#include "app/CardLoginSigner.h"
#include "app/LoopbackServer.h"

#include <QObject>
#include <QUrl>

#include <optional>

namespace cw::shell {

class LoopbackAgent : public QObject {
  Q_OBJECT

 public:
  // `cardCertificate`: DER of the certificate of the card being signed in.
  explicit LoopbackAgent(std::function<QByteArray()> cardCertificate, QObject* parent = nullptr);

  // Binds 127.0.0.1 on a port the system chooses; false with errorString().
  bool listen();
  QString errorString() const { return m_server.errorString(); }
  // http://127.0.0.1:<port>/callback
  QUrl redirectUri() const;

  // Starts answering for `request`'s sign-in, in place of any earlier one.
  // The ticket ends this wait, and no later one, through stopWaiting().
  quint64 startWaiting(const LoginPageRequest& request);
  void stopWaiting(quint64 ticket);
  bool isWaiting() const { return m_wait.has_value(); }

 private:
  struct Wait {
    quint64 ticket;
    CardLoginSigner signer;
    std::function<void(const QUrl&)> onRedirect;
    bool signatureTaken = false;
  };

  void handle(const LoopbackRequest& request, const LoopbackServer::Reply& reply);
  void redirected(const LoopbackRequest& request, const LoopbackServer::Reply& reply);
  void lendCard(const LoopbackRequest& request, const LoopbackServer::Reply& reply);
  void sign(const LoopbackRequest& request, const LoopbackServer::Reply& reply);
  static LoopbackResponse preflight(const LoopbackRequest& request, const QByteArray& method);

  LoopbackServer m_server;
  std::function<QByteArray()> m_cardCertificate;
  std::optional<Wait> m_wait;
  quint64 m_nextTicket = 1;
};

}  // namespace cw::shell
