// The main window: patient banner, navigation of the modules this session may
// use, the module pages, the status bar, and the sign-in/lock screen that
// replaces all of it whenever nobody is signed in or the session is locked.
#pragma once

#include "core/module/ModuleContext.h"
#include "core/module/PatientContext.h"

#include <QMainWindow>
#include <QPointer>

#include <map>

class QListWidget;
class QStackedWidget;
class QVBoxLayout;

namespace cw::identity {
class Session;
}
namespace cw::module {
class Module;
class ModuleRegistry;
class ModuleView;
}  // namespace cw::module

namespace cw::shell {

class IdleLockMonitor;
class PatientBannerArea;
class ShellStatusBar;
class SignInScreen;

class ShellWindow : public QMainWindow {
  Q_OBJECT

 public:
  ShellWindow(const module::ModuleRegistry& registry, const config::EffectiveConfig& config,
              sync::SyncStatus* syncStatus, const base::Clock& clock, QWidget* parent = nullptr);
  ~ShellWindow() override;

  // Signs `session` in (or out, with null). Every page of the previous
  // session is destroyed and the patient context cleared first.
  void setSession(identity::Session* session);

  // The encrypted cache and the audit trail, once opened at start-up; both
  // must outlive the window. Without them patient modules say they cannot work.
  void setClinicalServices(store::Store* store, audit::AuditTrail* audit);

  module::PatientContext& patientContext() { return m_patient; }
  // What sign-in shows is decided by the SignInController.
  SignInScreen* signInScreen() const { return m_signIn; }

 private:
  QWidget* buildWorkArea();
  void showModule(const module::Module* module);
  void openWithoutSession(const module::Module* module);
  void closePublicPage();
  void onLockedChanged(bool locked);
  void showCurrentPage();
  void destroyViews();
  module::ModuleContext contextFor(const identity::Session* session);

  const module::ModuleRegistry& m_registry;
  const config::EffectiveConfig& m_config;
  sync::SyncStatus* m_syncStatus;
  const base::Clock& m_clock;
  store::Store* m_store = nullptr;
  audit::AuditTrail* m_audit = nullptr;
  module::PatientContext m_patient;
  QPointer<identity::Session> m_session;

  QStackedWidget* m_pages;
  QWidget* m_workArea;
  SignInScreen* m_signIn;
  QWidget* m_publicPage;
  QVBoxLayout* m_publicLayout;
  QPointer<module::ModuleView> m_publicView;
  QListWidget* m_navigation;
  QStackedWidget* m_moduleStack;
  ShellStatusBar* m_statusBar;
  PatientBannerArea* m_banner = nullptr;
  IdleLockMonitor* m_idleLock;
  std::map<const module::Module*, module::ModuleView*> m_views;
};

}  // namespace cw::shell
