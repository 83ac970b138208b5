// The strip across the top of the shell that always says which patient is on
// screen, or plainly that none is: in the NHS Common User Interface's order
// (name, born, gender, NHS number) with the allergy status always visible.
#pragma once

#include <QFrame>

class QLabel;

namespace cw::base {
class Clock;
}
namespace cw::module {
class PatientContext;
}
namespace cw::store {
class Store;
}

namespace cw::shell {

class PatientBannerArea : public QFrame {
  Q_OBJECT

 public:
  PatientBannerArea(module::PatientContext* patient, const base::Clock& clock, QWidget* parent = nullptr);

  // The cache the banner reads the patient's details from, and follows.
  void setStore(const store::Store* store);

 private:
  void showPatient();
  void restyle(QLabel* label, const QString& objectName);

  module::PatientContext* m_patient;
  const base::Clock& m_clock;
  const store::Store* m_store = nullptr;
  QLabel* m_name;
  QLabel* m_details;
  QLabel* m_allergies;
};

}  // namespace cw::shell
