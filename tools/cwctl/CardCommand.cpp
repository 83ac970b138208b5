#include "tools/cwctl/CardCommand.h"

#include <QCommandLineParser>
#include <QLocalSocket>
#include <QTextStream>

namespace cw::cwctl {
namespace {

constexpr int kExitFailed = 1;
constexpr int kExitBadArguments = 2;
constexpr int kTimeoutMs = 10000;

int complain(const QString& message, int exitCode) {
  QTextStream(stderr) << "cwctl card: " << message << '\n';
  return exitCode;
}

// One command line to cardsim, one answer line back; nothing when cardsim
// cannot be reached, with `error` saying why.
std::optional<QString> ask(const QString& socketPath, const QString& line, QString* error) {
  QLocalSocket socket;
  socket.connectToServer(socketPath);
  if (!socket.waitForConnected(kTimeoutMs)) {
    *error = QStringLiteral("cardsim is not running on %1 (%2); start it with scripts/demo-stack start")
                 .arg(socketPath, socket.errorString());
    return std::nullopt;
  }
  socket.write(line.toUtf8() + '\n');
  while (!socket.canReadLine()) {
    if (!socket.waitForReadyRead(kTimeoutMs)) {
      *error = QStringLiteral("cardsim did not answer: %1").arg(socket.errorString());
      return std::nullopt;
    }
  }
  return QString::fromUtf8(socket.readLine()).trimmed();
}

std::optional<QString> readerArgument(const QCommandLineParser& parser, const QCommandLineOption& reader) {
  const QString value = parser.value(reader);
  if (value != QLatin1String("0") && value != QLatin1String("1")) {
    return std::nullopt;
  }
  return value;
}

}  // namespace

int runCard(const QStringList& arguments) {
  QCommandLineParser parser;
  parser.setApplicationDescription(
      QStringLiteral("Inserts and removes demo cards in the card emulator (cardsim):\n"
                     "  cwctl card insert <persona> [--reader 0|1]\n"
                     "  cwctl card remove [--reader 0|1]\n"
                     "  cwctl card status"));
  parser.addHelpOption();
  const QCommandLineOption reader(QStringLiteral("reader"),
                                  QStringLiteral("Virtual reader 0 or 1 (default 0)."), QStringLiteral("N"),
                                  QStringLiteral("0"));
  const QCommandLineOption control(
      QStringLiteral("control"),
      QStringLiteral("cardsim's control socket (default: the CW_CARDSIM_CONTROL environment variable)."),
      QStringLiteral("PATH"), qEnvironmentVariable("CW_CARDSIM_CONTROL"));
  parser.addOptions({reader, control});
  if (!parser.parse(arguments)) {
    return complain(parser.errorText(), kExitBadArguments);
  }
  if (parser.isSet(QStringLiteral("help"))) {
    QTextStream(stdout) << parser.helpText();
    return 0;
  }
  const QStringList words = parser.positionalArguments();
  const QString action = words.value(0);
  const std::optional<QString> readerIndex = readerArgument(parser, reader);
  if (!readerIndex) {
    return complain(QStringLiteral("--reader: \"%1\" is not 0 or 1").arg(parser.value(reader)),
                    kExitBadArguments);
  }
  QString line;
  if (action == QLatin1String("insert") && words.size() == 2) {
    line = QStringLiteral("insert %1 %2").arg(words.at(1), *readerIndex);
  } else if (action == QLatin1String("remove") && words.size() == 1) {
    line = QStringLiteral("remove %1").arg(*readerIndex);
  } else if (action == QLatin1String("status") && words.size() == 1) {
    line = QStringLiteral("status");
  } else {
    return complain(QStringLiteral("use insert <persona>, remove or status (see cwctl card --help)"),
                    kExitBadArguments);
  }
  if (parser.value(control).isEmpty()) {
    return complain(QStringLiteral("no control socket: pass --control or set CW_CARDSIM_CONTROL"),
                    kExitBadArguments);
  }
  QString error;
  const std::optional<QString> answer = ask(parser.value(control), line, &error);
  if (!answer) {
    return complain(error, kExitFailed);
  }
  if (answer->startsWith(QLatin1String("ok"))) {
    QTextStream(stdout) << answer->mid(2).trimmed() << '\n';
    return 0;
  }
  return complain(answer->startsWith(QLatin1String("error ")) ? answer->mid(6) : *answer, kExitFailed);
}

}  // namespace cw::cwctl
