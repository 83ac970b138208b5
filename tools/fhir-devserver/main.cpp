// fhir-devserver: a local FHIR R4 server for demos, training mode and tests.
#include "tools/fhir-devserver/DemoSeeder.h"
#include "tools/fhir-devserver/FhirServer.h"
#include "tools/fhir-devserver/RequestRouter.h"
#include "tools/fhir-devserver/ServerOptions.h"
#include "tools/fhir-devserver/ShutdownSignals.h"
#include "tools/fhir-devserver/SqliteDatabase.h"
#include "tools/fhir-devserver/Storage.h"
#include "tools/fhir-devserver/SubscriptionHub.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

using namespace cw::devserver;

namespace {

int fail(int code, const QString& message) {
  QTextStream(stderr) << "fhir-devserver: " << message << '\n';
  return code;
}

}  // namespace

int main(int argc, char* argv[]) {
  QCoreApplication app(argc, argv);
  QCoreApplication::setApplicationName(QStringLiteral("fhir-devserver"));
  QString error;
  const std::optional<ServerOptions> options = ServerOptions::parse(QCoreApplication::arguments(), &error);
  if (!options) {
    return fail(2, error);
  }
  if (!QDir().mkpath(options->dataDirectory)) {
    return fail(1, QStringLiteral("cannot create the data folder %1").arg(options->dataDirectory));
  }
  try {
    Storage storage(QDir(options->dataDirectory).filePath(QStringLiteral("fhir.sqlite")));
    RequestRouter router(storage);
    router.setTypeHistory(options->typeHistory);
    SubscriptionHub hub(storage, router.searchEngine());
    storage.setCommitListener([&hub](const QList<Change>& changes) { hub.onCommitted(changes); });
    hub.load();
    FhirServer server(router, hub, options->faults, options->maxBodyBytes, options->websocket);
    const quint16 port = server.start(options->listen, options->port);
    if (port == 0) {
      return fail(
          1,
          QStringLiteral("cannot listen on %1 port %2").arg(options->listen.toString()).arg(options->port));
    }
    if (options->seed == ServerOptions::Seed::Demo && storage.isEmpty()) {
      const QString seedError = DemoSeeder::load(router);
      if (!seedError.isEmpty()) {
        return fail(1, seedError);
      }
    }
    QTextStream(stdout) << "listening " << server.baseUrl() << Qt::endl;  // endl flushes: tests wait for it
    const ShutdownSignals shutdown([] { QCoreApplication::quit(); });
    return QCoreApplication::exec();
  } catch (const cw::sqlite::SqlError& storageError) {
    return fail(1, QString::fromUtf8(storageError.what()));
  }
}
