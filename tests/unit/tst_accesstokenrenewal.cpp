// When the session's access token is renewed: before it dies, late enough
// not to pester the identity provider. The renewal itself, against the real
// demo identity provider, is in tst_signon.
#include "core/identity/AccessTokenRenewal.h"

#include <QTest>

using cw::identity::AccessTokenRenewal;

class TestAccessTokenRenewal : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void delayBeforeRenewal_data() {
    QTest::addColumn<qint64>("leftMs");
    QTest::addColumn<qint64>("expectedDelayMs");
    // Four fifths of the remaining life, but never more than 60 s early.
    QTest::newRow("ten minutes left: 60 s early") << qint64(600'000) << qint64(540'000);
    QTest::newRow("301 s left: 60 s early") << qint64(301'000) << qint64(241'000);
    QTest::newRow("300 s left: a fifth is exactly 60 s") << qint64(300'000) << qint64(240'000);
    QTest::newRow("299 s left: a fifth early") << qint64(299'000) << qint64(239'200);
    QTest::newRow("4 s left") << qint64(4'000) << qint64(3'200);
    QTest::newRow("1 ms left") << qint64(1) << qint64(1);
    QTest::newRow("due now") << qint64(0) << qint64(0);
    QTest::newRow("already dead") << qint64(-5'000) << qint64(0);
  }

  void delayBeforeRenewal() {
    QFETCH(qint64, leftMs);
    QFETCH(qint64, expectedDelayMs);
    const QDateTime now(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC);
    QCOMPARE(AccessTokenRenewal::delayBeforeRenewal(now, now.addMSecs(leftMs)).count(), expectedDelayMs);
  }
};

QTEST_GUILESS_MAIN(TestAccessTokenRenewal)
#include "tst_accesstokenrenewal.moc"
