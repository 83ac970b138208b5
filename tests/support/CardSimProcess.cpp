#include "tests/support/CardSimProcess.h"

#include <QLocalSocket>
#include <QProcess>
#include <QRegularExpression>

namespace cw::test {
namespace {

constexpr int kTimeoutMs = 10000;

QString program() {
  return qEnvironmentVariable("CARDSIM");
}

}  // namespace

CardSimProcess::CardSimProcess() = default;

bool CardSimProcess::start() {
  QProcess init;
  init.setProcessChannelMode(QProcess::MergedChannels);
  init.start(program(),
             {QStringLiteral("init"), QStringLiteral("--out"), m_files.path(QStringLiteral("material"))});
  if (!init.waitForFinished(60000) || init.exitStatus() != QProcess::NormalExit || init.exitCode() != 0) {
    m_error = QStringLiteral("cardsim init failed (%1): %2")
                  .arg(init.errorString(), QString::fromUtf8(init.readAll()));
    return false;
  }
  m_process = std::make_unique<ServiceProcess>(
      program(), QStringList{QStringLiteral("serve"), QStringLiteral("--cards"), cardsDirectory(),
                             QStringLiteral("--control"), controlSocket()});
  const QRegularExpressionMatch ready = m_process->start(
      QRegularExpression(QStringLiteral("^cardsim ready$"), QRegularExpression::MultilineOption), kTimeoutMs);
  if (!ready.hasMatch()) {
    m_error = m_process->error();
    m_process.reset();
    return false;
  }
  return true;
}

void CardSimProcess::stop() {
  m_process.reset();
}

QString CardSimProcess::command(const QString& line) {
  QLocalSocket socket;
  socket.connectToServer(controlSocket());
  if (!socket.waitForConnected(kTimeoutMs)) {
    m_error = QStringLiteral("cannot reach cardsim: %1").arg(socket.errorString());
    return {};
  }
  socket.write(line.toUtf8() + '\n');
  socket.flush();
  while (!socket.canReadLine()) {
    if (!socket.waitForReadyRead(kTimeoutMs)) {
      m_error = QStringLiteral("no answer from cardsim to \"%1\": %2").arg(line, socket.errorString());
      return {};
    }
  }
  return QString::fromUtf8(socket.readLine()).trimmed();
}

bool CardSimProcess::expectOk(const QString& line) {
  const QString answer = command(line);
  if (answer.isEmpty()) {
    return false;
  }
  if (answer != QLatin1String("ok") && !answer.startsWith(QLatin1String("ok "))) {
    m_error = QStringLiteral("cardsim answered \"%1\" to \"%2\"").arg(answer, line);
    return false;
  }
  return true;
}

bool CardSimProcess::insert(const QString& persona, int reader) {
  return expectOk(QStringLiteral("insert %1 %2").arg(persona).arg(reader));
}

bool CardSimProcess::remove(int reader) {
  return expectOk(QStringLiteral("remove %1").arg(reader));
}

}  // namespace cw::test
