// A module written for tests of the module host: it needs the activities it
// is given and records every hook the shell calls on its views.
#pragma once

#include "core/module/Module.h"

#include <QLabel>

namespace cw::test {

struct HookLog {
  int viewsCreated = 0;
  int patientChanges = 0;
  int locks = 0;
};

class TestModuleView : public module::ModuleView {
  Q_OBJECT

 public:
  TestModuleView(const module::ModuleContext& context, HookLog& log, QWidget* parent);

  void patientChanged() override;
  void sessionLocked() override;

 private:
  module::ModuleContext m_context;
  HookLog& m_log;
  QLabel* m_patientLabel;
};

class TestModule final : public module::Module {
 public:
  TestModule(QString id, QStringList activities, HookLog* log);

  module::ModuleInfo info() const override;
  module::ModuleView* createView(const module::ModuleContext& context, QWidget* parent) const override;

 private:
  QString m_id;
  QStringList m_activities;
  HookLog* m_log;
};

}  // namespace cw::test
