#include "modules/observations/ui/News2EntryForm.h"

#include "core/ui/NhsStyle.h"
#include "modules/observations/news2/ChartPrecision.h"
#include "modules/observations/ui/ScoreColours.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QVBoxLayout>

#include <algorithm>

namespace cw::observations {
namespace {

constexpr int kFieldPointSize = 14;
constexpr int kTextPointSize = 12;
constexpr int kTotalPointSize = 36;

// Tab leaves the field instead of walking through its day, month, year, hour
// and minute: at the bedside Tab means "next field". Left and Right still
// move between the parts.
class TakenEdit : public QDateTimeEdit {
 public:
  using QDateTimeEdit::QDateTimeEdit;

 protected:
  bool event(QEvent* event) override {
    if (event->type() == QEvent::KeyPress) {
      auto* key = static_cast<QKeyEvent*>(event);
      const bool tab = key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab;
      if (tab && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
        QWidget::focusNextPrevChild(key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier));
        return true;
      }
    }
    return QDateTimeEdit::event(event);
  }
};

void setPointSize(QWidget* widget, int points) {
  QFont font = widget->font();
  font.setPointSize(points);
  widget->setFont(font);
}

QLabel* textLabel(const QString& text, const QString& objectName = {}) {
  auto* label = new QLabel(text);
  label->setTextFormat(Qt::PlainText);
  if (!objectName.isEmpty()) {
    label->setObjectName(objectName);
  }
  return label;
}

// The chip's three looks. A score is filled in the RCP colour; a value to
// check is outlined in red, so it cannot be mistaken for a red score 3.
void showScore(QLabel* chip, int score) {
  chip->setText(News2EntryForm::tr("Score %1").arg(score));
  chip->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid %3; "
                                     "border-radius: 4px; padding: 4px 10px; font-weight: bold; }")
                          .arg(scoreBackground(score).name(), scoreForeground(score).name(),
                               ui::colours::kNhsDarkGrey.name()));
}

void showCheck(QLabel* chip, const QString& text) {
  chip->setText(text);
  chip->setStyleSheet(QStringLiteral("QLabel { background: white; color: %1; border: 2px solid %1; "
                                     "border-radius: 4px; padding: 3px 9px; font-weight: bold; }")
                          .arg(ui::colours::kNhsRed.name()));
}

void showNothing(QLabel* chip) {
  chip->clear();
  chip->setStyleSheet(QString());
}

// A value at chart precision written back for people: 376 tenths is "37.6".
QString chartText(int value, int decimals) {
  if (decimals == 0) {
    return QString::number(value);
  }
  return QStringLiteral("%1.%2").arg(value / 10).arg(value % 10);
}

// The engine's own message for an implausible value, so the form and every
// other screen say the same thing.
QString implausibleMessage(const News2PlausibleRanges& ranges, News2Parameter parameter, int value) {
  News2Input single;
  switch (parameter) {
    case News2Parameter::RespiratoryRate: single.respiratoryRate = value; break;
    case News2Parameter::Spo2: single.spo2 = value; break;
    case News2Parameter::SystolicBP: single.systolicBP = value; break;
    case News2Parameter::Pulse: single.pulse = value; break;
    case News2Parameter::Temperature: single.temperatureTenths = value; break;
    case News2Parameter::AirOrOxygen:
    case News2Parameter::Consciousness: return {};
  }
  return News2Scorer(ranges).score(single).errors.value(0);
}

}  // namespace

