#include "modules/changes/ui/ChangesView.h"

#include "core/store/Store.h"
#include "core/ui/Labels.h"
#include "modules/changes/ui/ParkedPanel.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace cw::changes {

ChangesView::ChangesView(const module::ModuleContext& context, QWidget* parent) : ModuleView(parent) {
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(ui::pageTitle(tr("Changes not sent")));
  if (context.store == nullptr) {
    // Fail closed: without the cache there is nothing true to say about waiting changes.
    QLabel* unavailable = ui::bodyText(QStringLiteral("changesUnavailable"));
    unavailable->setText(
        tr("Changes not sent cannot be shown: this workstation's encrypted cache could not be "
           "opened. Ask IT to check the Workstation status page."));
    unavailable->setAlignment(Qt::AlignCenter);
    layout->addWidget(unavailable, 1);
    return;
  }
  const DecisionAudit audit(context.session, context.clock);
  m_conflicts = new ConflictsPanel(*context.store, audit);
  m_parked = new ParkedPanel(*context.store, audit);
  m_tabs = new QTabWidget;
  m_tabs->setObjectName(QStringLiteral("changesTabs"));
  m_tabs->addTab(m_conflicts, QString());
  m_tabs->addTab(m_parked, QString());
  layout->addWidget(m_tabs, 1);
  // Sync runs on its own thread: the signal queues here and the lists re-read.
  // While locked, nothing is re-read until the page is shown again.
  connect(context.store, &store::Store::syncCountsChanged, this, [this] {
    if (!m_reloadWhenShown) {
      reload();
    }
  });
  reload();
}

void ChangesView::setConfirm(const Confirm& confirm) {
  if (m_conflicts != nullptr) {
    m_conflicts->setConfirm(confirm);
    m_parked->setConfirm(confirm);
  }
}

void ChangesView::sessionLocked() {
  if (m_conflicts == nullptr) {
    return;
  }
  // Both versions are patient data: a passer-by sees neither.
  m_conflicts->clear();
  m_parked->clear();
  m_reloadWhenShown = true;
}

void ChangesView::showEvent(QShowEvent* event) {
  ModuleView::showEvent(event);
  if (m_reloadWhenShown) {
    m_reloadWhenShown = false;
    reload();
  }
}

void ChangesView::reload() {
  if (m_conflicts == nullptr) {
    return;
  }
  m_conflicts->reload();
  m_parked->reload();
  m_tabs->setTabText(0, tr("Conflicts (%1)").arg(m_conflicts->count()));
  m_tabs->setTabText(1, tr("Could not send (%1)").arg(m_parked->count()));
}

}  // namespace cw::changes
