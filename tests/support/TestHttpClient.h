// A blocking HTTP client for tests that talk to a real server (the FHIR dev
// server): QNetworkAccessManager underneath, one call per request.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QString>
#include <QUrl>

namespace cw::test {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

struct HttpReply {
  int status = 0;  // 0 when no HTTP answer came
  QNetworkReply::NetworkError error = QNetworkReply::NoError;
  QByteArray body;
  HttpHeaders headers;

  QByteArray header(const QByteArray& name) const;  // case-insensitive, empty when absent
  // Const, so that json()["a"]["b"] reads instead of building references.
  const QJsonObject json() const;
};

class TestHttpClient {
 public:
  // Relative paths resolve against `base` ("http://127.0.0.1:1234/fhir").
  explicit TestHttpClient(QUrl base = {}) : m_base(std::move(base)) {}

  void setBase(const QUrl& base) { m_base = base; }
  QUrl url(const QString& pathAndQuery) const;

  HttpReply get(const QString& pathAndQuery, const HttpHeaders& headers = {});
  // A body without a Content-Type header goes as application/fhir+json.
  HttpReply send(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body = {},
                 const HttpHeaders& headers = {});
  HttpReply sendTo(const QByteArray& method, const QUrl& url, const QByteArray& body = {},
                   const HttpHeaders& headers = {});

 private:
  QNetworkAccessManager m_network;
  QUrl m_base;
};

}  // namespace cw::test
