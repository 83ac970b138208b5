// The plug-in entry point: creates sign-in browsers for the shell.
#pragma once

#include "app/LoginBrowser.h"

#include <QObject>

namespace cw::shell {

class WebEngineLoginPlugin : public QObject, public LoginBrowserFactory {
  Q_OBJECT
  Q_PLUGIN_METADATA(IID CW_LOGIN_BROWSER_IID)
  Q_INTERFACES(cw::shell::LoginBrowserFactory)

 public:
  QWidget* createLoginPage(const LoginPageRequest& request, QWidget* parent) override;
};

}  // namespace cw::shell
