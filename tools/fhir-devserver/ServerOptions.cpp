#include "tools/fhir-devserver/ServerOptions.h"

#include <QCommandLineParser>

namespace cw::devserver {

std::optional<ServerOptions> ServerOptions::parse(const QStringList& arguments, QString* error) {
  QCommandLineParser parser;
  parser.setApplicationDescription(
      QStringLiteral("Local FHIR R4 server for demos, training mode and tests."));
  const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("TCP port; 0 picks a free one."),
                                QStringLiteral("N"), QStringLiteral("0"));
  const QCommandLineOption data(QStringLiteral("data"),
                                QStringLiteral("Folder for fhir.sqlite (created if missing)."),
                                QStringLiteral("DIR"));
  const QCommandLineOption seed(
      QStringLiteral("seed"),
      QStringLiteral("demo: load the demo patients into an empty database; none (default)."),
      QStringLiteral("demo|none"), QStringLiteral("none"));
  const QCommandLineOption faults(
      QStringLiteral("faults"),
      QStringLiteral("Inject faults, e.g. latency=200ms@0.3,503@0.1,429:retry-after=1@0.1,"
                     "drop@0.05,seed=42 (see FaultPlan.h)."),
      QStringLiteral("SPEC"));
  const QCommandLineOption listen(QStringLiteral("listen"),
                                  QStringLiteral("Address to listen on (default 127.0.0.1)."),
                                  QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1"));
  const QCommandLineOption maxBody(
      QStringLiteral("max-body-mb"),
      QStringLiteral("Largest request body in MiB (default 32); larger ones get 413."), QStringLiteral("N"),
      QStringLiteral("32"));
  const QCommandLineOption without(
      QStringLiteral("without"),
      QStringLiteral("Act as a server that lacks FEATURE: history-type (no type-level history) or "
                     "websocket (no websocket subscriptions). May be repeated."),
      QStringLiteral("FEATURE"));
  parser.addOptions({port, data, seed, faults, listen, maxBody, without});
  parser.addHelpOption();
  if (!parser.parse(arguments)) {
    *error = parser.errorText();
    return std::nullopt;
  }
  if (parser.isSet(QStringLiteral("help"))) {
    *error = parser.helpText();
    return std::nullopt;
  }
  if (!parser.positionalArguments().isEmpty()) {
    *error = QStringLiteral("Unexpected argument \"%1\".").arg(parser.positionalArguments().first());
    return std::nullopt;
  }

  ServerOptions options;
  bool ok = false;
  const uint portNumber = parser.value(port).toUInt(&ok);
  if (!ok || portNumber > 65535) {
    *error = QStringLiteral("--port must be a number from 0 to 65535, not \"%1\".").arg(parser.value(port));
    return std::nullopt;
  }
  options.port = static_cast<quint16>(portNumber);
  options.dataDirectory = parser.value(data);
  if (options.dataDirectory.isEmpty()) {
    *error = QStringLiteral("--data DIR is required: the folder that holds fhir.sqlite.");
    return std::nullopt;
  }
  const QString seedValue = parser.value(seed);
  if (seedValue != u"demo" && seedValue != u"none") {
    *error = QStringLiteral("--seed must be demo or none, not \"%1\".").arg(seedValue);
    return std::nullopt;
  }
  options.seed = seedValue == u"demo" ? Seed::Demo : Seed::None;
  if (parser.isSet(faults)) {
    QString faultError;
    options.faults = FaultPlan::parse(parser.value(faults), &faultError);
    if (!options.faults) {
      *error = QStringLiteral("--faults: ") + faultError;
      return std::nullopt;
    }
  }
  if (!options.listen.setAddress(parser.value(listen))) {
    *error = QStringLiteral("--listen must be an IP address, not \"%1\".").arg(parser.value(listen));
    return std::nullopt;
  }
  const int megabytes = parser.value(maxBody).toInt(&ok);
  if (!ok || megabytes < 1 || megabytes > 1024) {
    *error = QStringLiteral("--max-body-mb must be from 1 to 1024, not \"%1\".").arg(parser.value(maxBody));
    return std::nullopt;
  }
  options.maxBodyBytes = qint64(megabytes) * 1024 * 1024;
  for (const QString& feature : parser.values(without)) {
    if (feature == u"history-type") {
      options.typeHistory = false;
    } else if (feature == u"websocket") {
      options.websocket = false;
    } else {
      *error = QStringLiteral("--without takes history-type or websocket, not \"%1\".").arg(feature);
      return std::nullopt;
    }
  }
  return options;
}

}  // namespace cw::devserver
