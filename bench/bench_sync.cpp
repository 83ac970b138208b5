// First and incremental sync from the real fhir-devserver, loaded with the
// 10 000-patient synthetic set of `cwctl generate`, over loopback HTTP into a
// real SQLCipher cache:
//   sync.ingest_rps        resources/s a first SyncEngine::runOnce stores (target >= 5000)
//   sync.ingest_limit_rps  the same search pages fetched raw with HttpClient, plus a bulk
//                          insert of their resources' JSON into a SQLCipher file with one
//                          table, one transaction per page
//   sync.ingest_ratio      ingest_rps / ingest_limit_rps (target >= 0.5)
//   sync.incremental_ms    runOnce after another client changed 100 resources (target <= 1000)
// First syncs and limit passes alternate three times; the incremental sync
// runs five times, each after 100 fresh changes; each figure is the median.
//
// The workstation's patient set is 1000 of the server's patients (about
// 23 000 resources; the run prints the count). An incremental sync asks one
// search per 50 patients and patient type (140 for this set) however few
// changed, so the server's time per search decides it: with planner
// statistics (the dev server's ANALYZE) and TCP_NODELAY a search of 50
// patients is a few milliseconds.
//   bench_sync <fhir-devserver> <cwctl> <results.json> [server patients] [set patients]
#include "bench/BenchReport.h"
#include "bench/SyntheticSet.h"
#include "core/base/Clock.h"
#include "core/fhir/Bundle.h"
#include "core/http/FhirClient.h"
#include "core/http/HttpClient.h"
#include "core/store/CipherConnection.h"
#include "core/store/KeyFileProvider.h"
#include "core/store/Store.h"
#include "core/sync/SyncEngine.h"
#include "tests/support/DevServerProcess.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

