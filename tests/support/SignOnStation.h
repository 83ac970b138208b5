// A whole workstation for sign-on tests and benchmarks, built the way main()
// builds it: configuration pointing at a demo IdP and card trust anchors,
// the shell window, the sign-on services and the sign-in controller.
#pragma once

#include "app/LoginBrowserLoader.h"
#include "app/ShellWindow.h"
#include "app/SignInController.h"
#include "app/SignOnServices.h"
#include "core/audit/SessionAuditEvent.h"
#include "core/base/Clock.h"
#include "core/config/EffectiveConfig.h"
#include "core/module/ModuleRegistry.h"
#include "core/sync/SyncStatus.h"

#include <QUrl>

namespace cw::test {

class SignOnStation {
 public:
  // Long enough for a real card, pcscd and the identity provider on a busy machine.
  static constexpr int kTimeoutMs = 30000;

  // `extraConfig`: more key=value lines, e.g. "card_removal=logout\n".
  // Card events start flowing at once unless `startNow` is false (then call
  // signOn().start(), e.g. after connecting a probe before the shell's own).
  SignOnStation(const QUrl& issuer, const QString& clientId, const QString& trustAnchors,
                const QByteArray& extraConfig = {}, bool startNow = true);

  identity::SessionManager& sessions() { return *m_signOn.sessions(); }
  bool hasSessions() const { return m_signOn.sessions() != nullptr; }
  QString problem() const { return m_signOn.problem(); }
  shell::ShellWindow& window() { return m_window; }
  shell::SignOnServices& signOn() { return m_signOn; }

  // Waits until the session manager reaches `state`; false when it does not in time.
  [[nodiscard]] bool waitForState(identity::SessionManager::State state, int timeoutMs = kTimeoutMs);
  // Waits for the PIN page and types `pin` the way a person does: into the
  // PIN field, then Return. False when the PIN page does not appear in time.
  [[nodiscard]] bool typePin(const QString& pin, int timeoutMs = kTimeoutMs);

  // Every label a person can read in the window now.
  QString visibleText() const;
  bool workAreaShown() const;
  // The session actions audited so far, in order.
  QList<audit::SessionAction> auditedActions();

 private:
  base::SystemClock m_clock;
  module::ModuleRegistry m_registry;
  sync::SyncStatus m_sync;
  config::EffectiveConfig m_config;
  shell::ShellWindow m_window;
  shell::SignOnServices m_signOn;
  shell::LoginBrowserLoader m_browsers;
  shell::SignInController m_controller;
};

}  // namespace cw::test
