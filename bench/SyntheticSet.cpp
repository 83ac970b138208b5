#include "bench/SyntheticSet.h"

#include "core/http/HttpClient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

namespace cw::bench {

QString generateSet(const QString& cwctl, int patients, const QString& folder) {
  QProcess generate;
  generate.start(cwctl, {QStringLiteral("generate"), QStringLiteral("--patients"), QString::number(patients),
                         QStringLiteral("--seed"), QStringLiteral("1"), QStringLiteral("--out"), folder});
  if (!generate.waitForFinished(600000) || generate.exitCode() != 0) {
    return QStringLiteral("cwctl generate failed: %1")
        .arg(QString::fromUtf8(generate.readAllStandardError()));
  }
  return {};
}

LoadedSet loadSet(http::HttpClient& http, const QUrl& base, const QString& folder) {
  LoadedSet loaded;
  const QDir dir(folder);
  QElapsedTimer timer;
  timer.start();
  for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::ReadOnly)) {
      loaded.error = QStringLiteral("cannot read %1").arg(file.fileName());
      return loaded;
    }
    http::HttpRequest post;
    post.method = "POST";
    post.url = base;
    post.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/fhir+json")});
    post.headers.append({QByteArrayLiteral("Prefer"), QByteArrayLiteral("return=minimal")});
    post.body = file.readAll();
    loaded.resources += post.body.count("\"request\":");
    const http::HttpResponse response = http.send(post).result();
    if (!response.ok()) {
      loaded.error = QStringLiteral("loading %1 failed: HTTP %2 %3")
                         .arg(name)
                         .arg(response.status)
                         .arg(response.errorText);
      return loaded;
    }
  }
  loaded.seconds = double(timer.nsecsElapsed()) / 1e9;
  return loaded;
}

}  // namespace cw::bench
