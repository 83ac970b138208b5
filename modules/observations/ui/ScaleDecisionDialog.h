// Recording the SpO2 scale decision for a patient: Scale 2 (target 88–92 %)
// for hypercapnic respiratory failure, or back to Scale 1, always with the
// clinical reason. The decision is a clinician's, never the software's.
#pragma once

#include "modules/observations/news2/News2Bands.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QRadioButton;

namespace cw::observations {

class ScaleDecisionDialog : public QDialog {
  Q_OBJECT

 public:
  ScaleDecisionDialog(Spo2Scale current, QWidget* parent = nullptr);

  Spo2Scale scale() const;
  QString reason() const;
  // A refusal from the recorder (e.g. the reason is too short), shown in place.
  void showError(const QString& message);

 private:
  QRadioButton* m_scale1;
  QRadioButton* m_scale2;
  QLineEdit* m_reason;
  QLabel* m_error;
};

}  // namespace cw::observations
