// The record's first page: allergies, active problems, current medications
// and flags, each section saying plainly when it has nothing recorded.
#pragma once

#include "core/ui/PatientBannerFacts.h"
#include "modules/record/RecordSummary.h"

#include <QWidget>

namespace cw::record {

class EntryTable;

class SummaryPanel : public QWidget {
  Q_OBJECT

 public:
  explicit SummaryPanel(QWidget* parent = nullptr);

  void showSummary(const RecordSummary& summary, ui::AllergyStatus allergyStatus);
  void clear();

 private:
  EntryTable* m_flags;
  EntryTable* m_allergies;
  EntryTable* m_problems;
  EntryTable* m_medications;
};

}  // namespace cw::record
