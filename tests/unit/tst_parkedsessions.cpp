// The sessions a shared workstation keeps for fast user switching are
// bounded in number and in age: the oldest go first, the one in use never.
#include "core/identity/ParkedSessions.h"

#include <QTest>

using cw::identity::ParkedSessions;
using cw::identity::Session;
using cw::identity::SessionEntry;

namespace {

const QDateTime kMorning(QDate(2026, 11, 21), QTime(7, 0), Qt::UTC);

SessionEntry entry(const QString& userId, int signedInHour, int lastUsedHour) {
  SessionEntry made;
  made.session =
      std::make_unique<Session>(cw::identity::UserIdentity{userId, userId}, cw::identity::RoleAssignment{});
  made.signedInAt = kMorning.addSecs(signedInHour * 3600);
  made.lastUsed = kMorning.addSecs(lastUsedHour * 3600);
  return made;
}

QStringList userIds(const std::vector<SessionEntry>& entries) {
  QStringList ids;
  for (const SessionEntry& taken : entries) {
    ids.append(taken.session->user().userId);
  }
  return ids;
}

}  // namespace

class TestParkedSessions : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void findsByUserAndBySession() {
    ParkedSessions sessions;
    Session* nurse = sessions.add(entry(QStringLiteral("555000000101"), 0, 0)).session.get();
    sessions.add(entry(QStringLiteral("555000000102"), 1, 1));
    QCOMPARE(sessions.find(QStringLiteral("555000000101"))->session.get(), nurse);
    QVERIFY(sessions.find(QStringLiteral("555000000199")) == nullptr);
    QCOMPARE(sessions.findSession(nurse)->session->user().userId, QStringLiteral("555000000101"));
    QCOMPARE(userIds(sessions.take(nurse)), QStringList{QStringLiteral("555000000101")});
    QVERIFY(sessions.take(nurse).empty());
    QCOMPARE(sessions.size(), std::size_t(1));
  }

  void sessionsOlderThanTheCutoffEndButNotTheOneInUse() {
    ParkedSessions sessions;
    Session* inUse = sessions.add(entry(QStringLiteral("a"), 0, 9)).session.get();
    sessions.add(entry(QStringLiteral("b"), 1, 2));
    sessions.add(entry(QStringLiteral("c"), 2, 2));  // exactly at the cutoff: kept
    sessions.add(entry(QStringLiteral("d"), 5, 5));
    const auto expired = sessions.takeExpired(kMorning.addSecs(2 * 3600), inUse);
    QCOMPARE(userIds(expired), QStringList{QStringLiteral("b")});
    QCOMPARE(sessions.size(), std::size_t(3));
    QVERIFY(sessions.findSession(inUse) != nullptr);
  }

  void beyondTheMaximumTheLeastRecentlyUsedGo() {
    ParkedSessions sessions;
    sessions.add(entry(QStringLiteral("a"), 0, 3));
    sessions.add(entry(QStringLiteral("b"), 0, 1));
    Session* inUse = sessions.add(entry(QStringLiteral("c"), 0, 0)).session.get();  // oldest use, but in use
    sessions.add(entry(QStringLiteral("d"), 0, 2));
    QCOMPARE(userIds(sessions.takeBeyond(4, inUse)), QStringList());
    QCOMPARE(userIds(sessions.takeBeyond(2, inUse)), (QStringList{QStringLiteral("b"), QStringLiteral("d")}));
    QVERIFY(sessions.findSession(inUse) != nullptr);
    QVERIFY(sessions.find(QStringLiteral("a")) != nullptr);
  }

  void theSessionInUseIsNeverEvictedEvenAlone() {
    ParkedSessions sessions;
    Session* inUse = sessions.add(entry(QStringLiteral("a"), 0, 0)).session.get();
    QVERIFY(sessions.takeBeyond(0, inUse).empty());
    QCOMPARE(sessions.size(), std::size_t(1));
  }
};

QTEST_GUILESS_MAIN(TestParkedSessions)
#include "tst_parkedsessions.moc"
