// Files in a per-test temporary folder that disappears with it.
#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace cw::test {

class TestFiles {
 public:
  TestFiles();

  // Writes `content` to `name` inside the folder and returns its path.
  QString write(const QString& name, const QByteArray& content) const;
  QString path(const QString& name) const;
  QString root() const { return m_dir.path(); }

 private:
  QTemporaryDir m_dir;
};

}  // namespace cw::test
