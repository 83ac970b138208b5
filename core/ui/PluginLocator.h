// Finds and loads one of the product's plug-ins: the parts that bring Qt
// WebEngine or Qt PDF, which the shell loads on first use rather than links
// (decision 004, TOOLCHAIN.md).
#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QStringList>

namespace cw::ui {

class PluginLocator {
 public:
  // Where plug-ins may be, in order: CW_PLUGIN_PATH (tests), next to the
  // executable (build tree), and the installed library folder.
  static QStringList searchFolders();

  // The root object of the first file named `baseName` or lib`baseName`
  // (any suffix) in searchFolders() whose metadata declares `iid`, or null
  // with error() set. A loaded plug-in stays loaded for the process's life.
  QObject* load(const QString& baseName, const QString& iid);

  template <typename Interface>
  Interface* load(const QString& baseName) {
    return qobject_cast<Interface*>(load(baseName, QLatin1String(qobject_interface_iid<Interface*>())));
  }

  // Why the last load() found nothing, for the log: it names files and
  // folders, so callers show the user their own translated message instead.
  QString error() const { return m_error; }

 private:
  QString m_error;
};

// Call before the QApplication exists: a Qt WebEngine loaded later from a
// plug-in needs the application to share OpenGL contexts, or it crashes.
inline void prepareForWebEnginePlugins() {
  QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
}

}  // namespace cw::ui
