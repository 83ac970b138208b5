// One login: a browser view with its own off-the-record profile (nothing of
// one user's sign-in survives into the next), the card bridge, and the
// navigation rules. Destroying it ends the login and drops its cookies.
#pragma once

#include "app/LoginBrowser.h"

#include <QWidget>

class QWebEngineProfile;
class QWebEngineView;

namespace cw::shell {

class LoginWebPage;

class LoginWebView : public QWidget {
  Q_OBJECT

 public:
  LoginWebView(const LoginPageRequest& request, QWidget* parent = nullptr);
  ~LoginWebView() override;

 private:
  QWebEngineProfile* m_profile;
  LoginWebPage* m_page;
  QWebEngineView* m_view;
};

}  // namespace cw::shell
