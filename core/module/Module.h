// The contract every module fulfils: what it is, which national RBAC
// activities it needs, a factory for its view, and the hooks the shell calls
// when the patient changes or the session locks.
#pragma once

#include "core/module/ModuleContext.h"

#include <QIcon>
#include <QString>
#include <QStringList>
#include <QWidget>

namespace cw::module {

struct ModuleInfo {
  QString id;     // stable and lower-case: policy and logs refer to it
  QString title;  // translated
  QIcon icon;
  // The selected role must grant all of these; empty means any signed-in user.
  QStringList requiredActivities;
  // Shown before sign-in and on the lock screen too. Only for pages that
  // hold no patient data (Workstation status).
  bool availableWithoutSession = false;
};

// A module's page. The shell creates it on first use in a session and
// destroys it when the session ends, so nothing leaks between users.
class ModuleView : public QWidget {
  Q_OBJECT

 public:
  using QWidget::QWidget;

  // The shared patient context changed (a patient was chosen or cleared).
  virtual void patientChanged() {}
  // The session locked: drop anything on screen that a passer-by must not see.
  virtual void sessionLocked() {}
};

class Module {
 public:
  virtual ~Module();

  virtual ModuleInfo info() const = 0;
  virtual ModuleView* createView(const ModuleContext& context, QWidget* parent) const = 0;
};

}  // namespace cw::module
