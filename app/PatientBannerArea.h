// The strip across the top of the shell that always says which patient is on
// screen, or plainly that none is.
#pragma once

#include <QFrame>

class QLabel;

namespace cw::module {
class PatientContext;
}

namespace cw::shell {

class PatientBannerArea : public QFrame {
  Q_OBJECT

 public:
  PatientBannerArea(module::PatientContext* patient, QWidget* parent = nullptr);

 private:
  void showPatient();

  module::PatientContext* m_patient;
  QLabel* m_text;
};

}  // namespace cw::shell