namespace {

using cw::fhir::JsonValue;
using cw::fhir::Resource;
using cw::http::FhirClient;
using cw::sync::SyncOptions;

constexpr int kRounds = 3;
constexpr int kIncrementalRounds = 5;
constexpr int kChanges = 100;
const QString kStampUrl = QStringLiteral("https://example.org/fhir/StructureDefinition/bench-sync-edit");

// What ends a run that cannot go on. main() catches it, so the dev server
// and the temporary folders (the generated set is 200 MB) go with the stack.
struct Failure {
  QString message;
};

[[noreturn]] void fail(const QString& message) {
  throw Failure{message};
}

void note(const QString& message) {
  QTextStream(stdout) << "bench_sync: " << message << Qt::endl;
}

double secondsOf(const QElapsedTimer& timer) {
  return double(timer.nsecsElapsed()) / 1e9;
}

QStringList patientIds(FhirClient& client) {
  QStringList ids;
  QUrlQuery query;
  query.addQueryItem(QStringLiteral("_count"), QStringLiteral("1000"));
  const cw::http::FhirError error =
      client.searchAll(QStringLiteral("Patient"), query, [&ids](const cw::fhir::Bundle& page) {
        for (const cw::fhir::BundleEntry& entry : page.entries()) {
          if (entry.resource) {
            ids.append(entry.resource->id());
          }
        }
        return true;
      });
  if (error.isError()) {
    fail(QStringLiteral("listing patients failed: %1").arg(error.message));
  }
  return ids;
}

// A cache of its own in a fresh folder: every first sync starts empty.
struct Cache {
  Cache() {
    auto opened = cw::store::Store::open(dir.filePath(QStringLiteral("cache.sqlcipher")), keys, clock);
    if (!opened.store) {
      fail(opened.error);
    }
    store = std::move(opened.store);
  }
  QTemporaryDir dir;
  cw::store::KeyFileProvider keys{dir.filePath(QStringLiteral("cache.key")),
                                  cw::store::KeyCreation::IfMissing};
  const cw::base::SystemClock clock;
  std::unique_ptr<cw::store::Store> store;
};

cw::sync::SyncReport timedSync(cw::store::Store& store, FhirClient& client, const SyncOptions& options,
                               double* seconds) {
  cw::sync::SyncEngine engine(store, client, options);
  QElapsedTimer timer;
  timer.start();
  cw::sync::SyncReport report = engine.runOnce();
  *seconds = secondsOf(timer);
  if (!report.ok()) {
    fail(QStringLiteral("sync failed: %1").arg(report.error));
  }
  return report;
}

// The first search page of every query a first sync makes (no watermark
// yet), written as FhirClient writes them.
QStringList firstPageUrls(const QUrl& base, const SyncOptions& options) {
  QStringList urls;
  const QString tail = QStringLiteral("_sort=_lastUpdated&_count=%1").arg(options.pageSize);
  for (const cw::sync::PatientSet& set : options.patientSets) {
    for (qsizetype from = 0; from < set.patientIds.size(); from += cw::sync::kPatientsPerQuery) {
      const QString ids = QString::fromLatin1(
          QUrl::toPercentEncoding(set.patientIds.mid(from, cw::sync::kPatientsPerQuery).join(u',')));
      for (const QString& type : options.patientTypes) {
        urls.append(base.toString() + u'/' + type + u'?' + cw::sync::patientParameter(type) + u'=' + ids +
                    u'&' + tail);
      }
    }
  }
  for (const QString& type : options.referenceTypes) {
    urls.append(base.toString() + u'/' + type + u'?' + tail);
  }
  return urls;
}

struct Row {
  QString id;
  QString type;
  QByteArray json;
};

QList<Row> rowsOf(const QByteArray& page) {
  const cw::fhir::ResourceParseResult parsed = Resource::parse(page, u"Bundle");
  if (!parsed.ok()) {
    fail(QStringLiteral("a search page does not parse: %1").arg(parsed.error));
  }
  QList<Row> rows;
  for (const cw::fhir::BundleEntry& entry : cw::fhir::Bundle::from(*parsed.resource)->entries()) {
    if (entry.resource && entry.searchMode != u"outcome") {
      rows.append({entry.resource->id(), entry.resource->resourceType(), entry.resource->toJson()});
    }
  }
  return rows;
}

struct LimitPass {
  qint64 resources = 0;
  double downloadSeconds = 0;
  double insertSeconds = 0;
  double seconds() const { return downloadSeconds + insertSeconds; }
};

// What a first sync cannot beat on this machine: every page it reads, fetched
// with the transport the engine sits on, and its resources stored with no
// checks, no index rows and no watermarks. Reading the pages is the client's
// work, so it is left out of the time.
LimitPass limitPass(cw::http::HttpClient& http, const QUrl& base, const QStringList& firstPages) {
  QTemporaryDir dir;
  cw::store::KeyFileProvider keys(dir.filePath(QStringLiteral("limit.key")),
                                  cw::store::KeyCreation::IfMissing);
  const cw::store::CacheKey key = keys.key();
  if (!key.ok()) {
    fail(key.error);
  }
  auto opened =
      cw::store::CipherConnection::open(dir.filePath(QStringLiteral("limit.sqlcipher")), key.key, true);
  if (!opened.connection) {
    fail(QStringLiteral("cannot create the limit database: %1").arg(opened.detail));
  }
  cw::store::CipherConnection& db = *opened.connection;
  LimitPass pass;
  try {
    // The cache's durability: a write-ahead log synced at every commit.
    db.exec("PRAGMA journal_mode = WAL");
    db.exec("PRAGMA synchronous = FULL");
    db.exec("CREATE TABLE resources (id TEXT NOT NULL, type TEXT NOT NULL, json BLOB NOT NULL)");
    QElapsedTimer timer;
    for (const QString& first : firstPages) {
      QString url = first;
      while (!url.isEmpty()) {
        cw::http::HttpRequest get;
        get.method = "GET";
        get.url = base.resolved(QUrl(url, QUrl::StrictMode));
        get.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/fhir+json")});
        timer.start();
        const cw::http::HttpResponse response = http.send(get).result();
        pass.downloadSeconds += secondsOf(timer);
        if (!response.ok()) {
          fail(QStringLiteral("raw fetch failed: HTTP %1 %2").arg(response.status).arg(response.errorText));
        }
        url = cw::fhir::Bundle::peekLink(response.body, u"next");
        const QList<Row> rows = rowsOf(response.body);
        timer.start();
        cw::store::WriteTransaction transaction(db);
        for (const Row& row : rows) {
          db.statement("INSERT INTO resources (id, type, json) VALUES (?1, ?2, ?3)")
              .bind(1, row.id)
              .bind(2, row.type)
              .bind(3, row.json)
              .run();
        }
        transaction.commit();
        pass.insertSeconds += secondsOf(timer);
        pass.resources += rows.size();
      }
    }
  } catch (const cw::sqlite::SqlError& error) {
    fail(QStringLiteral("limit database: %1").arg(QString::fromUtf8(error.what())));
  }
  return pass;
}

// Another client at work on the server: every change is a new version of a
// resource, marked with a number of our own so it is a real edit each time.
class ServerEditor {
 public:
  explicit ServerEditor(FhirClient& client) : m_client(client) {}

