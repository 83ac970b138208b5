#include "tests/support/TestModule.h"

#include "core/module/PatientContext.h"

#include <QVBoxLayout>

namespace cw::test {

TestModuleView::TestModuleView(const module::ModuleContext& context, HookLog& log, QWidget* parent)
    : ModuleView(parent), m_context(context), m_log(log), m_patientLabel(new QLabel) {
  m_patientLabel->setObjectName(QStringLiteral("testPatientName"));
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(m_patientLabel);
  ++m_log.viewsCreated;
  patientChanged();
  --m_log.patientChanges;  // the call above was set-up, not a hook
}

void TestModuleView::patientChanged() {
  ++m_log.patientChanges;
  m_patientLabel->setText(m_context.patient->current().displayName);
}

void TestModuleView::sessionLocked() {
  ++m_log.locks;
}

TestModule::TestModule(QString id, QStringList activities, HookLog* log)
    : m_id(std::move(id)), m_activities(std::move(activities)), m_log(log) {}

module::ModuleInfo TestModule::info() const {
  module::ModuleInfo info;
  info.id = m_id;
  info.title = QStringLiteral("Test %1").arg(m_id);
  info.requiredActivities = m_activities;
  return info;
}

module::ModuleView* TestModule::createView(const module::ModuleContext& context, QWidget* parent) const {
  return new TestModuleView(context, *m_log, parent);
}

}  // namespace cw::test
