#include "modules/observations/ui/PatientNews2Page.h"

#include "core/base/Clock.h"
#include "core/ui/Labels.h"
#include "modules/observations/News2History.h"
#include "modules/observations/news2/EscalationTask.h"
#include "modules/observations/ui/News2Chart.h"
#include "modules/observations/ui/News2EntryForm.h"
#include "modules/observations/ui/ScaleDecisionDialog.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace cw::observations {
namespace {

// The chart holds 30 days; its view opens on the last 72 hours.
constexpr qint64 kChartDays = 30;

QString rolesText(const Escalation& escalation) {
  QStringList roles;
  for (const EscalationRole role : escalation.route.roles) {
    roles.append(escalationRoleName(role));
  }
  return QLocale().createSeparatedList(roles);
}

}  // namespace

PatientNews2Page::PatientNews2Page(store::Store& store, const base::Clock& clock, const News2Policy& policy,
                                   QWidget* parent)
    : QWidget(parent),
      m_store(store),
      m_clock(clock),
      m_policy(policy),
      m_recorder(store, clock, policy.ranges, policy.escalation),
      m_patient(ui::sectionTitle(QString())),
      m_scaleText(ui::bodyText(QStringLiteral("scaleInForce"))),
      m_changeScale(new QPushButton(tr("Record SpO2 scale decision…"))),
      m_form(new News2EntryForm(policy.ranges)),
      m_escalationPlan(ui::bodyText(QStringLiteral("escalationPlan"))),
      m_notNeeded(new QCheckBox(tr("Escalation not needed (give the clinical reason)"))),
      m_notNeededReason(new QLineEdit),
      m_status(ui::bodyText(QStringLiteral("news2SaveStatus"))),
      m_chart(new News2Chart),
      m_sections(new QTabWidget) {
  m_changeScale->setObjectName(QStringLiteral("changeScale"));
  m_notNeeded->setObjectName(QStringLiteral("escalationNotNeeded"));
  m_notNeededReason->setObjectName(QStringLiteral("notNeededReason"));
  m_notNeededReason->setAccessibleName(tr("Reason escalation is not needed"));
  m_notNeededReason->setEnabled(false);
  m_escalationPlan->setStyleSheet(QStringLiteral(
      "background: #FFF9C4; border-left: 6px solid #FFB81C; padding: 6px; font-weight: bold;"));
  m_status->hide();

  connect(m_form, &News2EntryForm::changed, this, &PatientNews2Page::showEscalationPlan);
  connect(m_form, &News2EntryForm::saveRequested, this, &PatientNews2Page::save);
  connect(m_notNeeded, &QCheckBox::toggled, m_notNeededReason, &QWidget::setEnabled);
  connect(m_changeScale, &QPushButton::clicked, this, &PatientNews2Page::recordScaleDecision);

  auto* entry = new QVBoxLayout;
  entry->addWidget(m_form);
  entry->addWidget(m_escalationPlan);
  entry->addWidget(m_notNeeded);
  entry->addWidget(m_notNeededReason);
  entry->addStretch();
  auto* entryPanel = new QWidget;
  entryPanel->setLayout(entry);
  auto* entryScroll = new QScrollArea;
  entryScroll->setWidget(entryPanel);
  entryScroll->setWidgetResizable(true);
  entryScroll->setFrameShape(QFrame::NoFrame);

  // Form and chart each get the whole width: the chart needs every column it
  // can show, and the form its summary beside the values.
  m_sections->setObjectName(QStringLiteral("news2Sections"));
  m_sections->addTab(entryScroll, tr("Record a set"));
  m_sections->addTab(m_chart, tr("NEWS2 chart"));

  auto* layout = new QVBoxLayout(this);
  auto* header = new QHBoxLayout;
  header->addWidget(m_patient);
  header->addSpacing(24);
  header->addWidget(m_scaleText, 1);
  header->addWidget(m_changeScale);
  layout->addLayout(header);
  layout->addWidget(m_status);  // above both tabs: a save's outcome shows on either
  layout->addWidget(m_sections, 1);
  showEscalationPlan();
}

void PatientNews2Page::showPatient(const QString& patientName, const RecordingContext& context) {
  m_context = context;
  m_patient->setText(patientName);
  m_form->clear();
  m_form->setTaken(m_clock.now());
  m_notNeeded->setChecked(false);
  m_notNeededReason->clear();
  m_status->hide();
  m_sections->setCurrentIndex(0);
  reload();
}

