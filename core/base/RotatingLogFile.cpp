#include "core/base/RotatingLogFile.h"

#include <QDir>
#include <QFileInfo>

namespace cw::base {

RotatingLogFile::RotatingLogFile(QString path, qint64 maxBytes, int keptFiles)
    : m_path(std::move(path)), m_maxBytes(maxBytes), m_keptFiles(keptFiles), m_file(m_path) {}

void RotatingLogFile::writeLine(const QString& line) {
  QMutexLocker lock(&m_mutex);
  const QByteArray bytes = line.toUtf8() + '\n';
  if (m_file.isOpen() && m_file.size() + bytes.size() > m_maxBytes) {
    rotate();
  }
  if (!openIfNeeded()) {
    return;  // Logging must never take the application down.
  }
  m_file.write(bytes);
  m_file.flush();
}

bool RotatingLogFile::openIfNeeded() {
  if (m_file.isOpen()) {
    return true;
  }
  QDir().mkpath(QFileInfo(m_path).absolutePath());
  if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
    return false;
  }
  m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
  return true;
}

void RotatingLogFile::rotate() {
  m_file.close();
  const auto numbered = [this](int n) { return m_path + QLatin1Char('.') + QString::number(n); };
  QFile::remove(numbered(m_keptFiles));
  for (int n = m_keptFiles - 1; n >= 1; --n) {
    QFile::rename(numbered(n), numbered(n + 1));
  }
  if (m_keptFiles > 0) {
    QFile::rename(m_path, numbered(1));
  } else {
    QFile::remove(m_path);
  }
}

}  // namespace cw::base