News2EntryForm::News2EntryForm(const News2PlausibleRanges& ranges, QWidget* parent)
    : QWidget(parent),
      m_ranges(ranges),
      m_respiratoryRate(numberField(QStringLiteral("respiratoryRate"),
                                    parameterName(News2Parameter::RespiratoryRate), 0,
                                    ranges.respiratoryRate)),
      m_spo2(numberField(QStringLiteral("spo2"), parameterName(News2Parameter::Spo2), 0, ranges.spo2)),
      m_scaleLabel(textLabel(QString(), QStringLiteral("spo2Scale"))),
      m_airOrOxygen(choiceField(QStringLiteral("airOrOxygen"), parameterName(News2Parameter::AirOrOxygen))),
      m_airOrOxygenChip(scoreChip(QStringLiteral("airOrOxygenScore"))),
      m_systolicBP(numberField(QStringLiteral("systolicBP"), parameterName(News2Parameter::SystolicBP), 0,
                               ranges.systolicBP)),
      m_diastolicBP(
          numberField(QStringLiteral("diastolicBP"), tr("Diastolic blood pressure"), 0, std::nullopt)),
      m_pulse(numberField(QStringLiteral("pulse"), parameterName(News2Parameter::Pulse), 0, ranges.pulse)),
      m_consciousness(
          choiceField(QStringLiteral("consciousness"), parameterName(News2Parameter::Consciousness))),
      m_consciousnessChip(scoreChip(QStringLiteral("consciousnessScore"))),
      m_temperature(numberField(QStringLiteral("temperature"), parameterName(News2Parameter::Temperature), 1,
                                ranges.temperatureTenths)),
      m_taken(new TakenEdit),
      m_save(new QPushButton(tr("Save observations"))),
      m_saveHint(textLabel(QString(), QStringLiteral("saveHint"))),
      m_summaryTitle(textLabel(QString(), QStringLiteral("news2SummaryTitle"))),
      m_total(textLabel(QString(), QStringLiteral("news2Total"))),
      m_risk(textLabel(QString(), QStringLiteral("news2Risk"))),
      m_monitoring(textLabel(QString(), QStringLiteral("news2Monitoring"))),
      m_response(textLabel(QString(), QStringLiteral("news2Response"))),
      m_redScore(textLabel(QString(), QStringLiteral("news2RedScore"))),
      m_missing(textLabel(QString(), QStringLiteral("news2Missing"))) {
  setObjectName(QStringLiteral("news2EntryForm"));
  setPointSize(this, kTextPointSize);

  m_diastolicBP.edit->setPlaceholderText(tr("Optional"));
  // Item text starts with the letter a nurse types to choose it.
  m_airOrOxygen->addItem(tr("Air"), false);
  m_airOrOxygen->addItem(tr("Oxygen (any supplemental)"), true);
  m_airOrOxygen->setPlaceholderText(tr("Type A or O"));
  m_consciousness->addItem(tr("A: Alert"), QVariant::fromValue(static_cast<int>(Consciousness::Alert)));
  m_consciousness->addItem(tr("C: New confusion"),
                           QVariant::fromValue(static_cast<int>(Consciousness::Confusion)));
  m_consciousness->addItem(tr("V: Responds to voice"),
                           QVariant::fromValue(static_cast<int>(Consciousness::Voice)));
  m_consciousness->addItem(tr("P: Responds to pain"),
                           QVariant::fromValue(static_cast<int>(Consciousness::Pain)));
  m_consciousness->addItem(tr("U: Unresponsive"),
                           QVariant::fromValue(static_cast<int>(Consciousness::Unresponsive)));
  m_consciousness->setPlaceholderText(tr("Type A, C, V, P or U"));
  for (QComboBox* choice : {m_airOrOxygen, m_consciousness}) {
    choice->setCurrentIndex(-1);  // nothing assumed: not air, not Alert
    choice->installEventFilter(this);
    connect(choice, &QComboBox::currentIndexChanged, this, &News2EntryForm::refresh);
  }

  m_taken->setObjectName(QStringLiteral("taken"));
  m_taken->setAccessibleName(tr("Time taken"));
  m_taken->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
  setPointSize(m_taken, kFieldPointSize);
  m_taken->installEventFilter(this);
  connect(m_taken, &QDateTimeEdit::dateTimeChanged, this, &News2EntryForm::changed);

  m_save->setObjectName(QStringLiteral("save"));
  m_save->setAccessibleName(tr("Save observations"));
  m_save->setAutoDefault(true);  // Return on the focused button saves
  setPointSize(m_save, kFieldPointSize);
  // The NHS primary button; yellow when focused, as on NHS services.
  m_save->setStyleSheet(
      QStringLiteral("QPushButton { background: %1; color: white; font-weight: bold; border: none; "
                     "border-bottom: 4px solid #00401e; padding: 8px 20px; }"
                     "QPushButton:disabled { background: #d8dde0; color: %4; border-bottom-color: #aeb7bd; }"
                     "QPushButton:focus { background: %2; color: %3; border-bottom: 4px solid %3; }")
          .arg(ui::colours::kNhsGreen.name(), ui::colours::kNhsWarmYellow.name(),
               ui::colours::kNhsBlack.name(), ui::colours::kNhsDarkGrey.name()));
  connect(m_save, &QPushButton::clicked, this, &News2EntryForm::requestSave);
  for (const QKeySequence& keys :
       {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter),
        QKeySequence(Qt::CTRL | Qt::Key_S)}) {
    auto* shortcut = new QShortcut(keys, this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &News2EntryForm::requestSave);
  }

  // Label | field and its unit side by side | sub-score chip | note. The
  // message and confirmation for a value go on a line of their own under it.
  auto* grid = new QGridLayout;
  grid->setHorizontalSpacing(12);
  grid->setVerticalSpacing(6);
  grid->setColumnStretch(3, 1);
  int row = 0;
  const auto addRow = [&](const QString& label, QWidget* field, const QString& unit, QLabel* chip,
                          QLabel* note = nullptr) {
    QLabel* name = textLabel(label);
    name->setBuddy(field);
    grid->addWidget(name, row, 0);
    auto* withUnit = new QHBoxLayout;
    withUnit->setSpacing(8);
    withUnit->addWidget(field);
    if (!unit.isEmpty()) {
      withUnit->addWidget(textLabel(unit));
    }
    if (note != nullptr) {
      withUnit->addSpacing(12);
      withUnit->addWidget(note);
    }
    withUnit->addStretch();
    grid->addLayout(withUnit, row, 1);
    if (chip != nullptr) {
      grid->addWidget(chip, row, 2);
    }
    ++row;
  };
  const auto addMessages = [&](const NumberField& field) {
    auto* line = new QHBoxLayout;
    line->addWidget(field.message, 1);
    if (field.confirm != nullptr) {
      line->addWidget(field.confirm, 0, Qt::AlignTop);
    }
    grid->addLayout(line, row++, 1, 1, 3);
  };
  addRow(parameterName(News2Parameter::RespiratoryRate), m_respiratoryRate.edit, tr("/min"),
         m_respiratoryRate.chip);
  addMessages(m_respiratoryRate);
  addRow(parameterName(News2Parameter::Spo2), m_spo2.edit, tr("%"), m_spo2.chip, m_scaleLabel);
  addMessages(m_spo2);
  addRow(parameterName(News2Parameter::AirOrOxygen), m_airOrOxygen, QString(), m_airOrOxygenChip);
  addRow(parameterName(News2Parameter::SystolicBP), m_systolicBP.edit, tr("mmHg"), m_systolicBP.chip);
  addMessages(m_systolicBP);
  addRow(tr("Diastolic blood pressure"), m_diastolicBP.edit, tr("mmHg (not scored)"), nullptr);
  addMessages(m_diastolicBP);
  addRow(parameterName(News2Parameter::Pulse), m_pulse.edit, tr("/min"), m_pulse.chip);
  addMessages(m_pulse);
  addRow(parameterName(News2Parameter::Consciousness), m_consciousness, QString(), m_consciousnessChip);
  addRow(parameterName(News2Parameter::Temperature), m_temperature.edit, tr("°C"), m_temperature.chip);
  addMessages(m_temperature);
  addRow(tr("Time taken"), m_taken, tr("local time"), nullptr);
  auto* saveLine = new QHBoxLayout;
  saveLine->setSpacing(16);
  saveLine->addWidget(m_save);
  saveLine->addWidget(m_saveHint, 1);
  m_saveHint->setWordWrap(true);
  grid->addLayout(saveLine, row++, 1, 1, 3);
  grid->setRowStretch(row, 1);

  auto* summary = new QFrame;
  summary->setObjectName(QStringLiteral("news2Summary"));
  summary->setStyleSheet(
      QStringLiteral("QFrame#news2Summary { background: white; border-left: 8px solid %1; }")
          .arg(ui::colours::kNhsBlue.name()));
  summary->setFixedWidth(360);  // fixed, so nothing moves while a nurse types
  auto* summaryLayout = new QVBoxLayout(summary);
  summaryLayout->setContentsMargins(20, 16, 20, 16);
  QFont titleFont = font();
  titleFont.setPointSize(15);
  titleFont.setBold(true);
  m_summaryTitle->setFont(titleFont);
  QFont totalFont = font();
  totalFont.setPointSize(kTotalPointSize);
  totalFont.setBold(true);
  m_total->setFont(totalFont);
  m_total->setAccessibleName(tr("NEWS2 total"));
  QFont boldFont = font();
  boldFont.setBold(true);
  m_risk->setFont(boldFont);
  m_redScore->setFont(boldFont);
  m_redScore->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; padding: 6px 10px; }")
                                .arg(scoreBackground(3).name(), scoreForeground(3).name()));
  for (QLabel* label : {m_summaryTitle, m_total, m_risk, m_monitoring, m_response, m_redScore, m_missing}) {
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    summaryLayout->addWidget(label);
  }
  summaryLayout->addStretch();

  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(16, 16, 16, 16);
  layout->setSpacing(24);
  layout->addLayout(grid, 1);
  layout->addWidget(summary);

  // The order of the paper chart, each confirmation right after its value.
  QList<QWidget*> order{m_respiratoryRate.edit,
                        m_respiratoryRate.confirm,
                        m_spo2.edit,
                        m_spo2.confirm,
                        m_airOrOxygen,
                        m_systolicBP.edit,
                        m_systolicBP.confirm,
                        m_diastolicBP.edit,
                        m_pulse.edit,
                        m_pulse.confirm,
                        m_consciousness,
                        m_temperature.edit,
                        m_temperature.confirm,
                        m_taken,
                        m_save};
  for (qsizetype i = 1; i < order.size(); ++i) {
    setTabOrder(order[i - 1], order[i]);
  }
  setFocusProxy(m_respiratoryRate.edit);

  setScale(Spo2Scale::Scale1);
  setTaken(QDateTime::currentDateTimeUtc());
  refresh();
}

