// One patient's record: how fresh it is, and either the limited view of a
// confidential record or its sections (summary, encounters, observations
// and results, documents). Sections other than the summary are read when
// first shown, so opening a record costs only what is on screen.
#pragma once

#include "core/ui/PatientBannerFacts.h"
#include "modules/record/RecordAccess.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace cw::base {
class Clock;
}
namespace cw::store {
class Store;
}
namespace cw::sync {
class SyncStatus;
}

namespace cw::record {

class BreakGlassPanel;
class DocumentsPanel;
class EntryTable;
class ObservationsPanel;
class SummaryPanel;

class PatientRecordPage : public QWidget {
  Q_OBJECT

 public:
  PatientRecordPage(const store::Store& store, const sync::SyncStatus* syncStatus, const base::Clock& clock,
                    QWidget* parent = nullptr);

  void showRecord(const ui::BannerFacts& patient, RecordAccess::View view, bool glassBroken);
  // Re-reads the sections on screen (the cache changed).
  void reload();
  void clear();

  BreakGlassPanel* breakGlassPanel() const { return m_breakGlass; }

 Q_SIGNALS:
  void findAnotherRequested();

 private:
  void showFreshness();
  void loadSection(int index);

  const store::Store& m_store;
  const sync::SyncStatus* m_syncStatus;
  const base::Clock& m_clock;
  ui::BannerFacts m_patient;
  QList<bool> m_loaded;  // per tab, since the record was shown

  QLabel* m_freshness;
  QLabel* m_auditNotice;
  QStackedWidget* m_content;
  BreakGlassPanel* m_breakGlass;
  QTabWidget* m_sections;
  SummaryPanel* m_summary;
  EntryTable* m_encounters;
  ObservationsPanel* m_observations;
  DocumentsPanel* m_documents;
};

}  // namespace cw::record
