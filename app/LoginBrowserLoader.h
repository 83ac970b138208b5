// Finds and loads the sign-in browser plug-in on the first login, so Qt
// WebEngine costs nothing until someone signs in.
#pragma once

#include "app/LoginBrowser.h"

#include <QString>

namespace cw::shell {

class LoginBrowserLoader {
 public:
  // The factory, or null with error() set (a translated message for the
  // sign-in screen). Loads once; later calls return the same factory.
  LoginBrowserFactory* factory();
  QString error() const { return m_error; }

 private:
  LoginBrowserFactory* m_factory = nullptr;
  QString m_error;
};

}  // namespace cw::shell