News2EntryForm::NumberField News2EntryForm::numberField(const QString& objectName,
                                                        const QString& accessibleName, int decimals,
                                                        std::optional<PlausibleRange> range) {
  NumberField field;
  field.decimals = decimals;
  field.range = range;
  field.edit = new QLineEdit;
  field.edit->setObjectName(objectName);
  field.edit->setAccessibleName(accessibleName);
  field.edit->setMaxLength(8);
  field.edit->setInputMethodHints(Qt::ImhFormattedNumbersOnly);
  setPointSize(field.edit, kFieldPointSize);
  field.edit->setFixedWidth(field.edit->fontMetrics().horizontalAdvance(QStringLiteral("0000.00")) + 24);
  field.message = textLabel(QString(), objectName + QStringLiteral("Message"));
  field.message->setWordWrap(true);
  field.message->setAlignment(Qt::AlignLeft | Qt::AlignTop);
  field.message->hide();
  if (range) {
    field.chip = scoreChip(objectName + QStringLiteral("Score"));
    field.confirm = new QCheckBox(tr("This value is correct"));
    field.confirm->setObjectName(objectName + QStringLiteral("Confirm"));
    field.confirm->setAccessibleName(tr("%1: this value is correct").arg(accessibleName));
    field.confirm->hide();
    connect(field.confirm, &QCheckBox::toggled, this, &News2EntryForm::refresh);
  }
  QCheckBox* confirm = field.confirm;
  connect(field.edit, &QLineEdit::textChanged, this, [this, confirm] {
    // A confirmation is for the value that was checked, not for the next one typed.
    if (confirm != nullptr) {
      const QSignalBlocker blocker(confirm);
      confirm->setChecked(false);
    }
    refresh();
  });
  return field;
}

