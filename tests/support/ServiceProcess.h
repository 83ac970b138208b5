// Starts a demo service (fhir-devserver, demo-idp, cardsim, pcscd) for a
// test, waits until it says it is ready, and stops it when the test ends.
#pragma once

#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace cw::test {

class ServiceProcess {
 public:
  ServiceProcess(QString program, QStringList arguments);
  ~ServiceProcess();

  // Starts the program and waits up to `timeoutMs` for a line of its output
  // (stdout or stderr) that matches `ready`. Returns the match, or an empty
  // match with `error()` set.
  QRegularExpressionMatch start(const QRegularExpression& ready, int timeoutMs = 10000);
  // Starts the program for services that signal readiness some other way.
  bool launch(int timeoutMs = 5000);
  void stop();

  bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
  qint64 pid() const { return m_process.processId(); }
  QString error() const { return m_error; }
  QString output() const { return QString::fromUtf8(m_output); }

 private:
  QString m_program;
  QStringList m_arguments;
  QProcess m_process;
  QByteArray m_output;
  QString m_error;
};

}  // namespace cw::test
