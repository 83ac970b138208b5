// The observations module's page: the ward's NEWS2 overview, and the chosen
// patient's entry form and chart. It follows the shared patient context
// (choosing a patient on the overview selects them for every module), audits
// each chart it opens, and refreshes from the store's change signals.
#pragma once

#include "core/module/Module.h"
#include "modules/observations/News2Policy.h"

#include "core/store/StoreTypes.h"

#include <QList>
#include <QTimer>

#include <chrono>

class QTabWidget;
class QLabel;

namespace cw::observations {

class PatientNews2Page;
class WardOverviewPage;

class ObservationsView : public module::ModuleView {
  Q_OBJECT

 public:
  ObservationsView(const module::ModuleContext& context, QWidget* parent);

  void patientChanged() override;
  void sessionLocked() override;

  WardOverviewPage* wardOverview() const { return m_ward; }
  PatientNews2Page* patientPage() const { return m_patient; }
  QTabWidget* tabs() const { return m_tabs; }

 protected:
  void showEvent(QShowEvent* event) override;

 private:
  void openCurrentPatient();
  void resourceChanged(const QString& type, const QString& id);
  void applyChanges();

  module::ModuleContext m_context;
  QStringList m_wardIds;
  QTabWidget* m_tabs = nullptr;
  WardOverviewPage* m_ward = nullptr;
  PatientNews2Page* m_patient = nullptr;
  QLabel* m_noPatient = nullptr;
  // More changes than one save makes (8 Observations, 2 Tasks) are a sync.
  static constexpr qsizetype kChangesOfOneSave = 16;
  static constexpr std::chrono::milliseconds kBurstSettles{300};
  bool isBurst() const;

  QList<store::ResourceKey> m_changed;  // Observations and Tasks since the last apply
  bool m_wardChanged = false;
  QTimer m_applyChanges;
  bool m_reloadWhenShown = false;
};

}  // namespace cw::observations
