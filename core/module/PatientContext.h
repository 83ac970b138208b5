// The patient the workstation is showing, shared by every module. Setting a
// patient also registers their identifiers with the log scrubber, so they
// cannot leak into the log however a message is written.
#pragma once

#include <QObject>
#include <QString>

namespace cw::module {

struct PatientSummary {
  QString resourceId;   // FHIR Patient id in the local store
  QString displayName;  // as the banner shows it
  QString nhsNumber;    // 10 digits, validated by the record module

  bool isEmpty() const { return resourceId.isEmpty(); }
};

class PatientContext : public QObject {
  Q_OBJECT

 public:
  using QObject::QObject;

  const PatientSummary& current() const { return m_current; }
  bool hasPatient() const { return !m_current.isEmpty(); }

  void select(const PatientSummary& patient);
  void clear();

 Q_SIGNALS:
  void changed();

 private:
  PatientSummary m_current;
};

}  // namespace cw::module