QComboBox* News2EntryForm::choiceField(const QString& objectName, const QString& accessibleName) {
  auto* choice = new QComboBox;
  choice->setObjectName(objectName);
  choice->setAccessibleName(accessibleName);
  setPointSize(choice, kFieldPointSize);
  return choice;
}

QLabel* News2EntryForm::scoreChip(const QString& objectName) {
  QLabel* chip = textLabel(QString(), objectName);
  chip->setAlignment(Qt::AlignCenter);
  QFont bold = chip->font();
  bold.setPointSize(kTextPointSize);
  bold.setBold(true);
  chip->setFont(bold);
  // As wide as the widest thing it says, so the column never jumps.
  const QFontMetrics metrics(bold);
  chip->setMinimumWidth(std::max(metrics.horizontalAdvance(tr("Check value")),
                                 metrics.horizontalAdvance(tr("Air or oxygen?"))) +
                        24);
  return chip;
}

void News2EntryForm::setScale(Spo2Scale scale) {
  m_scale = scale;
  m_scaleLabel->setText(scale == Spo2Scale::Scale2 ? tr("Scale 2 (target 88–92%)") : tr("Scale 1"));
  m_scaleLabel->setAccessibleName(tr("SpO2 scale in force: %1").arg(m_scaleLabel->text()));
  QFont font = m_scaleLabel->font();
  font.setBold(scale == Spo2Scale::Scale2);  // the exception, so it stands out
  m_scaleLabel->setFont(font);
  refresh();
}

