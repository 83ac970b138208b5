// What the router answers: status, JSON body and the FHIR response headers,
// ready to go out over HTTP or into a batch/transaction response entry.
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace cw::devserver {

struct FhirResponse {
  int status = 200;
  QByteArray body;                               // JSON; empty for none
  QString location;                              // relative, e.g. "Patient/1/_history/2"
  QString etag;                                  // W/"2"
  qint64 lastModified = 0;                       // ms since the epoch; 0 for none
  QList<QPair<QByteArray, QByteArray>> headers;  // Allow, Retry-After ...

  // An OperationOutcome with one issue; `expression` points into the request
  // (e.g. "Bundle.entry[3]").
  static FhirResponse error(int status, const QString& code, const QString& diagnostics,
                            const QString& expression = {});
  // The first issue's code and diagnostics of an error response.
  QPair<QString, QString> issue() const;
};

// "Created" for 201 and so on: the reason phrase of an HTTP status.
QString reasonPhrase(int status);

}  // namespace cw::devserver
