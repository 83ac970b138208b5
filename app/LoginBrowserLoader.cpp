#include "app/LoginBrowserLoader.h"

#include "core/ui/PluginLocator.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcLoginLoader, "cw.login.loader")

namespace cw::shell {

LoginBrowserFactory* LoginBrowserLoader::factory() {
  if (m_factory != nullptr) {
    return m_factory;
  }
  ui::PluginLocator locator;
  m_factory = locator.load<LoginBrowserFactory>(QStringLiteral("cw_webengine_login"));
  if (m_factory == nullptr) {
    qCWarning(lcLoginLoader).noquote() << locator.error();
    m_error =
        QCoreApplication::translate("cw::shell::LoginBrowserLoader",
                                    "The sign-in browser is missing from this installation, so nobody can "
                                    "sign in. Ask IT to repair the Clinical Workstation installation.");
  }
  return m_factory;
}

}  // namespace cw::shell