  // One change to a resource of every type each search of the set reads
  // (found in `store`, which holds what the server has), and to one resource
  // of each reference type.
  void touchEverySearch(const cw::store::Store& store, const SyncOptions& options) {
    for (const QString& type : options.referenceTypes) {
      for (const Resource& resource : search(type, {}, 1)) {
        change(resource);
      }
    }
    const QStringList& ids = options.patientSets.constFirst().patientIds;
    for (qsizetype from = 0; from < ids.size(); from += cw::sync::kPatientsPerQuery) {
      for (const QString& type : options.patientTypes) {
        for (const QString& id : ids.mid(from, cw::sync::kPatientsPerQuery)) {
          QList<Resource> found;
          if (type == u"Patient") {
            if (const std::optional<Resource> patient = store.read({type, id})) {
              found.append(*patient);
            }
          } else {
            found = store.compartment(id, type, 1);
          }
          if (!found.isEmpty()) {
            change(found.constFirst());
            break;
          }
        }
      }
    }
  }

  // `count` changes to resources of the set's first patients, spread over
  // the patient types the synthetic set has (it holds no Tasks), none
  // changed twice.
  void changeFirstPatients(const SyncOptions& options, int count) {
    const QString ids =
        options.patientSets.constFirst().patientIds.mid(0, cw::sync::kPatientsPerQuery).join(u',');
    QStringList types;
    QHash<QString, QList<Resource>> candidates;
    for (const QString& type : options.patientTypes) {
      QUrlQuery query;
      query.addQueryItem(cw::sync::patientParameter(type), ids);
      candidates[type] = search(type, query, count);
      if (!candidates[type].isEmpty()) {
        types.append(type);
      }
    }
    if (types.isEmpty()) {
      fail(QStringLiteral("the set's first patients have no resources to change"));
    }
    for (int i = 0; i < count; ++i) {
      const QList<Resource>& ofType = candidates[types.at(i % types.size())];
      const qsizetype index = i / types.size();
      if (index >= ofType.size()) {
        fail(QStringLiteral("too few %1 resources to change").arg(types.at(i % types.size())));
      }
      change(ofType.at(index));
    }
  }

 private:
  QList<Resource> search(const QString& type, QUrlQuery query, int count) {
    query.addQueryItem(QStringLiteral("_count"), QString::number(count));
    const auto page = m_client.search(type, query).result();
    if (!page.ok()) {
      fail(QStringLiteral("%1 search failed: %2").arg(type, page.error.message));
    }
    QList<Resource> found;
    for (const cw::fhir::BundleEntry& entry : page.value->entries()) {
      if (entry.resource) {
        found.append(*entry.resource);
      }
    }
    return found;
  }

  void change(Resource resource) {
    JsonValue extensions = JsonValue::array();
    for (const JsonValue& item : resource.element(u"extension").items()) {
      if (item[u"url"].toString() != kStampUrl) {
        extensions.append(item);
      }
    }
    JsonValue mark = JsonValue::object();
    mark.insert(QStringLiteral("url"), JsonValue::fromString(kStampUrl));
    mark.insert(QStringLiteral("valueInteger"), JsonValue::fromInteger(++m_changes));
    extensions.append(mark);
    resource.setElement(QStringLiteral("extension"), extensions);
    const auto written = m_client.update(resource, resource.versionId()).result();
    if (!written.ok()) {
      fail(QStringLiteral("server update failed: %1").arg(written.error.message));
    }
  }

