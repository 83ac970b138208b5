#include "modules/changes/ui/ConflictsPanel.h"

#include "core/store/Store.h"
#include "core/ui/Labels.h"
#include "core/ui/Tables.h"
#include "modules/changes/ChangeText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBlock>
#include <QVBoxLayout>

namespace cw::changes {
namespace {

bool askWithMessageBox(QWidget* parent, const QString& question) {
  return askYesNo(parent, ConflictsPanel::tr("Resolve conflict"), question);
}

QPlainTextEdit* versionText(const QString& objectName) {
  auto* text = new QPlainTextEdit;
  text->setObjectName(objectName);
  text->setReadOnly(true);
  text->setLineWrapMode(QPlainTextEdit::NoWrap);
  return text;
}

// Marks the lines of the elements that differ, so the eye goes to them first.
void showVersion(QPlainTextEdit* edit, const std::optional<fhir::Resource>& resource,
                 const QString& whenAbsent, const QStringList& differing) {
  if (!resource) {
    edit->setPlainText(whenAbsent);
    edit->setExtraSelections({});
    return;
  }
  const ReadableResource readable = readableResource(*resource);
  edit->setPlainText(readable.text);
  QList<QTextEdit::ExtraSelection> marks;
  for (const ReadableResource::Span& span : readable.spans) {
    if (!differing.contains(span.element)) {
      continue;
    }
    QTextCursor cursor(edit->document()->findBlockByNumber(span.firstLine));
    cursor.movePosition(QTextCursor::StartOfBlock);
    const QTextBlock last = edit->document()->findBlockByNumber(span.lastLine);
    cursor.setPosition(last.position() + last.length() - 1, QTextCursor::KeepAnchor);
    QTextEdit::ExtraSelection mark;
    mark.cursor = cursor;
    mark.format.setBackground(QColor(0xff, 0xeb, 0x3b));  // NHS warm yellow
    mark.format.setProperty(QTextFormat::FullWidthSelection, true);
    marks.append(mark);
  }
  edit->setExtraSelections(marks);
  if (!marks.isEmpty()) {
    // The first difference is often below the fold; it is what the user must see.
    QTextCursor first = marks.first().cursor;
    first.setPosition(first.selectionStart());
    edit->setTextCursor(first);
    edit->centerCursor();
  }
}

}  // namespace

ConflictsPanel::ConflictsPanel(store::Store& store, DecisionAudit audit, QWidget* parent)
    : QWidget(parent), m_store(store), m_audit(std::move(audit)), m_confirm(askWithMessageBox) {
  auto* layout = new QVBoxLayout(this);
  QLabel* intro = ui::bodyText(QStringLiteral("conflictsIntro"));
  intro->setText(
      tr("The server's copy changed while a change made here was waiting to be sent. "
         "Nothing has been overwritten: compare both versions and choose which to keep."));
  layout->addWidget(intro);

  m_list = new QTableWidget;
  m_list->setObjectName(QStringLiteral("conflictList"));
  ui::setUpReadOnlyTable(m_list, {tr("What"), tr("Patient"), tr("Detected")});
  m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
  m_list->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
  m_list->horizontalHeader()->setStretchLastSection(false);
  m_list->setMaximumHeight(180);
  layout->addWidget(m_list);

  m_differences = ui::bodyText(QStringLiteral("conflictDifferences"));
  layout->addWidget(m_differences);

  auto* versions = new QHBoxLayout;
  auto* localColumn = new QVBoxLayout;
  localColumn->addWidget(ui::sectionTitle(tr("On this workstation")));
  m_local = versionText(QStringLiteral("localVersion"));
  localColumn->addWidget(m_local);
  auto* serverColumn = new QVBoxLayout;
  serverColumn->addWidget(ui::sectionTitle(tr("On the server")));
  m_server = versionText(QStringLiteral("serverVersion"));
  serverColumn->addWidget(m_server);
  versions->addLayout(localColumn);
  versions->addLayout(serverColumn);
  layout->addLayout(versions, 1);

  auto* buttons = new QHBoxLayout;
  m_keepMine = new QPushButton(tr("Keep mine (send my version)"));
  m_keepMine->setObjectName(QStringLiteral("keepMine"));
  m_takeTheirs = new QPushButton(tr("Take the server's version"));
  m_takeTheirs->setObjectName(QStringLiteral("takeTheirs"));
  buttons->addWidget(m_keepMine);
  buttons->addWidget(m_takeTheirs);
  buttons->addStretch();
  layout->addLayout(buttons);

  m_message = ui::bodyText(QStringLiteral("conflictMessage"));
  layout->addWidget(m_message);

  connect(m_list, &QTableWidget::itemSelectionChanged, this, &ConflictsPanel::showSelected);
  connect(m_keepMine, &QPushButton::clicked, this, [this] { resolve(store::Resolution::KeepMine); });
  connect(m_takeTheirs, &QPushButton::clicked, this, [this] { resolve(store::Resolution::TakeTheirs); });
  clear();
}

void ConflictsPanel::reload() {
  const int row = m_list->currentRow();
  const qint64 shownId = row >= 0 && row < m_conflicts.size() ? m_conflicts.at(row).id : 0;
  m_conflicts = m_store.conflicts();
  const QSignalBlocker blocker(m_list);
  m_list->clearContents();
  m_list->clearSpans();
  if (m_conflicts.isEmpty()) {
    m_list->setRowCount(1);
    m_list->setItem(0, 0, ui::readOnlyItem(tr("No conflicts: nothing is waiting for a decision.")));
    m_list->setSpan(0, 0, 1, m_list->columnCount());
  } else {
    m_list->setRowCount(static_cast<int>(m_conflicts.size()));
    int select = 0;
    for (int i = 0; i < m_conflicts.size(); ++i) {
      const store::Conflict& conflict = m_conflicts.at(i);
      const std::optional<fhir::Resource>& either = conflict.local ? conflict.local : conflict.server;
      m_list->setItem(i, 0, ui::readOnlyItem(resourceTitle(conflict.key, either)));
      m_list->setItem(i, 1, ui::readOnlyItem(patientText(m_store, either)));
      m_list->setItem(i, 2, ui::readOnlyItem(whenText(conflict.detectedAt)));
      if (conflict.id == shownId) {
        select = i;
      }
    }
    m_list->selectRow(select);
  }
  m_list->resizeRowsToContents();
  showSelected();
}

void ConflictsPanel::clear() {
  m_conflicts.clear();
  m_list->clearContents();
  m_list->setRowCount(0);
  showSelected();
  m_message->clear();
}

void ConflictsPanel::showSelected() {
  const int row = m_list->currentRow();
  const bool chosen = row >= 0 && row < m_conflicts.size();
  m_keepMine->setEnabled(chosen);
  m_takeTheirs->setEnabled(chosen);
  if (!chosen) {
    m_differences->clear();
    m_local->clear();
    m_server->clear();
    return;
  }
  const store::Conflict& conflict = m_conflicts.at(row);
  QStringList differing;
  if (!conflict.local) {
    m_differences->setText(tr("Deleted here; the server has changed it since."));
  } else if (!conflict.server) {
    m_differences->setText(tr("Deleted on the server; it was changed here."));
  } else {
    differing = differingElements(*conflict.local, *conflict.server);
    m_differences->setText(
        differing.isEmpty() ? tr("The two versions hold the same content; only their version numbers differ.")
                            : tr("Differs in: %1").arg(differing.join(QStringLiteral(", "))));
  }
  showVersion(m_local, conflict.local, tr("Deleted here"), differing);
  showVersion(m_server, conflict.server, tr("Deleted on the server"), differing);
}

void ConflictsPanel::resolve(store::Resolution resolution) {
  const int row = m_list->currentRow();
  if (row < 0 || row >= m_conflicts.size()) {
    return;
  }
  const store::Conflict conflict = m_conflicts.at(row);
  const QString title = resourceTitle(conflict.key, conflict.local ? conflict.local : conflict.server);
  const QString question =
      resolution == store::Resolution::KeepMine
          ? tr("Keep the version on this workstation of %1 and send it? The server's version will be "
               "replaced.")
                .arg(title)
          : tr("Take the server's version of %1? The change made on this workstation will be discarded.")
                .arg(title);
  if (!m_confirm(this, question)) {
    return;
  }
  const store::StoreResult result = m_store.resolveConflict(
      conflict.id, resolution,
      m_audit.event(resolution == store::Resolution::KeepMine ? audit::ChangeDecision::KeptLocal
                                                              : audit::ChangeDecision::TookServer,
                    conflict.key, conflict.local ? conflict.local : conflict.server));
  reload();
  m_message->setText(result.ok() ? (resolution == store::Resolution::KeepMine
                                        ? tr("Kept your version of %1: it will be sent.").arg(title)
                                        : tr("Took the server's version of %1.").arg(title))
                                 : tr("Could not resolve the conflict: %1").arg(result.error));
}

}  // namespace cw::changes
