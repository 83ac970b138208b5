// The shared record viewer's page: finding a patient, then their record.
// It follows the shared patient context (choosing a patient here selects
// them for every module) and audits every record it opens.
#pragma once

#include "core/module/Module.h"
#include "core/ui/PatientBannerFacts.h"

#include <QTimer>

#include <memory>
#include <optional>

namespace cw::record {

class FindPatientPage;
class PatientRecordPage;
class RecordAccess;

class RecordView : public module::ModuleView {
  Q_OBJECT

 public:
  RecordView(const module::ModuleContext& context, QWidget* parent);
  ~RecordView() override;

  void patientChanged() override;
  void sessionLocked() override;

 protected:
  void showEvent(QShowEvent* event) override;

 private:
  void choose(const ui::BannerFacts& patient);
  void openCurrentPatient();
  void breakGlass(const QString& reason);

  module::ModuleContext m_context;
  std::unique_ptr<RecordAccess> m_access;
  FindPatientPage* m_find = nullptr;
  PatientRecordPage* m_record = nullptr;
  QTimer m_reloadSoon;
  bool m_reopenWhenShown = false;
  std::optional<ui::BannerFacts> m_open;  // the record on screen
};

}  // namespace cw::record