  FhirClient& m_client;
  qint64 m_changes = 0;
};

int run(const QStringList& args) {
  if (args.size() < 4) {
    fail(
        QStringLiteral("usage: bench_sync <fhir-devserver> <cwctl> <results.json> [server patients] [set "
                       "patients]"));
  }
  const int patients = args.size() > 4 ? args.at(4).toInt() : 10000;
  const int setPatients = args.size() > 5 ? args.at(5).toInt() : 1000;
  qputenv("FHIR_DEVSERVER", args.at(1).toUtf8());
  QTemporaryDir work;
  const QString bundles = work.filePath(QStringLiteral("bundles"));
  if (const QString error = cw::bench::generateSet(args.at(2), patients, bundles); !error.isEmpty()) {
    fail(error);
  }
  cw::test::DevServerProcess server;
  if (!server.start()) {
    fail(QStringLiteral("fhir-devserver did not start: %1").arg(server.error()));
  }
  const QUrl base = server.base();
  cw::http::HttpClient http;
  const cw::bench::LoadedSet loaded = cw::bench::loadSet(http, base, bundles);
  if (!loaded.error.isEmpty()) {
    fail(loaded.error);
  }
  const QDateTime loadedAt = QDateTime::currentDateTimeUtc();
  note(QStringLiteral("server loaded with %1 resources of %2 patients in %3 s")
           .arg(loaded.resources)
           .arg(patients)
           .arg(loaded.seconds, 0, 'f', 1));

  FhirClient client(base, http);
  SyncOptions options;
  options.patientSets.append({QStringLiteral("ward:bench"), patientIds(client).mid(0, setPatients)});
  const QStringList firstPages = firstPageUrls(base, options);
  limitPass(http, base, firstPages);  // warm the server's caches once

  QList<double> syncRates;
  QList<double> limitRates;
  std::unique_ptr<Cache> synced;
  for (int round = 0; round < kRounds; ++round) {
    synced = std::make_unique<Cache>();
    double seconds = 0;
    const cw::sync::SyncReport report = timedSync(*synced->store, client, options, &seconds);
    const LimitPass limit = limitPass(http, base, firstPages);
    if (limit.resources != report.counts.downloaded) {
      fail(QStringLiteral("the limit pass read %1 resources, the sync stored %2: not the same pages")
               .arg(limit.resources)
               .arg(report.counts.downloaded));
    }
    syncRates.append(double(report.counts.downloaded) / seconds);
    limitRates.append(double(limit.resources) / limit.seconds());
    note(QStringLiteral("first sync of %1 patients: %2 resources in %3 s; limit: download %4 s + insert %5 s")
             .arg(options.patientSets.constFirst().patientIds.size())
             .arg(report.counts.downloaded)
             .arg(seconds, 0, 'f', 2)
             .arg(limit.downloadSeconds, 0, 'f', 2)
             .arg(limit.insertSeconds, 0, 'f', 2));
  }

  // A workstation's data is older than the sync's overlap; this server's was
  // loaded moments ago. Until every search's watermark has moved past the
  // load, an incremental sync re-reads the load's last minute, which would
  // time the overlap instead of the changes: one untimed sync after a change
  // that every search reads, once the overlap has passed, moves them all.
  cw::http::HttpClient editorHttp;
  FhirClient editorClient(base, editorHttp);
  ServerEditor editor(editorClient);
  const QDateTime settled = loadedAt.addSecs(options.overlap.count() + 2);
  while (QDateTime::currentDateTimeUtc() < settled) {
    QThread::msleep(200);
  }
  editor.touchEverySearch(*synced->store, options);
  double seconds = 0;
  timedSync(*synced->store, client, options, &seconds);

  QList<double> incremental;
  for (int round = 0; round < kIncrementalRounds; ++round) {
    editor.changeFirstPatients(options, kChanges);
    const cw::sync::SyncReport report = timedSync(*synced->store, client, options, &seconds);
    if (report.counts.downloaded != kChanges) {
      fail(QStringLiteral("the incremental sync stored %1 resources after %2 changes")
               .arg(report.counts.downloaded)
               .arg(kChanges));
    }
    incremental.append(seconds * 1000);
  }

  cw::bench::BenchReport report(args.at(3));
  const double syncRate = cw::bench::median(syncRates);
  const double limitRate = cw::bench::median(limitRates);
  report.add(QStringLiteral("sync.ingest_rps"), syncRate, QStringLiteral("resources/s"));
  report.add(QStringLiteral("sync.ingest_limit_rps"), limitRate, QStringLiteral("resources/s"));
  report.add(QStringLiteral("sync.ingest_ratio"), syncRate / limitRate, QStringLiteral("ratio"));
  report.add(QStringLiteral("sync.incremental_ms"), cw::bench::median(incremental), QStringLiteral("ms"));
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  try {
    return run(app.arguments());
  } catch (const Failure& failure) {
    QTextStream(stderr) << "bench_sync: " << failure.message << '\n';
    return 1;
  }
}
