#include "core/base/Logging.h"

#include "core/base/LogScrubber.h"
#include "core/base/RotatingLogFile.h"

#include <QDateTime>

#include <cstdio>
#include <memory>

namespace cw::base {
namespace {

constexpr qint64 kMaxLogBytes = qint64{2} * 1024 * 1024;
constexpr int kKeptLogFiles = 5;

std::unique_ptr<RotatingLogFile>& logFile() {
  static std::unique_ptr<RotatingLogFile> file;
  return file;
}

const char* levelName(QtMsgType type) {
  switch (type) {
    case QtDebugMsg: return "DEBUG";
    case QtInfoMsg: return "INFO";
    case QtWarningMsg: return "WARN";
    case QtCriticalMsg: return "ERROR";
    case QtFatalMsg: return "FATAL";
  }
  return "?";
}

void handleMessage(QtMsgType type, const QMessageLogContext& context, const QString& message) {
  const QString line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) + QLatin1Char(' ') +
                       QLatin1String(levelName(type)) + QLatin1Char(' ') +
                       QLatin1String(context.category ? context.category : "default") + QStringLiteral(": ") +
                       LogScrubber::instance().scrub(message);
  if (logFile()) {
    logFile()->writeLine(line);
  }
  static_cast<void>(std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData()));
}

}  // namespace

void installLogging(const QString& logDirectory) {
  logFile() = std::make_unique<RotatingLogFile>(logDirectory + QStringLiteral("/workstation.log"),
                                                kMaxLogBytes, kKeptLogFiles);
  qInstallMessageHandler(handleMessage);
}

QString logFilePath() {
  return logFile() ? logFile()->path() : QString();
}

}  // namespace cw::base
