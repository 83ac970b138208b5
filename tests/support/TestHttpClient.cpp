#include "tests/support/TestHttpClient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QTimer>

namespace cw::test {

QByteArray HttpReply::header(const QByteArray& name) const {
  for (const auto& [key, value] : headers) {
    if (key.compare(name, Qt::CaseInsensitive) == 0) {
      return value;
    }
  }
  return {};
}

const QJsonObject HttpReply::json() const {
  return QJsonDocument::fromJson(body).object();
}

QUrl TestHttpClient::url(const QString& pathAndQuery) const {
  if (pathAndQuery.startsWith(QLatin1String("http"))) {
    return QUrl(pathAndQuery);
  }
  QString base = m_base.toString();
  if (!pathAndQuery.isEmpty() && !pathAndQuery.startsWith(u'?')) {
    base += u'/';
  }
  return QUrl(base + pathAndQuery);
}

HttpReply TestHttpClient::get(const QString& pathAndQuery, const HttpHeaders& headers) {
  return sendTo("GET", url(pathAndQuery), {}, headers);
}

HttpReply TestHttpClient::send(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body,
                               const HttpHeaders& headers) {
  return sendTo(method, url(pathAndQuery), body, headers);
}

HttpReply TestHttpClient::sendTo(const QByteArray& method, const QUrl& url, const QByteArray& body,
                                 const HttpHeaders& headers) {
  QNetworkRequest request(url);
  request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
  bool hasContentType = false;
  for (const auto& [name, value] : headers) {
    request.setRawHeader(name, value);
    hasContentType = hasContentType || name.compare("content-type", Qt::CaseInsensitive) == 0;
  }
  if (!body.isEmpty() && !hasContentType) {
    request.setRawHeader("Content-Type", "application/fhir+json");
  }
  // HEAD must go through head(): as a custom verb the reply would wait for a body.
  QNetworkReply* reply = method == "HEAD" ? m_network.head(request)
                         : body.isEmpty() && method != "POST" && method != "PUT"
                             ? m_network.sendCustomRequest(request, method)
                             : m_network.sendCustomRequest(request, method, body);
  QEventLoop loop;
  QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
  QTimer guard;  // only stops a hung server from hanging the test run
  guard.setSingleShot(true);
  QObject::connect(&guard, &QTimer::timeout, reply, &QNetworkReply::abort);
  guard.start(30000);
  if (!reply->isFinished()) {
    loop.exec();
  }
  HttpReply result;
  result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
  result.error = reply->error();
  result.body = reply->readAll();
  for (const auto& [name, value] : reply->rawHeaderPairs()) {
    result.headers.append({name, value});
  }
  reply->deleteLater();
  return result;
}

}  // namespace cw::test