void News2EntryForm::setTaken(const QDateTime& now) {
  const QDateTime local = now.toLocalTime();
  m_taken->setMaximumDateTime(local);
  m_taken->setDateTime(local);
}

void News2EntryForm::clear() {
  for (NumberField* field :
       {&m_respiratoryRate, &m_spo2, &m_systolicBP, &m_diastolicBP, &m_pulse, &m_temperature}) {
    field->edit->clear();
  }
  m_airOrOxygen->setCurrentIndex(-1);
  m_consciousness->setCurrentIndex(-1);
  m_respiratoryRate.edit->setFocus(Qt::OtherFocusReason);
}

News2EntryForm::Parsed News2EntryForm::parse(const NumberField& field) {
  static const QRegularExpression number(QStringLiteral("^([0-9]+)(?:[.,]([0-9]+))?$"));
  Parsed parsed;
  const QString text = field.edit->text().trimmed();
  if (text.isEmpty()) {
    return parsed;
  }
  const QRegularExpressionMatch match = number.match(text);
  if (!match.hasMatch()) {
    parsed.notANumber = true;
    return parsed;
  }
  QString decimal = match.captured(1);
  if (match.hasCaptured(2)) {
    decimal += QLatin1Char('.') + match.captured(2);
  }
  parsed.value = roundHalfUp(decimal.toLatin1(), field.decimals);
  parsed.notANumber = !parsed.value.has_value();  // too many digits for any vital sign
  parsed.rounded = match.captured(2).size() > field.decimals;
  return parsed;
}

bool News2EntryForm::implausible(const NumberField& field) const {
  const std::optional<int> value = parse(field).value;
  if (!value || !field.range) {
    return false;
  }
  return *value < field.range->low || *value > field.range->high;
}

bool News2EntryForm::diastolicNotBelowSystolic() const {
  const std::optional<int> diastolic = parse(m_diastolicBP).value;
  const std::optional<int> systolic = parse(m_systolicBP).value;
  return diastolic && systolic && *diastolic >= *systolic;
}

const News2EntryForm::NumberField* News2EntryForm::fieldFor(News2Parameter parameter) const {
  switch (parameter) {
    case News2Parameter::RespiratoryRate: return &m_respiratoryRate;
    case News2Parameter::Spo2: return &m_spo2;
    case News2Parameter::SystolicBP: return &m_systolicBP;
    case News2Parameter::Pulse: return &m_pulse;
    case News2Parameter::Temperature: return &m_temperature;
    case News2Parameter::AirOrOxygen:
    case News2Parameter::Consciousness: break;
  }
  return nullptr;
}

