// An append-only log file that rolls over at a size limit and keeps a fixed
// number of old files (workstation.log, workstation.log.1 …), readable by the
// owner only.
#pragma once

#include <QFile>
#include <QMutex>
#include <QString>

namespace cw::base {

class RotatingLogFile {
 public:
  RotatingLogFile(QString path, qint64 maxBytes, int keptFiles);

  // Appends one line (a newline is added). Thread-safe.
  void writeLine(const QString& line);

  QString path() const { return m_path; }

 private:
  bool openIfNeeded();
  void rotate();

  QMutex m_mutex;
  QString m_path;
  qint64 m_maxBytes;
  int m_keptFiles;
  QFile m_file;
};

}  // namespace cw::base
