#include "modules/record/ui/FindPatientPage.h"

#include "core/base/Clock.h"
#include "core/store/Store.h"
#include "core/ui/BannerText.h"
#include "core/ui/Labels.h"
#include "core/ui/Tables.h"
#include "core/ui/WardPatients.h"
#include "modules/record/PatientSearch.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cw::record {
namespace {

// A message takes room only while it has something to say.
void showMessage(QLabel* label, const QString& text) {
  label->setText(text);
  label->setVisible(!text.isEmpty());
}

}  // namespace

FindPatientPage::FindPatientPage(const store::Store& store, const base::Clock& clock,
                                 const QStringList& wardLocationIds, QWidget* parent)
    : QWidget(parent),
      m_store(store),
      m_clock(clock),
      m_nhsNumber(new QLineEdit),
      m_name(new QLineEdit),
      m_birthDate(new QLineEdit),
      m_searchMessage(ui::bodyText(QStringLiteral("searchMessage"))),
      m_results(new QTableWidget),
      m_ward(new QComboBox),
      m_wardMessage(ui::bodyText(QStringLiteral("wardMessage"))),
      m_wardTable(new QTableWidget) {
  m_nhsNumber->setObjectName(QStringLiteral("nhsNumber"));
  m_nhsNumber->setPlaceholderText(tr("for example 943 476 5919"));
  m_name->setObjectName(QStringLiteral("patientName"));
  m_name->setPlaceholderText(tr("family or given name, or the start of it"));
  m_birthDate->setObjectName(QStringLiteral("birthDate"));
  m_birthDate->setPlaceholderText(tr("for example 05/03/1956"));
  m_searchMessage->setProperty("cwStyle", QStringLiteral("error"));
  auto* find = new QPushButton(tr("Find patient"));
  find->setObjectName(QStringLiteral("findPatient"));
  find->setDefault(true);
  for (QLineEdit* field : {m_nhsNumber, m_name, m_birthDate}) {
    connect(field, &QLineEdit::returnPressed, this, &FindPatientPage::search);
  }
  connect(find, &QPushButton::clicked, this, &FindPatientPage::search);

  auto* form = new QFormLayout;
  form->addRow(tr("NHS number"), m_nhsNumber);
  form->addRow(new QLabel(tr("or")));
  form->addRow(tr("Name"), m_name);
  form->addRow(tr("Date of birth"), m_birthDate);

  const QStringList headers{tr("Name"), tr("Born"), tr("Gender"), tr("NHS number")};
  m_results->setObjectName(QStringLiteral("searchResults"));
  ui::setUpReadOnlyTable(m_results, headers);
  m_wardTable->setObjectName(QStringLiteral("wardList"));
  ui::setUpReadOnlyTable(m_wardTable, QStringList{tr("Bed")} + headers);
  for (QTableWidget* table : {m_results, m_wardTable}) {
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  }
  connect(m_results, &QTableWidget::cellActivated, this, [this](int row) { choose(m_found, row); });
  connect(m_wardTable, &QTableWidget::cellActivated, this, [this](int row) { choose(m_wardPatients, row); });

  m_ward->setObjectName(QStringLiteral("ward"));
  for (const QString& wardId : wardLocationIds) {
    m_ward->addItem(ui::locationName(m_store.read({QStringLiteral("Location"), wardId}), wardId), wardId);
  }
  connect(m_ward, &QComboBox::currentIndexChanged, this, &FindPatientPage::refreshWardList);

  auto* searchColumn = new QVBoxLayout;
  searchColumn->addWidget(ui::sectionTitle(tr("Find a patient")));
  searchColumn->addLayout(form);
  searchColumn->addWidget(find, 0, Qt::AlignLeft);
  searchColumn->addWidget(m_searchMessage);
  m_searchMessage->hide();
  searchColumn->addWidget(m_results, 1);

  auto* wardColumn = new QVBoxLayout;
  wardColumn->addWidget(ui::sectionTitle(tr("Ward list")));
  wardColumn->addWidget(m_ward);
  wardColumn->addWidget(m_wardMessage);
  m_wardMessage->hide();
  wardColumn->addWidget(m_wardTable, 1);

  auto* columns = new QHBoxLayout(this);
  columns->setContentsMargins(24, 16, 24, 16);
  columns->setSpacing(32);
  columns->addLayout(searchColumn, 2);
  columns->addLayout(wardColumn, 3);
  refreshWardList();
}

void FindPatientPage::clear() {
  for (QLineEdit* field : {m_nhsNumber, m_name, m_birthDate}) {
    field->clear();
  }
  showMessage(m_searchMessage, {});
  m_found.clear();
  m_results->setRowCount(0);
}

void FindPatientPage::search() {
  const PatientQuery query = parsePatientQuery(m_nhsNumber->text(), m_name->text(), m_birthDate->text());
  m_found.clear();
  m_results->setRowCount(0);
  if (!query.ok()) {
    showMessage(m_searchMessage, query.error);
    return;
  }
  m_found = findPatients(m_store, query, m_clock.now().date());
  showMessage(m_searchMessage,
              m_found.isEmpty() ? tr("No patient in this workstation's records matches. Check the details, "
                                     "or the patient may not be synced to this workstation yet.")
                                : QString());
  fillTable(m_results, m_found, {});
  // One sure match by NHS number opens at once; names always need a choice.
  if (m_found.size() == 1 && std::holds_alternative<fhir::NhsNumber>(query.criteria)) {
    Q_EMIT patientChosen(m_found.first());
  }
}

void FindPatientPage::refreshWardList() {
  m_wardPatients.clear();
  m_wardTable->setRowCount(0);
  if (m_ward->count() == 0) {
    showMessage(m_wardMessage, tr("No wards are set up for this workstation (setting ward_locations)."));
    return;
  }
  QStringList beds;
  for (const ui::WardPatient& patient :
       ui::loadWardPatients(m_store, m_ward->currentData().toString(), m_clock.now().date())) {
    m_wardPatients.append(patient.facts);
    beds.append(patient.bed);
  }
  showMessage(m_wardMessage, m_wardPatients.isEmpty()
                                 ? tr("No patients on this ward in the workstation's records.")
                                 : QString());
  fillTable(m_wardTable, m_wardPatients, beds);
}

void FindPatientPage::fillTable(QTableWidget* table, const QList<ui::BannerFacts>& patients,
                                const QStringList& beds) {
  const int offset = beds.isEmpty() ? 0 : 1;
  table->setRowCount(static_cast<int>(patients.size()));
  for (int row = 0; row < patients.size(); ++row) {
    const ui::BannerFacts& patient = patients.at(row);
    if (offset == 1) {
      table->setItem(row, 0, ui::readOnlyItem(beds.at(row)));
    }
    table->setItem(row, offset, ui::readOnlyItem(patient.name));
    table->setItem(row, offset + 1, ui::readOnlyItem(patient.born));
    table->setItem(row, offset + 2, ui::readOnlyItem(patient.gender));
    table->setItem(row, offset + 3, ui::readOnlyItem(ui::nhsNumberText(patient)));
  }
  table->resizeRowsToContents();
}

void FindPatientPage::choose(const QList<ui::BannerFacts>& patients, int row) {
  if (row >= 0 && row < patients.size()) {
    Q_EMIT patientChosen(patients.at(row));
  }
}

}  // namespace cw::record
