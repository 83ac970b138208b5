#include "app/LoginBrowserLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QPluginLoader>

Q_LOGGING_CATEGORY(lcLoginLoader, "cw.login.loader")

namespace cw::shell {
namespace {

constexpr char kPluginBaseName[] = "cw_webengine_login";

// Where the plug-in may be: CW_PLUGIN_PATH (tests), next to the executable
// (build tree), and the installed library folder.
QStringList searchFolders() {
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

}  // namespace

LoginBrowserFactory* LoginBrowserLoader::factory() {
  if (m_factory != nullptr) {
    return m_factory;
  }
  for (const QString& folder : searchFolders()) {
    const QDir dir(folder);
    for (const QFileInfo& file :
         dir.entryInfoList({QLatin1String(kPluginBaseName) + QStringLiteral(".*"),
                            QStringLiteral("lib") + QLatin1String(kPluginBaseName) + QStringLiteral(".*")},
                           QDir::Files)) {
      QPluginLoader loader(file.absoluteFilePath());
      QObject* instance = loader.instance();
      m_factory = qobject_cast<LoginBrowserFactory*>(instance);
      if (m_factory != nullptr) {
        qCInfo(lcLoginLoader) << "sign-in browser loaded from" << file.absoluteFilePath();
        return m_factory;
      }
      qCWarning(lcLoginLoader) << "not a sign-in browser plug-in:" << file.absoluteFilePath()
                               << loader.errorString();
    }
  }
  m_error =
      QCoreApplication::translate("cw::shell::LoginBrowserLoader",
                                  "The sign-in browser is missing from this installation, so nobody can "
                                  "sign in. Ask IT to repair the Clinical Workstation installation.");
  return nullptr;
}

}  // namespace cw::shell
