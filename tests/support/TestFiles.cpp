#include "tests/support/TestFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

namespace cw::test {

TestFiles::TestFiles() {
  QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
}

QString TestFiles::path(const QString& name) const {
  return m_dir.filePath(name);
}

QString TestFiles::write(const QString& name, const QByteArray& content) const {
  const QString filePath = path(name);
  QDir().mkpath(QFileInfo(filePath).absolutePath());
  QFile file(filePath);
  if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size()) {
    qFatal("cannot write test file %s", qPrintable(filePath));
  }
  return filePath;
}

}  // namespace cw::test
