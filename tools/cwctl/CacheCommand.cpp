#include "tools/cwctl/CacheCommand.h"

#include "core/base/Clock.h"
#include "core/config/ConfigLocations.h"
#include "core/config/EffectiveConfig.h"
#include "core/store/CacheConfig.h"
#include "core/store/Store.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace cw::cwctl {
namespace {

constexpr int kExitUsage = 64;
constexpr int kExitInvalidConfig = 2;
constexpr int kExitCacheUnavailable = 3;

QJsonObject toJson(const store::StoreStats& stats, const QString& path) {
  QJsonObject resources;
  for (auto it = stats.resourcesByType.cbegin(); it != stats.resourcesByType.cend(); ++it) {
    resources.insert(it.key(), it.value());
  }
  return {{QStringLiteral("cache"), path},
          {QStringLiteral("resources"), resources},
          {QStringLiteral("changesWaiting"), stats.changesWaiting},
          {QStringLiteral("conflicts"), stats.conflicts},
          {QStringLiteral("parked"), stats.parked},
          {QStringLiteral("auditWaiting"), stats.auditWaiting}};
}

void printText(const store::StoreStats& stats, const QString& path) {
  QTextStream out(stdout);
  out << "Offline cache: " << path << '\n';
  qint64 total = 0;
  for (auto it = stats.resourcesByType.cbegin(); it != stats.resourcesByType.cend(); ++it) {
    out << "  " << it.key().leftJustified(28) << ' ' << it.value() << '\n';
    total += it.value();
  }
  out << "  " << QStringLiteral("resources in total").leftJustified(28) << ' ' << total << '\n'
      << "Changes waiting to send: " << stats.changesWaiting << '\n'
      << "Conflicts to resolve:    " << stats.conflicts << '\n'
      << "Could not send (parked): " << stats.parked << '\n'
      << "Audit events waiting:    " << stats.auditWaiting << '\n';
}

}  // namespace

int runCache(const QStringList& arguments) {
  QCommandLineParser parser;
  parser.setApplicationDescription(
      QStringLiteral("cache stats: prints the offline cache's counts (never patient data).\n"
                     "cache init: creates the cache key (when the provider may) and an empty cache."));
  parser.addHelpOption();
  parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("stats or init"));
  const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON for fleet tools."));
  const QCommandLineOption user(
      QStringLiteral("user"), QStringLiteral("Read FILE as the user configuration."), QStringLiteral("FILE"));
  parser.addOptions({json, user});
  parser.process(arguments);

  const QStringList positional = parser.positionalArguments();
  const QString action = positional.value(0);
  if (positional.size() != 1 || (action != QLatin1String("stats") && action != QLatin1String("init"))) {
    QTextStream(stderr) << "Usage: cwctl cache stats [--json] | cwctl cache init\n";
    return kExitUsage;
  }
  const auto config =
      config::EffectiveConfig::resolve(config::readConfigLayers({{}, {}, parser.value(user)}));
  QTextStream err(stderr);
  if (!config.isValid()) {
    err << "cwctl: the configuration is not valid; run 'cwctl check-config'.\n";
    return kExitInvalidConfig;
  }
  const store::CacheConfig cache = store::CacheConfig::from(config);
  const bool init = action == QLatin1String("init");
  QString error;
  std::unique_ptr<store::KeyProvider> keys =
      cache.makeKeyProvider(init ? store::KeyCreation::IfMissing : store::KeyCreation::Never, &error);
  if (!keys) {
    err << "cwctl: " << error << '\n';
    return kExitCacheUnavailable;
  }
  const base::SystemClock clock;
  store::Store::Opened opened = store::Store::open(
      cache.path, *keys, clock, init ? store::Store::Creation::IfMissing : store::Store::Creation::MustExist);
  if (!opened.store) {
    err << "cwctl: " << opened.error << '\n';
    return kExitCacheUnavailable;
  }
  if (init) {
    QTextStream(stdout) << "Offline cache ready: " << cache.path << '\n';
    return 0;
  }
  const store::StoreStats stats = opened.store->stats();
  if (parser.isSet(json)) {
    QTextStream(stdout) << QJsonDocument(toJson(stats, cache.path)).toJson(QJsonDocument::Indented);
  } else {
    printText(stats, cache.path);
  }
  return 0;
}

}  // namespace cw::cwctl