void PatientNews2Page::clear() {
  m_context = {};
  m_patient->clear();
  m_form->clear();
  m_notNeeded->setChecked(false);
  m_notNeededReason->clear();
  m_status->hide();
  m_chart->setSets({});
}

void PatientNews2Page::reload() {
  if (m_context.patientId.isEmpty()) {
    return;
  }
  const News2History history(m_store);
  const QList<ScaleDecision> decisions = history.scaleDecisions(m_context.patientId);
  m_scale = scaleInForce(decisions, m_clock.now());
  if (decisions.isEmpty()) {
    m_scaleText->setText(tr("SpO2 Scale 1: no Scale 2 decision recorded."));
  } else {
    const ScaleDecision& latest = decisions.first();
    m_scaleText->setText(
        tr("SpO2 %1 since %2, decided by %3: %4")
            .arg(latest.scale == Spo2Scale::Scale2 ? tr("Scale 2 (target 88–92%)") : tr("Scale 1"),
                 QLocale().toString(latest.decided.toLocalTime(), QStringLiteral("dd-MMM-yyyy HH:mm")),
                 latest.clinician.isEmpty() ? tr("(not recorded)") : latest.clinician, latest.reason));
  }
  m_form->setScale(m_scale);
  m_chart->setSets(history.setsSince(m_context.patientId, m_clock.now().addDays(-kChartDays)));
  showEscalationPlan();
}

void PatientNews2Page::showEscalationPlan() {
  const std::optional<Escalation> escalation = escalationFor(m_form->result(), m_policy.escalation);
  m_escalationPlan->setVisible(escalation.has_value());
  m_notNeeded->setVisible(escalation.has_value());
  m_notNeededReason->setVisible(escalation.has_value());
  if (escalation) {
    m_escalationPlan->setText(
        tr("Saving escalates this set to %1: %2. Response due within %n minutes of the time taken.", nullptr,
           static_cast<int>(escalation->route.respondWithin.count()))
            .arg(rolesText(*escalation), escalationTriggerName(escalation->trigger)));
  }
}

void PatientNews2Page::save() {
  if (m_context.patientId.isEmpty()) {
    return;
  }
  const News2Result result = m_form->result();
  if (!result.complete) {
    QStringList missing;
    for (const News2Parameter parameter : result.missing) {
      missing.append(parameterName(parameter));
    }
    const auto answer = QMessageBox::question(
        this, tr("Save an incomplete set?"),
        tr("Not recorded: %1.\n\nAn incomplete set has no NEWS2 total and cannot trigger an escalation. "
           "The next set will be due at once.")
            .arg(QLocale().createSeparatedList(missing)),
        QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Save) {
      return;
    }
  }
  const RecordingOutcome outcome =
      m_recorder.record(m_form->input(), m_form->diastolicBP(), m_form->taken(),
                        {m_notNeeded->isChecked(), m_notNeededReason->text()}, m_context);
  // The chart and the ward overview follow the store's change signals, so
  // whatever was stored shows, even after a failure part-way.
  if (!outcome.ok()) {
    showStatus(outcome.error, true);
    return;
  }
  QString status = result.total ? tr("Saved: NEWS2 %1 (%2).").arg(*result.total).arg(riskText(*result.risk))
                                : tr("Saved as incomplete: no total. The next set is due now.");
  if (outcome.escalation) {
    status += QLatin1Char(' ') + (m_notNeeded->isChecked()
                                      ? tr("Escalation recorded as not needed.")
                                      : tr("Escalated to %1.").arg(rolesText(*outcome.escalation)));
  }
  showStatus(status, false);
  m_sections->setCurrentIndex(1);  // the new set in its place on the trend
  m_form->clear();
  m_form->setTaken(m_clock.now());
  m_notNeeded->setChecked(false);
  m_notNeededReason->clear();
  showEscalationPlan();
}

void PatientNews2Page::recordScaleDecision() {
  if (m_context.patientId.isEmpty()) {
    return;
  }
  ScaleDecisionDialog dialog(m_scale, this);
  while (dialog.exec() == QDialog::Accepted) {
    QString error;
    if (m_recorder.recordScaleDecision(dialog.scale(), dialog.reason(), m_context, &error)) {
      reload();
      return;
    }
    dialog.showError(error);
  }
}

void PatientNews2Page::showStatus(const QString& text, bool problem) {
  m_status->setText(text);
  m_status->setStyleSheet(problem ? QStringLiteral("color: #D5281B; font-weight: bold;")
                                  : QStringLiteral("color: #007F3B; font-weight: bold;"));
  m_status->show();
}

}  // namespace cw::observations
