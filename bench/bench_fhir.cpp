// FHIR download throughput and dev-server load rate on the 10 000-patient
// synthetic set, measured over real HTTP on loopback:
//   devserver.load_rps       resources/s the dev server stores from transaction Bundles
//   fhir.download_rps        resources/s FhirClient::searchAll delivers (every page read and parsed)
//   fhir.download_limit_rps  the same pages fetched raw with libcurl, bytes counted and discarded
//   fhir.download_ratio      download_rps / download_limit_rps (target >= 0.8)
// Client and raw passes alternate three times; each figure is the median.
//   bench_fhir <fhir-devserver> <cwctl> <results.json> [patients]
#include "bench/BenchReport.h"
#include "core/http/FhirClient.h"
#include "core/http/HttpClient.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <curl/curl.h>

namespace {

using cw::http::FhirClient;

constexpr int kRounds = 3;
const QStringList kTypes = {QStringLiteral("Patient"),           QStringLiteral("Encounter"),
                            QStringLiteral("Condition"),         QStringLiteral("AllergyIntolerance"),
                            QStringLiteral("MedicationRequest"), QStringLiteral("Observation"),
                            QStringLiteral("DocumentReference"), QStringLiteral("Flag"),
                            QStringLiteral("Location"),          QStringLiteral("Organization"),
                            QStringLiteral("Practitioner"),      QStringLiteral("PractitionerRole")};

[[noreturn]] void fail(const QString& message) {
  QTextStream(stderr) << "bench_fhir: " << message << '\n';
  std::exit(1);
}

// One pass of the client over every type: the page URLs it followed and the
// resources it read.
struct ClientPass {
  QStringList pageUrls;
  qint64 resources = 0;
  double seconds = 0;
};

ClientPass downloadWithClient(FhirClient& client) {
  ClientPass pass;
  QElapsedTimer timer;
  timer.start();
  for (const QString& type : kTypes) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("_count"), QStringLiteral("1000"));
    const cw::http::FhirError error = client.searchAll(type, query, [&pass](const cw::fhir::Bundle& page) {
      pass.resources += page.entries().size();
      const QString next = page.link(u"next");
      if (!next.isEmpty()) {
        pass.pageUrls.append(next);
      }
      return true;
    });
    if (error.isError()) {
      fail(QStringLiteral("%1 search failed: %2").arg(type, error.message));
    }
  }
  pass.seconds = double(timer.nsecsElapsed()) / 1e9;
  return pass;
}

size_t discard(char*, size_t size, size_t count, void* total) {
  *static_cast<qint64*>(total) += qint64(size * count);
  return size * count;
}

// The same first pages and links, fetched with libcurl alone on one reused
// connection, as the client does.
double downloadRaw(const QUrl& base, const QStringList& pageUrls) {
  CURL* curl = curl_easy_init();
  curl_slist* headers = curl_slist_append(nullptr, "Accept: application/fhir+json");
  qint64 bytes = 0;
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
  curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "");
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, discard);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &bytes);
  QStringList urls;
  for (const QString& type : kTypes) {
    urls.append(base.toString() + u'/' + type + QStringLiteral("?_count=1000"));
  }
  urls += pageUrls;
  QElapsedTimer timer;
  timer.start();
  for (const QString& url : urls) {
    const QByteArray address = url.toUtf8();
    curl_easy_setopt(curl, CURLOPT_URL, address.constData());
    if (curl_easy_perform(curl) != CURLE_OK) {
      fail(QStringLiteral("raw fetch failed"));
    }
  }
  const double seconds = double(timer.nsecsElapsed()) / 1e9;
  curl_slist_free_all(headers);
  curl_easy_cleanup(curl);
  return seconds;
}

qint64 loadBundles(cw::http::HttpClient& http, const QUrl& base, const QString& folder, double* seconds) {
  QDir dir(folder);
  qint64 resources = 0;
  QElapsedTimer timer;
  timer.start();
  for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::ReadOnly)) {
      fail(QStringLiteral("cannot read %1").arg(file.fileName()));
    }
    cw::http::HttpRequest post;
    post.method = "POST";
    post.url = base;
    post.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/fhir+json")});
    post.headers.append({QByteArrayLiteral("Prefer"), QByteArrayLiteral("return=minimal")});
    post.body = file.readAll();
    resources += post.body.count("\"request\":");
    const cw::http::HttpResponse response = http.send(post).result();
    if (!response.ok()) {
      fail(QStringLiteral("loading %1 failed: HTTP %2 %3")
               .arg(name)
               .arg(response.status)
               .arg(response.errorText));
    }
  }
  *seconds = double(timer.nsecsElapsed()) / 1e9;
  return resources;
}

}  // namespace

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  const QStringList args = app.arguments();
  if (args.size() < 4) {
    fail(QStringLiteral("usage: bench_fhir <fhir-devserver> <cwctl> <results.json> [patients]"));
  }
  const QString patients = args.size() > 4 ? args.at(4) : QStringLiteral("10000");
  QTemporaryDir work;
  const QString bundles = work.filePath(QStringLiteral("bundles"));

  QProcess generate;
  generate.start(args.at(2),
                 {QStringLiteral("generate"), QStringLiteral("--patients"), patients,
                  QStringLiteral("--seed"), QStringLiteral("1"), QStringLiteral("--out"), bundles});
  if (!generate.waitForFinished(600000) || generate.exitCode() != 0) {
    fail(QStringLiteral("cwctl generate failed: %1").arg(QString::fromUtf8(generate.readAllStandardError())));
  }

  QProcess server;
  server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
  server.start(args.at(1),
               {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data"),
                work.filePath(QStringLiteral("data")), QStringLiteral("--seed"), QStringLiteral("none")});
  if (!server.waitForReadyRead(30000)) {
    fail(QStringLiteral("fhir-devserver did not start"));
  }
  const QRegularExpressionMatch listening =
      QRegularExpression(QStringLiteral("^listening (\\S+)")).match(QString::fromUtf8(server.readLine()));
  if (!listening.hasMatch()) {
    fail(QStringLiteral("fhir-devserver printed no address"));
  }
  const QUrl base(listening.captured(1));

  cw::http::HttpClient http;
  double loadSeconds = 0;
  const qint64 loaded = loadBundles(http, base, bundles, &loadSeconds);

  FhirClient client(base, http);
  downloadWithClient(client);  // warm the server's caches once
  QList<double> clientRates;
  QList<double> rawRates;
  for (int round = 0; round < kRounds; ++round) {
    const ClientPass pass = downloadWithClient(client);
    clientRates.append(double(pass.resources) / pass.seconds);
    rawRates.append(double(pass.resources) / downloadRaw(base, pass.pageUrls));
  }
  server.terminate();
  server.waitForFinished(10000);

  cw::bench::BenchReport report(args.at(3));
  report.add(QStringLiteral("devserver.load_rps"), double(loaded) / loadSeconds,
             QStringLiteral("resources/s"));
  const double clientRate = cw::bench::median(clientRates);
  const double rawRate = cw::bench::median(rawRates);
  report.add(QStringLiteral("fhir.download_rps"), clientRate, QStringLiteral("resources/s"));
  report.add(QStringLiteral("fhir.download_limit_rps"), rawRate, QStringLiteral("resources/s"));
  report.add(QStringLiteral("fhir.download_ratio"), clientRate / rawRate, QStringLiteral("ratio"));
  return 0;
}
