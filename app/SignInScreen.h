// The full-window screen shown when nobody is signed in or the session is
// locked. It shows no patient data; it offers only the pages that hold none.
#pragma once

#include <QWidget>

#include <vector>

class QLabel;
class QVBoxLayout;

namespace cw::config {
class EffectiveConfig;
}
namespace cw::identity {
class Session;
}
namespace cw::module {
class Module;
}

namespace cw::shell {

class SignInScreen : public QWidget {
  Q_OBJECT

 public:
  SignInScreen(const config::EffectiveConfig& config, const std::vector<const module::Module*>& publicModules,
               QWidget* parent = nullptr);

  // Null session: the signed-out screen. A locked session: the lock screen.
  void showFor(const identity::Session* session);

 Q_SIGNALS:
  void moduleRequested(const module::Module* module);

 private:
  QLabel* m_title;
  QLabel* m_message;
};

}  // namespace cw::shell
