// Where a record is found: by NHS number, by name with date of birth, or
// from a ward list of the wards this workstation serves (bed, name, age, NHS
// number). Results show the banner facts, so the right person is chosen.
#pragma once

#include "core/ui/PatientBannerFacts.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace cw::base {
class Clock;
}
namespace cw::store {
class Store;
}

namespace cw::record {

class FindPatientPage : public QWidget {
  Q_OBJECT

 public:
  FindPatientPage(const store::Store& store, const base::Clock& clock, const QStringList& wardLocationIds,
                  QWidget* parent = nullptr);

  // Drops what was typed and found: the session locked or the user left.
  void clear();
  // The cache changed: the ward list may have too.
  void refreshWardList();

 Q_SIGNALS:
  void patientChosen(const cw::ui::BannerFacts& patient);

 private:
  void search();
  void fillTable(QTableWidget* table, const QList<ui::BannerFacts>& patients, const QStringList& beds);
  void choose(const QList<ui::BannerFacts>& patients, int row);

  const store::Store& m_store;
  const base::Clock& m_clock;
  QLineEdit* m_nhsNumber;
  QLineEdit* m_name;
  QLineEdit* m_birthDate;
  QLabel* m_searchMessage;
  QTableWidget* m_results;
  QList<ui::BannerFacts> m_found;
  QComboBox* m_ward;
  QLabel* m_wardMessage;
  QTableWidget* m_wardTable;
  QList<ui::BannerFacts> m_wardPatients;
};

}  // namespace cw::record
