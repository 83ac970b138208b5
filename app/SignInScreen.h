// The full-window screen shown when nobody is signed in or the session is
// locked: one page per sign-in step, driven by plain calls, with the pages
// that hold no patient data (Workstation status) always on offer.
#pragma once

#include "core/crypto/SecureBytes.h"
#include "core/identity/Session.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <vector>

class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace cw::config {
class EffectiveConfig;
}
namespace cw::module {
class Module;
}

namespace cw::shell {

class PinEntryPage;
class RolePickerPage;
class SignInPage;

class SignInScreen : public QWidget {
  Q_OBJECT

 public:
  SignInScreen(const config::EffectiveConfig& config, const std::vector<const module::Module*>& publicModules,
               QWidget* parent = nullptr);

  // `notice`: why a card cannot be read now (no reader, card service down).
  void showInsertCard(const QString& notice = {});
  // What happened, and what the user can do about it (see CardProblem.h).
  void showCardProblem(const QString& title, const QString& whatToDo);
  // A negative `triesLeft` means unknown and is not shown. Focus goes to the
  // PIN field; pinSubmitted() follows Enter or Sign in with a valid PIN.
  void showPinEntry(const QString& displayName, int triesLeft, const QString& error = {});
  // The PIN typed on the PIN page; the field is emptied and wiped.
  crypto::SecureBytes takePin();
  void showBusy(const QString& message);
  // Shows the identity provider's login page and takes ownership of it. A
  // later page replaces and deletes it; the caller may delete it earlier.
  void showLoginPage(QWidget* page);
  void showRolePicker(const QList<identity::RoleAssignment>& roles, const QString& displayName);
  // Shows the user's name and nothing else about them.
  void showLocked(const QString& displayName, const QString& notice = {});

 Q_SIGNALS:
  void moduleRequested(const module::Module* module);
  void pinSubmitted();
  void roleChosen(const QString& roleProfileId);
  void cancelRequested();
  void signOutRequested();

 private:
  QStackedWidget* m_pages;
  SignInPage* m_insertCard;
  SignInPage* m_cardProblem;
  PinEntryPage* m_pinEntry;
  SignInPage* m_busy;
  QProgressBar* m_busyIndicator;
  SignInPage* m_login;
  QPointer<QWidget> m_loginView;
  RolePickerPage* m_rolePicker;
  SignInPage* m_locked;
  QPushButton* m_signOut;
};

}  // namespace cw::shell
