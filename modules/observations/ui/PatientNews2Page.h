// One patient's NEWS2: the entry form with the escalation the set will
// trigger (or the reasoned decision that none is needed), the SpO2 scale in
// force and who decided it, and the chart.
#pragma once

#include "modules/observations/News2Policy.h"
#include "modules/observations/News2Recorder.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

namespace cw::observations {

class News2Chart;
class News2EntryForm;

class PatientNews2Page : public QWidget {
  Q_OBJECT

 public:
  PatientNews2Page(store::Store& store, const base::Clock& clock, const News2Policy& policy,
                   QWidget* parent = nullptr);

  // The patient shown and who records for them (patient, stay, ward, user).
  void showPatient(const QString& patientName, const RecordingContext& context);
  // Nothing about any patient stays on screen (a patient cleared, a lock).
  void clear();
  // The patient's sets or scale decisions changed (a save here, or a sync).
  void reload();
  const QString& patientId() const { return m_context.patientId; }

  News2EntryForm* form() const { return m_form; }
  News2Chart* chart() const { return m_chart; }
  QTabWidget* sections() const { return m_sections; }

 private:
  void save();
  void showEscalationPlan();
  void recordScaleDecision();
  void showStatus(const QString& text, bool problem);

  store::Store& m_store;
  const base::Clock& m_clock;
  News2Policy m_policy;
  News2Recorder m_recorder;
  RecordingContext m_context;
  Spo2Scale m_scale = Spo2Scale::Scale1;
  QLabel* m_patient;
  QLabel* m_scaleText;
  QPushButton* m_changeScale;
  News2EntryForm* m_form;
  QLabel* m_escalationPlan;
  QCheckBox* m_notNeeded;
  QLineEdit* m_notNeededReason;
  QLabel* m_status;
  News2Chart* m_chart;
  QTabWidget* m_sections;  // "Record a set" and "NEWS2 chart"
};

}  // namespace cw::observations
