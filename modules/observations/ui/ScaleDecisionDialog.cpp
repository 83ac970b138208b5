#include "modules/observations/ui/ScaleDecisionDialog.h"

#include "core/ui/Labels.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace cw::observations {

ScaleDecisionDialog::ScaleDecisionDialog(Spo2Scale current, QWidget* parent)
    : QDialog(parent),
      m_scale1(new QRadioButton(tr("Scale 1 (target 96% or above; most patients)"))),
      m_scale2(new QRadioButton(tr("Scale 2 (target 88–92%; hypercapnic respiratory failure)"))),
      m_reason(new QLineEdit),
      m_error(ui::bodyText(QStringLiteral("scaleDecisionError"))) {
  setWindowTitle(tr("SpO2 scale decision"));
  m_scale1->setObjectName(QStringLiteral("scale1"));
  m_scale2->setObjectName(QStringLiteral("scale2"));
  // The other scale is offered: recording the one in force again says nothing new.
  (current == Spo2Scale::Scale2 ? m_scale1 : m_scale2)->setChecked(true);
  m_reason->setObjectName(QStringLiteral("scaleReason"));
  m_reason->setAccessibleName(tr("Clinical reason"));
  m_reason->setPlaceholderText(tr("e.g. Type 2 respiratory failure confirmed on blood gas"));
  m_error->setStyleSheet(QStringLiteral("color: #D5281B;"));
  m_error->hide();

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
  buttons->button(QDialogButtonBox::Ok)->setText(tr("Record decision"));
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

  auto* layout = new QVBoxLayout(this);
  auto* explanation = ui::bodyText(QStringLiteral("scaleExplanation"));
  explanation->setText(tr(
      "Scale 2 is only for patients with a prescribed oxygen saturation target of 88–92%, such as in "
      "hypercapnic respiratory failure. The decision is recorded with your name, the time and your reason, "
      "and applies to every set from now on until it is changed."));
  layout->addWidget(explanation);
  layout->addWidget(m_scale1);
  layout->addWidget(m_scale2);
  layout->addWidget(new QLabel(tr("Clinical reason (required):")));
  layout->addWidget(m_reason);
  layout->addWidget(m_error);
  layout->addWidget(buttons);
  m_reason->setFocus();
}

Spo2Scale ScaleDecisionDialog::scale() const {
  return m_scale2->isChecked() ? Spo2Scale::Scale2 : Spo2Scale::Scale1;
}

QString ScaleDecisionDialog::reason() const {
  return m_reason->text();
}

void ScaleDecisionDialog::showError(const QString& message) {
  m_error->setText(message);
  m_error->show();
}

}  // namespace cw::observations
