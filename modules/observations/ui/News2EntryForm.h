// The NEWS2 entry form for the bedside: keyboard-only, each sub-score shown as
// it is typed, and the total and risk shown before saving, but only for a
// complete set. Nothing is assumed: an empty field is missing, not normal.
#pragma once

#include "modules/observations/news2/News2Scorer.h"

#include <QDateTime>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cw::observations {

class News2EntryForm : public QWidget {
  Q_OBJECT

 public:
  explicit News2EntryForm(const News2PlausibleRanges& ranges, QWidget* parent = nullptr);

  // The scale in force for this patient: a recorded clinical decision, so it
  // is shown beside SpO2 but cannot be changed here.
  void setScale(Spo2Scale scale);
  // "Time taken" starts at `now` and may be moved back for a late entry, never
  // forward: `now` is also the latest time accepted.
  void setTaken(const QDateTime& now);
  // After a save: every field empty again and the cursor in the first one.
  // The time taken is kept; the host calls setTaken() for the next set.
  void clear();

  News2Input input() const;  // at chart precision
  std::optional<int> diastolicBP() const;
  QDateTime taken() const;  // UTC
  News2Result result() const;
  // At least one value, nothing that is not a number, and no implausible
  // value left unconfirmed.
  bool canSave() const;

  // How the summary lists a parameter that is missing.
  static QString notRecordedText(News2Parameter parameter);

 Q_SIGNALS:
  void saveRequested();
  void changed();

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  // One typed number: its field, sub-score chip and message, and the
  // checkbox that confirms a value outside the plausible range.
  struct NumberField {
    QLineEdit* edit = nullptr;
    QLabel* chip = nullptr;  // null for diastolic BP, which is not scored
    QLabel* message = nullptr;
    QCheckBox* confirm = nullptr;
    int decimals = 0;
    std::optional<PlausibleRange> range;
  };
  // What a field's text means: nothing, a value at chart precision, or text
  // that is not a number (refused, never guessed at).
  struct Parsed {
    std::optional<int> value;
    bool notANumber = false;
    bool rounded = false;  // the text had more decimals than the chart keeps
  };

  NumberField numberField(const QString& objectName, const QString& accessibleName, int decimals,
                          std::optional<PlausibleRange> range);
  QComboBox* choiceField(const QString& objectName, const QString& accessibleName);
  QLabel* scoreChip(const QString& objectName);
  static Parsed parse(const NumberField& field);
  bool implausible(const NumberField& field) const;
  bool diastolicNotBelowSystolic() const;
  const NumberField* fieldFor(News2Parameter parameter) const;

  void refresh();
  void refreshNumber(News2Parameter parameter, const NumberField& field, const News2Result& result);
  void refreshChoice(News2Parameter parameter, QLabel* chip, const News2Result& result);
  void refreshDiastolic();
  void refreshSummary(const News2Result& result);
  void requestSave();

  News2PlausibleRanges m_ranges;
  Spo2Scale m_scale = Spo2Scale::Scale1;
  NumberField m_respiratoryRate;
  NumberField m_spo2;
  QLabel* m_scaleLabel;
  QComboBox* m_airOrOxygen;
  QLabel* m_airOrOxygenChip;
  NumberField m_systolicBP;
  NumberField m_diastolicBP;
  NumberField m_pulse;
  QComboBox* m_consciousness;
  QLabel* m_consciousnessChip;
  NumberField m_temperature;
  QDateTimeEdit* m_taken;
  QPushButton* m_save;
  QLabel* m_saveHint;  // why Save is not available yet

  QLabel* m_summaryTitle;
  QLabel* m_total;
  QLabel* m_risk;
  QLabel* m_monitoring;
  QLabel* m_response;
  QLabel* m_redScore;
  QLabel* m_missing;
};

}  // namespace cw::observations
