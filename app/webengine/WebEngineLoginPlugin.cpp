#include "app/webengine/WebEngineLoginPlugin.h"

#include "app/webengine/LoginWebView.h"

namespace cw::shell {

QWidget* WebEngineLoginPlugin::createLoginPage(const LoginPageRequest& request, QWidget* parent) {
  return new LoginWebView(request, parent);
}

}  // namespace cw::shell
