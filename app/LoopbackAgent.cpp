#include "app/LoopbackAgent.h"

#include "core/base/WhenReady.h"

#include <QJsonDocument>
#include <QLocale>
#include <QUrlQuery>

namespace cw::shell {
namespace {

const QByteArray kCallbackPath = QByteArrayLiteral("/callback");
const QByteArray kCardPath = QByteArrayLiteral("/card");
const QByteArray kSignPath = QByteArrayLiteral("/card/sign");

LoopbackResponse status(int code, QList<QPair<QByteArray, QByteArray>> headers = {}) {
  return {code, std::move(headers), {}};
}

LoopbackResponse json(int code, const QJsonObject& body, const QByteArray& origin) {
  return {code,
          {{"Content-Type", "application/json"}, {"Access-Control-Allow-Origin", origin}, {"Vary", "Origin"}},
          QJsonDocument(body).toJson(QJsonDocument::Compact)};
}

// The page the browser shows after the redirect: what happens next, in
// words that stay true whatever the workstation then finds.
LoopbackResponse callbackPage(bool carriesCode) {
  const QString heading = carriesCode ? LoopbackAgent::tr("Back to the Clinical Workstation")
                                      : LoopbackAgent::tr("Sign-in did not finish");
  const QString text =
      carriesCode
          ? LoopbackAgent::tr("The Clinical Workstation is finishing your sign-in. You can close this tab.")
          : LoopbackAgent::tr(
                "The Clinical Workstation shows what happened and what to do. You can close "
                "this tab.");
  const QString html =
      QStringLiteral(
          "<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title></head>"
          "<body style=\"font-family:sans-serif;margin:4rem auto;max-width:32rem;color:#212b32\">"
          "<h1>%2</h1><p>%3</p></body></html>\n")
          .arg(QLocale().bcp47Name(), heading.toHtmlEscaped(), text.toHtmlEscaped());
  return {200,
          {{"Content-Type", "text/html; charset=utf-8"},
           {"Content-Security-Policy",
            "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; "
            "frame-ancestors 'none'"},
           {"Referrer-Policy", "no-referrer"}},
          html.toUtf8()};
}

bool isJson(const LoopbackRequest& request) {
  return request.header("content-type").split(';').first().trimmed().toLower() == "application/json";
}

}  // namespace

LoopbackAgent::LoopbackAgent(std::function<QByteArray()> cardCertificate, QObject* parent)
    : QObject(parent),
      m_server([this](const LoopbackRequest& request,
                      const LoopbackServer::Reply& reply) { handle(request, reply); },
               this),
      m_cardCertificate(std::move(cardCertificate)) {}

bool LoopbackAgent::listen() {
  return m_server.listen();
}

QUrl LoopbackAgent::redirectUri() const {
  return QUrl(QStringLiteral("http://127.0.0.1:%1/callback").arg(m_server.port()));
}

quint64 LoopbackAgent::startWaiting(const LoginPageRequest& request) {
  const quint64 ticket = m_nextTicket++;
  m_wait.emplace(Wait{ticket, CardLoginSigner(webOrigin(request.authorizationUrl), request.signWithCard),
                      request.onRedirect});
  return ticket;
}

void LoopbackAgent::stopWaiting(quint64 ticket) {
  if (m_wait && m_wait->ticket == ticket) {
    m_wait.reset();
  }
}

void LoopbackAgent::handle(const LoopbackRequest& request, const LoopbackServer::Reply& reply) {
  // Only what a browser sends to the address we gave it: a name that merely
  // resolves to 127.0.0.1 (DNS rebinding) is not us.
  if (request.header("host") != "127.0.0.1:" + QByteArray::number(m_server.port())) {
    reply(status(400));
    return;
  }
  const QByteArray path = request.path();
  if (!m_wait || (path != kCallbackPath && path != kCardPath && path != kSignPath)) {
    reply(status(404));
    return;
  }
  if (path == kCallbackPath) {
    redirected(request, reply);
    return;
  }
  if (request.header("origin") != m_wait->signer.issuerOrigin().toUtf8()) {
    reply(status(403));
    return;
  }
  const QByteArray method = path == kCardPath ? QByteArrayLiteral("GET") : QByteArrayLiteral("POST");
  if (request.method == "OPTIONS") {
    reply(preflight(request, method));
  } else if (request.method != method) {
    reply(status(405, {{"Allow", method + ", OPTIONS"}}));
  } else if (path == kCardPath) {
    lendCard(request, reply);
  } else {
    sign(request, reply);
  }
}

void LoopbackAgent::redirected(const LoopbackRequest& request, const LoopbackServer::Reply& reply) {
  if (request.method != "GET") {
    reply(status(405, {{"Allow", "GET"}}));
    return;
  }
  const QUrl redirect = QUrl::fromEncoded(
      "http://127.0.0.1:" + QByteArray::number(m_server.port()) + request.target, QUrl::StrictMode);
  if (!redirect.isValid()) {
    reply(status(400));
    return;
  }
  // Exactly once: the wait ends before anyone hears of the redirect.
  const std::function<void(const QUrl&)> onRedirect = std::move(m_wait->onRedirect);
  m_wait.reset();
  const QUrlQuery query(redirect);
  reply(callbackPage(query.hasQueryItem(QStringLiteral("code")) &&
                     !query.hasQueryItem(QStringLiteral("error"))));
  onRedirect(redirect);
}

void LoopbackAgent::lendCard(const LoopbackRequest& request, const LoopbackServer::Reply& reply) {
  const QByteArray origin = request.header("origin");
  const QByteArray certificate = m_cardCertificate();
  if (certificate.isEmpty()) {
    reply(json(503, {}, origin));
    return;
  }
  reply(json(200, {{QStringLiteral("certificate"), QString::fromLatin1(certificate.toBase64())}}, origin));
}

void LoopbackAgent::sign(const LoopbackRequest& request, const LoopbackServer::Reply& reply) {
  const QByteArray origin = request.header("origin");
  QJsonParseError error{};
  const QJsonDocument body = QJsonDocument::fromJson(request.body, &error);
  const QJsonValue challenge = body.object().value(QStringLiteral("challenge"));
  if (!isJson(request) || error.error != QJsonParseError::NoError || !body.isObject() ||
      !challenge.isString() || !CardLoginSigner::isPlausibleChallenge(challenge.toString())) {
    reply(status(400, {{"Access-Control-Allow-Origin", origin}, {"Vary", "Origin"}}));
    return;
  }
  if (m_wait->signatureTaken) {
    reply(
        json(409,
             {{QStringLiteral("error"),
               tr("The card has already signed once for this sign-in. Take your card out and put it back to "
                  "try again.")}},
             origin));
    return;
  }
  m_wait->signatureTaken = true;
  const quint64 ticket = m_wait->ticket;
  base::whenReady(
      m_wait->signer.sign(QString::fromUtf8(origin), challenge.toString()), this,
      [this, ticket, origin, reply](const CardSignature& signature) {
        // A signature made for a sign-in that has since ended goes nowhere.
        if (!m_wait || m_wait->ticket != ticket) {
          reply(json(
              409, {{QStringLiteral("error"), tr("This sign-in has ended. Start again at the workstation.")}},
              origin));
          return;
        }
        reply(json(200, CardLoginSigner::toJson(signature), origin));
      });
}

LoopbackResponse LoopbackAgent::preflight(const LoopbackRequest& request, const QByteArray& method) {
  if (request.header("access-control-request-method") != method) {
    return status(403);
  }
  // Chromium asks before a public page may reach a loopback address
  // (Private Network Access); the identity provider's page may.
  return status(204, {{"Access-Control-Allow-Origin", request.header("origin")},
                      {"Access-Control-Allow-Methods", method},
                      {"Access-Control-Allow-Headers", "Content-Type"},
                      {"Access-Control-Allow-Private-Network", "true"},
                      {"Access-Control-Max-Age", "60"},
                      {"Vary", "Origin"}});
}

}  // namespace cw::shell
