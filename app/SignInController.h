// Shows the session manager's state on the sign-in screen, passes the
// person's answers back, hosts the sign-in browser and hands the current
// session to the shell window.
#pragma once

#include "core/identity/SessionManager.h"

#include <QObject>
#include <QPointer>

namespace cw::shell {

class LoginBrowserFactory;
class LoginBrowserLoader;
class ShellWindow;
class SignInScreen;

class SignInController : public QObject {
  Q_OBJECT

 public:
  // `sessions` may be null when sign-on is impossible; `problem` then says
  // why and the sign-in screen shows it. `systemBrowser` is the sign-in
  // browser when sign_in_browser=system; null means the embedded plug-in
  // from `browsers`.
  SignInController(ShellWindow& window, identity::SessionManager* sessions, LoginBrowserLoader& browsers,
                   QString problem, LoginBrowserFactory* systemBrowser = nullptr, QObject* parent = nullptr);

 private:
  void render();
  void openLoginPage(const QUrl& authorizationUrl, const QUrl& redirectUri);
  void closeLoginPage();

  ShellWindow& m_window;
  SignInScreen& m_screen;
  identity::SessionManager* m_sessions;
  LoginBrowserLoader& m_browsers;
  LoginBrowserFactory* m_systemBrowser;
  QString m_problem;
  QPointer<QWidget> m_loginPage;
};

}  // namespace cw::shell
