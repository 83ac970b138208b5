#include "core/ui/PluginLocator.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPluginLoader>

Q_LOGGING_CATEGORY(lcPlugins, "cw.ui.plugins")

namespace cw::ui {

QStringList PluginLocator::searchFolders() {
  QStringList folders;
  const QString fromEnvironment = qEnvironmentVariable("CW_PLUGIN_PATH");
  if (!fromEnvironment.isEmpty()) {
    folders << fromEnvironment;
  }
  const QString appDir = QCoreApplication::applicationDirPath();
  folders << appDir + QStringLiteral("/plugins")
          << appDir + QStringLiteral("/../lib/clinical-workstation/plugins");
  return folders;
}

QObject* PluginLocator::load(const QString& baseName, const QString& iid) {
  m_error.clear();
  const QStringList folders = searchFolders();
  for (const QString& folder : folders) {
    const QDir dir(folder);
    for (const QFileInfo& file : dir.entryInfoList(
             {baseName + QStringLiteral(".*"), QStringLiteral("lib") + baseName + QStringLiteral(".*")},
             QDir::Files)) {
      QPluginLoader loader(file.absoluteFilePath());
      // The metadata is read without running any of the library's code, so a
      // stray file of the same name is never loaded.
      if (loader.metaData().value(QLatin1String("IID")).toString() != iid) {
        qCWarning(lcPlugins) << "not a" << iid << "plug-in:" << file.absoluteFilePath();
        continue;
      }
      if (QObject* instance = loader.instance()) {
        qCInfo(lcPlugins) << iid << "loaded from" << file.absoluteFilePath();
        return instance;
      }
      qCWarning(lcPlugins) << "could not load" << file.absoluteFilePath() << loader.errorString();
    }
  }
  m_error =
      QStringLiteral("no %1 plug-in named %2 in %3").arg(iid, baseName, folders.join(QStringLiteral(", ")));
  return nullptr;
}

}  // namespace cw::ui
