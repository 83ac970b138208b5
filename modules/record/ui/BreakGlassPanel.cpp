#include "modules/record/ui/BreakGlassPanel.h"

#include "core/ui/Labels.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cw::record {

BreakGlassPanel::BreakGlassPanel(QWidget* parent)
    : QFrame(parent),
      m_reason(new QPlainTextEdit),
      m_problem(ui::bodyText(QStringLiteral("breakGlassProblem"))) {
  setObjectName(QStringLiteral("breakGlassPanel"));
  QLabel* heading = ui::sectionTitle(tr("This record is restricted"));
  QLabel* explanation = ui::bodyText(QStringLiteral("breakGlassExplanation"));
  explanation->setText(
      tr("The patient's record is marked confidential. You can see who they are, but not their record. "
         "If you need it to care for them now, give your reason and open it. Your name, role, the time and "
         "your reason are recorded and reviewed by the Privacy Officer."));
  m_reason->setObjectName(QStringLiteral("breakGlassReason"));
  m_reason->setPlaceholderText(
      tr("Reason, for example: patient collapsed on the ward, need medication history"));
  m_reason->setTabChangesFocus(true);
  m_reason->setMaximumHeight(90);
  m_problem->setProperty("cwStyle", QStringLiteral("error"));
  auto* open = new QPushButton(tr("Open the record and record my reason"));
  open->setObjectName(QStringLiteral("breakGlass"));
  connect(open, &QPushButton::clicked, this, [this] { Q_EMIT breakGlassRequested(m_reason->toPlainText()); });

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(24, 16, 24, 16);
  layout->addWidget(heading);
  layout->addWidget(explanation);
  layout->addWidget(new QLabel(tr("Why do you need to see this record?")));
  layout->addWidget(m_reason);
  layout->addWidget(m_problem);
  layout->addWidget(open, 0, Qt::AlignLeft);
  layout->addStretch();
}

void BreakGlassPanel::reset() {
  m_reason->clear();
  m_problem->clear();
}

void BreakGlassPanel::showProblem(const QString& message) {
  m_problem->setText(message);
}

}  // namespace cw::record
