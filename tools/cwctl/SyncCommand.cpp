#include "tools/cwctl/SyncCommand.h"

#include "core/base/Clock.h"
#include "core/config/ConfigLocations.h"
#include "core/config/EffectiveConfig.h"
#include "core/http/FhirClient.h"
#include "core/http/HttpClient.h"
#include "core/store/CacheConfig.h"
#include "core/store/Store.h"
#include "core/sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

namespace cw::cwctl {
namespace {

constexpr int kExitFailed = 1;
constexpr int kExitInvalidConfig = 2;
constexpr int kExitCacheUnavailable = 3;
constexpr int kExitUsage = 64;

void printCounts(QTextStream& out, const sync::SyncCounts& counts) {
  out << "downloaded " << counts.downloaded << ", deleted " << counts.deleted << ", uploaded "
      << counts.uploaded << ", conflicts " << counts.conflicts << ", failures " << counts.failures
      << ", audit events sent " << counts.auditSent;
}

}  // namespace

int runSync(const QStringList& arguments) {
  QCommandLineParser parser;
  parser.setApplicationDescription(
      QStringLiteral("Runs one sync cycle between the offline cache and the FHIR server of the effective "
                     "configuration: reference data, the given patients, and every change waiting to send."));
  parser.addHelpOption();
  const QCommandLineOption once(QStringLiteral("once"), QStringLiteral("Run one cycle and exit."));
  const QCommandLineOption tokenFile(QStringLiteral("token-file"),
                                     QStringLiteral("Read the bearer token of a service account from FILE."),
                                     QStringLiteral("FILE"));
  const QCommandLineOption patient(QStringLiteral("patient"),
                                   QStringLiteral("Also download this patient's record (repeatable)."),
                                   QStringLiteral("ID"));
  const QCommandLineOption user(
      QStringLiteral("user"), QStringLiteral("Read FILE as the user configuration."), QStringLiteral("FILE"));
  parser.addOptions({once, tokenFile, patient, user});
  parser.process(arguments);
  QTextStream out(stdout);
  QTextStream err(stderr);
  if (!parser.isSet(once) || !parser.positionalArguments().isEmpty()) {
    err << "Usage: cwctl sync --once [--token-file FILE] [--patient ID]...\n";
    return kExitUsage;
  }

  const auto config =
      config::EffectiveConfig::resolve(config::readConfigLayers({{}, {}, parser.value(user)}));
  const QUrl base = config.url("fhir_base_url");
  if (!config.isValid() || !base.isValid()) {
    err << "cwctl: the configuration is not valid; run 'cwctl check-config'.\n";
    return kExitInvalidConfig;
  }
  QByteArray token;
  if (parser.isSet(tokenFile)) {
    QFile file(parser.value(tokenFile));
    if (!file.open(QIODevice::ReadOnly)) {
      err << "cwctl: cannot read the token file " << file.fileName() << ": " << file.errorString() << '\n';
      return kExitUsage;
    }
    token = file.readAll().trimmed();
  }

  const store::CacheConfig cache = store::CacheConfig::from(config);
  QString error;
  std::unique_ptr<store::KeyProvider> keys = cache.makeKeyProvider(store::KeyCreation::Never, &error);
  if (!keys) {
    err << "cwctl: " << error << '\n';
    return kExitCacheUnavailable;
  }
  const base::SystemClock clock;
  store::Store::Opened opened =
      store::Store::open(cache.path, *keys, clock, store::Store::Creation::MustExist);
  if (!opened.store) {
    err << "cwctl: " << opened.error << '\n';
    return kExitCacheUnavailable;
  }

  http::HttpClientOptions options;
  if (!token.isEmpty()) {
    options.bearerToken = [token] { return token; };
  }
  http::HttpClient httpClient(options);
  http::FhirClient client(base, httpClient);
  sync::SyncOptions syncOptions;
  if (parser.isSet(patient)) {
    syncOptions.patientSets.append({QStringLiteral("cwctl"), parser.values(patient)});
  }
  sync::SyncEngine engine(*opened.store, client, syncOptions);
  QObject::connect(&engine, &sync::SyncEngine::progress, [&out](const sync::SyncCounts& counts) {
    out << "progress: ";
    printCounts(out, counts);
    out << '\n';
    out.flush();
  });
  out << "Syncing with " << base.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery) << '\n';
  out.flush();
  const sync::SyncReport report = engine.runOnce();
  const store::StoreStats stats = opened.store->stats();
  out << (report.ok() ? "Sync complete: " : "Sync failed: ");
  printCounts(out, report.counts);
  out << "\nChanges waiting: " << stats.changesWaiting << ", conflicts to resolve: " << stats.conflicts
      << ", could not send: " << stats.parked << '\n';
  if (!report.serverLacks.isEmpty()) {
    out << "The server does not offer: " << report.serverLacks.join(QStringLiteral(", ")) << '\n';
  }
  if (!report.ok()) {
    err << "cwctl: " << report.error << '\n';
    return kExitFailed;
  }
  return 0;
}

}  // namespace cw::cwctl