News2Input News2EntryForm::input() const {
  News2Input input;
  input.respiratoryRate = parse(m_respiratoryRate).value;
  input.spo2 = parse(m_spo2).value;
  input.spo2Scale = m_scale;
  if (m_airOrOxygen->currentIndex() >= 0) {
    input.onOxygen = m_airOrOxygen->currentData().toBool();
  }
  input.systolicBP = parse(m_systolicBP).value;
  input.pulse = parse(m_pulse).value;
  if (m_consciousness->currentIndex() >= 0) {
    input.consciousness = static_cast<Consciousness>(m_consciousness->currentData().toInt());
  }
  input.temperatureTenths = parse(m_temperature).value;
  for (News2Parameter parameter : kNews2Parameters) {
    const NumberField* field = fieldFor(parameter);
    if (field != nullptr && implausible(*field) && field->confirm->isChecked()) {
      input.confirmed.append(parameter);
    }
  }
  return input;
}

std::optional<int> News2EntryForm::diastolicBP() const {
  return parse(m_diastolicBP).value;
}

QDateTime News2EntryForm::taken() const {
  return m_taken->dateTime().toUTC();
}

News2Result News2EntryForm::result() const {
  return News2Scorer(m_ranges).score(input());
}

bool News2EntryForm::canSave() const {
  bool anyValue = m_airOrOxygen->currentIndex() >= 0 || m_consciousness->currentIndex() >= 0;
  for (const NumberField* field : {&m_respiratoryRate, &m_spo2, &m_systolicBP, &m_pulse, &m_temperature}) {
    if (implausible(*field) && !field->confirm->isChecked()) {
      return false;
    }
    anyValue = anyValue || parse(*field).value.has_value();
  }
  for (const NumberField* field :
       {&m_respiratoryRate, &m_spo2, &m_systolicBP, &m_diastolicBP, &m_pulse, &m_temperature}) {
    if (parse(*field).notANumber) {
      return false;
    }
  }
  return anyValue && !diastolicNotBelowSystolic();
}

void News2EntryForm::refresh() {
  const News2Result scored = result();
  for (News2Parameter parameter : kNews2Parameters) {
    if (const NumberField* field = fieldFor(parameter)) {
      refreshNumber(parameter, *field, scored);
    }
  }
  refreshChoice(News2Parameter::AirOrOxygen, m_airOrOxygenChip, scored);
  refreshChoice(News2Parameter::Consciousness, m_consciousnessChip, scored);
  refreshDiastolic();
  refreshSummary(scored);

  const bool saveable = canSave();
  m_save->setEnabled(saveable);
  if (saveable) {
    m_saveHint->setText(tr("Ctrl+Enter also saves."));
  } else if (scored.missing.size() == static_cast<qsizetype>(kNews2Parameters.size())) {
    m_saveHint->setText(tr("Type at least one value to save."));
  } else {
    m_saveHint->setText(tr("Correct or confirm the values marked \"Check value\" to save."));
  }
  Q_EMIT changed();
}

void News2EntryForm::refreshNumber(News2Parameter parameter, const NumberField& field,
                                   const News2Result& result) {
  const Parsed parsed = parse(field);
  const bool outside = implausible(field);
  field.confirm->setVisible(outside);
  QStringList messages;
  if (parsed.notANumber) {
    showCheck(field.chip, tr("Check value"));
    messages << tr("\"%1\" is not a number. Type digits only, for example %2.")
                    .arg(field.edit->text().trimmed(),
                         field.decimals > 0 ? QStringLiteral("37.5") : QStringLiteral("18"));
  } else if (!parsed.value) {
    showNothing(field.chip);
  } else if (outside && !field.confirm->isChecked()) {
    showCheck(field.chip, tr("Check value"));
    messages << implausibleMessage(m_ranges, parameter, *parsed.value);
  } else if (const std::optional<int> subscore = result.subscore(parameter)) {
    showScore(field.chip, *subscore);
    if (outside) {
      messages << tr("Outside the plausible range: you have confirmed it is correct.");
    }
  } else {
    // SpO2 on Scale 2 scores differently on air and on oxygen.
    showCheck(field.chip, tr("Air or oxygen?"));
    messages << tr("The SpO2 score depends on air or oxygen: choose one to score it.");
  }
  if (parsed.value && parsed.rounded) {
    messages << tr("Recorded as %1 (rounded to the chart's precision).")
                    .arg(chartText(*parsed.value, field.decimals));
  }
  field.message->setText(messages.join(QLatin1Char('\n')));
  field.message->setVisible(!messages.isEmpty());
}

