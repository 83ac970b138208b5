#include "app/SystemBrowserLogin.h"

#include "app/SystemBrowserPage.h"

#include <QDesktopServices>
#include <QTimer>

namespace cw::shell {

QWidget* SystemBrowserLogin::createLoginPage(const LoginPageRequest& request, QWidget* parent) {
  auto* page = new SystemBrowserPage(m_agent, request, parent);
  if (!QDesktopServices::openUrl(request.authorizationUrl)) {
    // Reported once the caller holds the page, so that ending the sign-in
    // also destroys the page and its wait.
    QTimer::singleShot(0, page, [onFailure = request.onFailure] {
      onFailure(
          tr("No web browser could be opened to sign in. Tell IT: this workstation is set to sign in "
             "through the system browser (sign_in_browser=system)."));
    });
  }
  return page;
}

}  // namespace cw::shell
