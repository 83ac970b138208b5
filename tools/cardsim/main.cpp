// cardsim: the PIV card emulator for demos and tests. `init` writes the demo
// card material, `serve` puts cards into vpcd's virtual readers on command.
#include "core/base/Version.h"
#include "tools/cardsim/CardDaemon.h"
#include "tools/cardsim/CardMaterial.h"
#include "tools/cardsim/ControlServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

namespace {

constexpr int kExitFailed = 1;
constexpr int kExitBadArguments = 2;
constexpr int kExitUsage = 64;
constexpr quint16 kVpcdPortBase = 35963;

int complain(const QString& message, int exitCode) {
  QTextStream(stderr) << "cardsim: " << message << '\n';
  return exitCode;
}

// Parses `arguments` (the command name first); nothing when the process
// should exit with the returned code.
std::optional<int> parse(QCommandLineParser& parser, const QStringList& arguments) {
  parser.addHelpOption();
  if (!parser.parse(arguments)) {
    return complain(parser.errorText(), kExitBadArguments);
  }
  if (parser.isSet(QStringLiteral("help"))) {
    QTextStream(stdout) << parser.helpText();
    return 0;
  }
  if (!parser.positionalArguments().isEmpty()) {
    return complain(
        QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()),
        kExitBadArguments);
  }
  return std::nullopt;
}

int runInit(const QStringList& arguments) {
  QCommandLineParser parser;
  parser.setApplicationDescription(QStringLiteral(
      "Writes the demo card CA (trust/), one card per persona and test card (cards/) and the demo "
      "IdP's accounts (idp/accounts.json). Keys are new on every run."));
  const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Folder to write to."),
                               QStringLiteral("DIR"));
  parser.addOption(out);
  if (const std::optional<int> exit = parse(parser, arguments)) {
    return *exit;
  }
  if (parser.value(out).isEmpty()) {
    return complain(QStringLiteral("init: --out is required"), kExitBadArguments);
  }
  QString error;
  if (!cw::cardsim::CardMaterial(QDateTime::currentDateTimeUtc()).write(parser.value(out), &error)) {
    return complain(error, kExitFailed);
  }
  QTextStream(stdout) << "Wrote demo card material to " << QDir::toNativeSeparators(parser.value(out))
                      << '\n';
  return 0;
}

int runServe(QCoreApplication& app, const QStringList& arguments) {
  QCommandLineParser parser;
  parser.setApplicationDescription(
      QStringLiteral("Puts demo cards into vpcd's virtual readers. Control socket commands, one per line: "
                     "insert <persona> <reader>, remove <reader>, status."));
  const QCommandLineOption cards(QStringLiteral("cards"), QStringLiteral("The cards folder of cardsim init."),
                                 QStringLiteral("DIR"));
  const QCommandLineOption control(QStringLiteral("control"), QStringLiteral("Control socket path."),
                                   QStringLiteral("PATH"));
  const QCommandLineOption host(QStringLiteral("host"), QStringLiteral("vpcd's address (default 127.0.0.1)."),
                                QStringLiteral("HOST"), QStringLiteral("127.0.0.1"));
  const QCommandLineOption portBase(
      QStringLiteral("port-base"), QStringLiteral("vpcd's port of reader 0 (default %1).").arg(kVpcdPortBase),
      QStringLiteral("PORT"), QString::number(kVpcdPortBase));
  parser.addOptions({cards, control, host, portBase});
  if (const std::optional<int> exit = parse(parser, arguments)) {
    return *exit;
  }
  bool portOk = false;
  const uint port = parser.value(portBase).toUInt(&portOk);
  if (!portOk || port == 0 || port + cw::cardsim::CardDaemon::kReaders - 1 > 65535) {
    return complain(
        QStringLiteral("serve: --port-base \"%1\" is not a port number").arg(parser.value(portBase)),
        kExitBadArguments);
  }
  if (!QDir(parser.value(cards)).exists() || parser.value(cards).isEmpty()) {
    return complain(QStringLiteral("serve: --cards \"%1\" is not a folder; run cardsim init first")
                        .arg(parser.value(cards)),
                    kExitBadArguments);
  }
  if (parser.value(control).isEmpty()) {
    return complain(QStringLiteral("serve: --control is required"), kExitBadArguments);
  }
  cw::cardsim::CardDaemon daemon(parser.value(cards), parser.value(host), static_cast<quint16>(port));
  cw::cardsim::ControlServer server(daemon);
  QString error;
  if (!server.listen(parser.value(control), &error)) {
    return complain(error, kExitFailed);
  }
  QTextStream(stdout) << "cardsim ready" << Qt::endl;
  return app.exec();
}

}  // namespace

int main(int argc, char* argv[]) {
  QCoreApplication app(argc, argv);
  QCoreApplication::setApplicationName(QStringLiteral("cardsim"));
  QCoreApplication::setApplicationVersion(cw::base::productVersion());
  QStringList arguments = QCoreApplication::arguments();
  const QString command = arguments.size() > 1 ? arguments.takeAt(1) : QString();
  if (command == QLatin1String("init")) {
    return runInit(arguments);
  }
  if (command == QLatin1String("serve")) {
    return runServe(app, arguments);
  }
  QTextStream(stderr)
      << "Usage: cardsim init --out DIR\n"
         "       cardsim serve --cards DIR --control SOCKET [--host HOST] [--port-base PORT]\n";
  return kExitUsage;
}