void News2EntryForm::refreshChoice(News2Parameter parameter, QLabel* chip, const News2Result& result) {
  if (const std::optional<int> subscore = result.subscore(parameter)) {
    showScore(chip, *subscore);
  } else {
    showNothing(chip);
  }
}

void News2EntryForm::refreshDiastolic() {
  const Parsed parsed = parse(m_diastolicBP);
  QStringList messages;
  if (parsed.notANumber) {
    messages << tr("\"%1\" is not a number. Type digits only, for example 70.")
                    .arg(m_diastolicBP.edit->text().trimmed());
  } else if (diastolicNotBelowSystolic()) {
    messages << tr("Diastolic must be lower than systolic: check both values.");
  }
  if (parsed.value && parsed.rounded) {
    messages << tr("Recorded as %1 (rounded to the chart's precision).").arg(*parsed.value);
  }
  m_diastolicBP.message->setText(messages.join(QLatin1Char('\n')));
  m_diastolicBP.message->setVisible(!messages.isEmpty());
}

void News2EntryForm::refreshSummary(const News2Result& result) {
  m_redScore->setText(result.redScore ? tr("A single parameter scored 3.") : QString());
  m_redScore->setVisible(result.redScore);
  if (result.complete && result.total && result.risk && result.monitoring) {
    m_summaryTitle->setText(tr("NEWS2 total"));
    m_total->setText(QString::number(*result.total));
    m_risk->setText(tr("Clinical risk: %1").arg(riskText(*result.risk)));
    m_monitoring->setText(tr("Minimum monitoring: %1").arg(monitoringText(*result.monitoring)));
    m_response->setText(result.clinicalResponse);
    m_missing->clear();
  } else {
    // Never a number for an incomplete set: a partial sum would read as a low score.
    m_summaryTitle->setText(tr("Incomplete: no total"));
    m_total->clear();
    m_risk->clear();
    m_monitoring->clear();
    m_response->clear();
    QStringList reasons;
    for (News2Parameter parameter : kNews2Parameters) {
      const NumberField* field = fieldFor(parameter);
      if (field != nullptr && parse(*field).notANumber) {
        reasons << tr("%1: what was typed is not a number.").arg(parameterName(parameter));
      } else if (field != nullptr && implausible(*field) && !field->confirm->isChecked()) {
        reasons << tr("%1: check the value, or confirm that it is correct.").arg(parameterName(parameter));
      } else if (result.missing.contains(parameter)) {
        // The title already says there is no total; each line names a gap.
        reasons << notRecordedText(parameter);
      }
    }
    m_missing->setText(QStringLiteral("• ") + reasons.join(QStringLiteral("\n• ")));
  }
  for (QLabel* label : {m_total, m_risk, m_monitoring, m_response, m_missing}) {
    label->setVisible(!label->text().isEmpty());
  }
}

QString News2EntryForm::notRecordedText(News2Parameter parameter) {
  return tr("%1: not recorded").arg(parameterName(parameter));
}

bool News2EntryForm::eventFilter(QObject* watched, QEvent* event) {
  // A mouse wheel passing over a choice or the time would change a recorded
  // value unseen (Alert to New confusion, an hour earlier): values change
  // only by typing or choosing.
  if (event->type() == QEvent::Wheel) {
    event->ignore();
    return true;
  }
  return QWidget::eventFilter(watched, event);
}

void News2EntryForm::requestSave() {
  if (canSave()) {
    Q_EMIT saveRequested();
  }
}

}  // namespace cw::observations
