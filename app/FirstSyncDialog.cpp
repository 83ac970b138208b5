#include "app/FirstSyncDialog.h"

#include "core/sync/SyncStatus.h"
#include "core/ui/Labels.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace cw::shell {

FirstSyncDialog::FirstSyncDialog(const sync::SyncStatus* status, QWidget* parent)
    : QDialog(parent), m_status(status), m_counts(ui::bodyText(QStringLiteral("firstSyncCounts"))) {
  setObjectName(QStringLiteral("firstSyncDialog"));
  setWindowTitle(tr("Setting up this workstation"));
  QLabel* explanation = ui::bodyText(QStringLiteral("firstSyncExplanation"));
  explanation->setText(
      tr("Records are being copied to this workstation for use offline. Until this "
         "finishes, a record may be incomplete."));
  auto* busy = new QProgressBar;
  busy->setRange(0, 0);
  busy->setTextVisible(false);
  auto* hide = new QPushButton(tr("Continue without waiting"));
  hide->setObjectName(QStringLiteral("firstSyncContinue"));
  connect(hide, &QPushButton::clicked, this, [this] {
    m_dismissed = true;
    QDialog::hide();
  });
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(ui::sectionTitle(tr("Setting up this workstation")));
  layout->addWidget(explanation);
  layout->addWidget(busy);
  layout->addWidget(m_counts);
  layout->addWidget(hide, 0, Qt::AlignRight);
  setMinimumWidth(480);
  connect(m_status, &sync::SyncStatus::changed, this, &FirstSyncDialog::follow);
  follow();
}

void FirstSyncDialog::follow() {
  const bool firstSyncRunning =
      m_status->state() == sync::SyncStatus::State::Syncing && !m_status->lastSynced().isValid();
  if (!firstSyncRunning) {
    m_dismissed = false;  // a later first attempt (after a failure) shows again
    hide();
    return;
  }
  const sync::SyncCounts counts = m_status->counts();
  const QLocale locale;
  m_counts->setText(tr("Records received: %1 · removed: %2 · changes sent: %3")
                        .arg(locale.toString(counts.downloaded), locale.toString(counts.deleted),
                             locale.toString(counts.uploaded)));
  if (!m_dismissed && !isVisible()) {
    show();
  }
}

}  // namespace cw::shell
