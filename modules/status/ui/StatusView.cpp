#include "modules/status/ui/StatusView.h"

#include "core/base/Version.h"
#include "core/config/EffectiveConfig.h"
#include "core/ui/Labels.h"
#include "modules/status/EffectiveConfigModel.h"
#include "modules/status/StatusChecks.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace cw::status {
namespace {

using ui::bodyText;
using ui::sectionTitle;

QString describeProbe(const EndpointCheck& check) {
  if (!check.url.isValid()) {
    return StatusView::tr("%1: not configured").arg(check.name);
  }
  const QString where = check.url.toDisplayString();
  if (!check.result) {
    return StatusView::tr("%1: checking %2 …").arg(check.name, where);
  }
  const http::ProbeResult& result = *check.result;
  if (result.reachable) {
    return StatusView::tr("%1: reachable (HTTP %2 in %3 ms) at %4")
        .arg(check.name)
        .arg(result.httpStatus)
        .arg(result.elapsedMs)
        .arg(where);
  }
  return StatusView::tr("%1: NOT reachable at %2 — %3").arg(check.name, where, result.error);
}

}  // namespace

StatusView::StatusView(const module::ModuleContext& context, QWidget* parent)
    : ModuleView(parent),
      m_checks(new StatusChecks(*context.config, this)),
      m_readers(bodyText(QStringLiteral("cardReaders"))),
      m_endpoints(bodyText(QStringLiteral("endpoints"))) {
  auto* content = new QWidget;
  auto* layout = new QVBoxLayout(content);
  layout->setContentsMargins(24, 16, 24, 16);

  layout->addWidget(ui::pageTitle(tr("Workstation status")));

  layout->addWidget(sectionTitle(tr("Version")));
  QLabel* version = bodyText(QStringLiteral("version"));
  version->setText(tr("Clinical Workstation %1 (build %2), Qt %3")
                       .arg(base::productVersion(), base::sourceRevision(), QLatin1String(qVersion())));
  layout->addWidget(version);

  layout->addWidget(sectionTitle(tr("Configuration")));
  const config::EffectiveConfig& config = *context.config;
  if (!config.isValid()) {
    QStringList problems;
    for (const config::ConfigIssue& issue : config.issues()) {
      problems.append(issue.text());
    }
    QLabel* problemLabel = bodyText(QStringLiteral("configProblems"));
    problemLabel->setText(tr("The configuration has problems; sign-in stays disabled until they are fixed:") +
                          QStringLiteral("\n• ") + problems.join(QStringLiteral("\n• ")));
    layout->addWidget(problemLabel);
  }
  auto* table = new QTableView;
  table->setObjectName(QStringLiteral("configTable"));
  table->setModel(new EffectiveConfigModel(config, table));
  table->verticalHeader()->hide();
  table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  table->horizontalHeader()->setStretchLastSection(true);
  table->setSelectionMode(QAbstractItemView::NoSelection);
  table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table->setMinimumHeight(table->verticalHeader()->defaultSectionSize() * 7 + 8);
  layout->addWidget(table);

  layout->addWidget(sectionTitle(tr("Card readers")));
  layout->addWidget(m_readers);
  layout->addWidget(sectionTitle(tr("Endpoints")));
  layout->addWidget(m_endpoints);

  auto* refresh = new QPushButton(tr("Check again"));
  refresh->setObjectName(QStringLiteral("refreshStatus"));
  connect(refresh, &QPushButton::clicked, m_checks, &StatusChecks::refresh);
  layout->addWidget(refresh, 0, Qt::AlignLeft);
  layout->addStretch();

  auto* scroll = new QScrollArea;
  scroll->setWidget(content);
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);
  auto* outer = new QVBoxLayout(this);
  outer->setContentsMargins(0, 0, 0, 0);
  outer->addWidget(scroll);

  connect(m_checks, &StatusChecks::readersChanged, this, &StatusView::showReaders);
  connect(m_checks, &StatusChecks::endpointsChanged, this, &StatusView::showEndpoints);
  m_checks->refresh();
}

void StatusView::showReaders() {
  const auto& scan = m_checks->readers();
  if (!scan) {
    m_readers->setText(tr("Checking card readers …"));
  } else if (!scan->serviceAvailable) {
    m_readers->setText(tr("Card service unavailable: %1 Smartcard sign-in will not work until the "
                          "PC/SC service (pcscd) is running.")
                           .arg(scan->error));
  } else if (scan->readers.isEmpty()) {
    m_readers->setText(tr("No card readers found. Connect a smartcard reader."));
  } else {
    m_readers->setText(QStringLiteral("• ") + scan->readers.join(QStringLiteral("\n• ")));
  }
}

void StatusView::showEndpoints() {
  QStringList lines;
  for (const EndpointCheck& check : m_checks->endpoints()) {
    lines.append(describeProbe(check));
  }
  m_endpoints->setText(lines.join(QLatin1Char('\n')));
}

}  // namespace cw::status
