// The first-sync dialog, driven through SyncStatus as the sync engine drives
// it: shown only during a workstation's first sync, counting what arrived,
// closing when the sync ends, and staying away once dismissed.
#include "app/FirstSyncDialog.h"
#include "core/sync/SyncStatus.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTest>

using namespace cw;

class TestFirstSyncDialog : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void showsDuringTheFirstSyncWithCountsAndClosesAtTheEnd() {
    sync::SyncStatus status;
    shell::FirstSyncDialog dialog(&status);
    QVERIFY(!dialog.isVisible());

    status.setState(sync::SyncStatus::State::Syncing);
    QVERIFY(dialog.isVisible());
    sync::SyncCounts counts;
    counts.downloaded = 12345;
    counts.uploaded = 2;
    status.setCounts(counts);
    const QString text = dialog.findChild<QLabel*>(QStringLiteral("firstSyncCounts"))->text();
    QVERIFY2(text.contains(QStringLiteral("Records received: 12,345")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("changes sent: 2")));
    // No percentage is claimed: the total is not known.
    QCOMPARE(dialog.findChild<QProgressBar*>()->maximum(), 0);

    status.setLastSynced(QDateTime::currentDateTime());
    status.setState(sync::SyncStatus::State::Idle);
    QVERIFY(!dialog.isVisible());
  }

  void laterSyncsDoNotShowIt() {
    sync::SyncStatus status;
    status.setLastSynced(QDateTime::currentDateTime());
    shell::FirstSyncDialog dialog(&status);
    status.setState(sync::SyncStatus::State::Syncing);
    QVERIFY(!dialog.isVisible());
  }

  void dismissedStaysHiddenUntilTheNextAttempt() {
    sync::SyncStatus status;
    shell::FirstSyncDialog dialog(&status);
    status.setState(sync::SyncStatus::State::Syncing);
    dialog.findChild<QPushButton*>(QStringLiteral("firstSyncContinue"))->click();
    QVERIFY(!dialog.isVisible());
    sync::SyncCounts counts;
    counts.downloaded = 5;
    status.setCounts(counts);
    QVERIFY(!dialog.isVisible());
    // The first sync failed; the next attempt is a first sync again and shows.
    status.setState(sync::SyncStatus::State::Failed);
    status.setState(sync::SyncStatus::State::Syncing);
    QVERIFY(dialog.isVisible());
  }
};

QTEST_MAIN(TestFirstSyncDialog)
#include "tst_firstsyncdialog.moc"
