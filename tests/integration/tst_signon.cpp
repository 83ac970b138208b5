// Sign-on end to end with every real part: pcscd with the vpcd readers, the
// cardsim PIV cards, the demo identity provider (node oidc-provider), the
// WebEngine sign-in plug-in and the real shell window, driven the way a
// clinician does it: insert the card, type the PIN, work; pull the card,
// locked; put it back, unlocked without asking the identity provider.
#include "app/LoginBrowser.h"
#include "tests/support/CardSimProcess.h"
#include "tests/support/DemoIdpProcess.h"
#include "tests/support/Pcscd.h"
#include "tests/support/SignOnStation.h"
#include "tests/support/TestHttpClient.h"

#include <QApplication>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace cw;
using State = identity::SessionManager::State;

namespace {

constexpr int kTimeoutMs = test::SignOnStation::kTimeoutMs;
constexpr char kClientId[] = "clinical-workstation-test";
const QString kPin = QStringLiteral("123456");

}  // namespace

class TestSignOn : public QObject {
  Q_OBJECT

 private:
  test::Pcscd m_pcscd;
  test::CardSimProcess m_cards;
  std::unique_ptr<test::DemoIdpProcess> m_idp;
  std::unique_ptr<test::SignOnStation> m_station;

  QString trustFile() const { return m_cards.trustDirectory() + QStringLiteral("/card-ca.pem"); }

  // The sign-in traffic the workstation sent the identity provider: not this
  // test's own log reads, nor the Workstation status page's reachability
  // probe of the discovery document (it probes whenever it is shown).
  QStringList idpRequests() const {
    QStringList requests = m_idp->requests().value_or(QStringList{QStringLiteral("unreadable")});
    requests.removeIf([](const QString& request) {
      return request.contains(QStringLiteral("/__test/")) ||
             request.contains(QStringLiteral("/.well-known/"));
    });
    return requests;
  }

  // The identity provider requests made since `before` was taken.
  QStringList idpRequestsSince(const QStringList& before) const { return idpRequests().mid(before.size()); }

  // pcscd polls the virtual readers; a card swapped faster than a poll is
  // never seen as removed (no person is that fast).
  static void letPcscdNoticeRemoval() { QTest::qWait(1000); }

  // A demo identity provider of this test's own, e.g. a slow one.
  std::unique_ptr<test::DemoIdpProcess> startIdp(const QStringList& arguments) {
    auto idp = std::make_unique<test::DemoIdpProcess>(m_cards.accountsFile(), trustFile(),
                                                      QString::fromLatin1(kClientId), arguments);
    return idp->start() ? std::move(idp) : nullptr;
  }

  static int tokenRequests(const test::DemoIdpProcess& idp) {
    return static_cast<int>(
        idp.requests().value_or(QStringList{}).count(QStringLiteral("POST /access_token")));
  }

  QByteArray accessToken() const {
    const identity::SharedSecret token = m_station->sessions().accessToken();
    return token ? token->view().toByteArray() : QByteArray();
  }

  // What the identity provider says of the token: 200 while it is good.
  static int userInfoStatus(const test::DemoIdpProcess& idp, const QByteArray& token) {
    test::TestHttpClient http(idp.issuer());
    return http.get(QStringLiteral("/userinfo"), {{QByteArrayLiteral("Authorization"), "Bearer " + token}})
        .status;
  }

  void signIn(const QString& persona, int reader = 0) {
    QVERIFY2(m_cards.insert(persona, reader), qPrintable(m_cards.error()));
    QVERIFY2(m_station->typePin(kPin), qPrintable(m_station->visibleText()));
    QVERIFY2(m_station->waitForState(State::Active), qPrintable(m_station->visibleText()));
    QTRY_VERIFY(m_station->workAreaShown());
  }

 private Q_SLOTS:
  void initTestCase() {
    QVERIFY2(m_pcscd.ensureRunning(), qPrintable(m_pcscd.error()));
    QVERIFY2(m_cards.start(), qPrintable(m_cards.error()));
    m_idp = std::make_unique<test::DemoIdpProcess>(m_cards.accountsFile(), trustFile(),
                                                   QString::fromLatin1(kClientId));
    QVERIFY2(m_idp->start(), qPrintable(m_idp->error()));
  }

  void init() {
    m_station =
        std::make_unique<test::SignOnStation>(m_idp->issuer(), QString::fromLatin1(kClientId), trustFile());
    QVERIFY2(m_station->hasSessions(), qPrintable(m_station->problem()));
    QTRY_VERIFY_WITH_TIMEOUT(m_station->visibleText().contains(QStringLiteral("Insert your smartcard")),
                             kTimeoutMs);
  }

  void cleanup() {
    m_station.reset();
    m_cards.remove(0);
    m_cards.remove(1);
    letPcscdNoticeRemoval();
  }

  void cleanupTestCase() {
    m_idp.reset();
    m_cards.stop();
  }

  void insertPinWorkRemoveLockReinsertUnlock() {
    signIn(QStringLiteral("ward-nurse"));
    identity::Session* session = m_station->sessions().currentSession();
    QCOMPARE(session->user().userId, QStringLiteral("555000000101"));
    QCOMPARE(session->role().roleProfileId, QStringLiteral("555000001101"));

    QVERIFY(m_cards.remove(0));
    QVERIFY(m_station->waitForState(State::NoCard));
    QVERIFY(session->isLocked());
    QTRY_VERIFY(!m_station->workAreaShown());
    QTRY_VERIFY2(m_station->visibleText().contains(session->user().displayName),
                 qPrintable(m_station->visibleText()));

    const QStringList requestsBefore = idpRequests();
    QVERIFY(!requestsBefore.isEmpty());
    QVERIFY(m_cards.insert(QStringLiteral("ward-nurse"), 0));
    QVERIFY2(m_station->typePin(kPin), qPrintable(m_station->visibleText()));
    QVERIFY2(m_station->waitForState(State::Active), qPrintable(m_station->visibleText()));
    QCOMPARE(m_station->sessions().currentSession(), session);
    QVERIFY(!session->isLocked());
    // Card and PIN alone: no identity provider round trip.
    QVERIFY2(idpRequestsSince(requestsBefore).isEmpty(),
             qPrintable(idpRequestsSince(requestsBefore).join(u',')));

    using A = audit::SessionAction;
    QCOMPARE(m_station->auditedActions(), (QList<A>{A::Login, A::Lock, A::Unlock}));
  }

  // The pharmacist's card holds an RSA-2048 key: the login page gets an
  // RS256 signature, which the identity provider checks.
  void rsaCardSignsIn() {
    signIn(QStringLiteral("pharmacist"));
    QCOMPARE(m_station->sessions().currentSession()->user().userId, QStringLiteral("555000000104"));
  }

  void anotherCardParksAndSwitchesThenSwitchesBack() {
    signIn(QStringLiteral("ward-nurse"));
    identity::Session* nurse = m_station->sessions().currentSession();
    QVERIFY(m_cards.remove(0));
    QVERIFY(m_station->waitForState(State::NoCard));

    signIn(QStringLiteral("fy1-doctor"));
    identity::Session* doctor = m_station->sessions().currentSession();
    QVERIFY(doctor != nurse);
    QCOMPARE(doctor->user().userId, QStringLiteral("555000000102"));
    QVERIFY2(nurse->isLocked(), "the nurse's session is parked, locked");
    QCOMPARE(m_station->sessions().sessionCount(), std::size_t(2));

    QVERIFY(m_cards.remove(0));
    QVERIFY(m_station->waitForState(State::NoCard));
    const QStringList requestsBefore = idpRequests();
    signIn(QStringLiteral("ward-nurse"));
    QCOMPARE(m_station->sessions().currentSession(), nurse);
    QVERIFY2(idpRequestsSince(requestsBefore).isEmpty(),
             qPrintable(idpRequestsSince(requestsBefore).join(u',')));
    QVERIFY(m_station->auditedActions().contains(audit::SessionAction::Switch));
  }

  void idleLockWithTheCardInAsksOnlyForThePin() {
    signIn(QStringLiteral("gp-receptionist"));
    identity::Session* session = m_station->sessions().currentSession();
    const QStringList requestsBefore = idpRequests();
    session->lock();  // what the idle monitor does after idle_lock_minutes
    QVERIFY(m_station->waitForState(State::PinEntry));
    QTRY_VERIFY(!m_station->workAreaShown());
    QVERIFY2(m_station->typePin(kPin), qPrintable(m_station->visibleText()));
    QVERIFY2(m_station->waitForState(State::Active), qPrintable(m_station->visibleText()));
    QCOMPARE(m_station->sessions().currentSession(), session);
    QVERIFY2(idpRequestsSince(requestsBefore).isEmpty(),
             qPrintable(idpRequestsSince(requestsBefore).join(u',')));
    const auto events = m_station->signOn().auditTrail().pending();
    QCOMPARE(events.at(events.size() - 2).outcomeDescription(), QStringLiteral("idle"));
  }

  void logoutPolicyEndsTheSessionWhenTheCardIsPulled() {
    m_station = std::make_unique<test::SignOnStation>(m_idp->issuer(), QString::fromLatin1(kClientId),
                                                      trustFile(), "card_removal=logout\n");
    signIn(QStringLiteral("ward-nurse"));
    QVERIFY(m_cards.remove(0));
    QVERIFY(m_station->waitForState(State::NoCard));
    QVERIFY(m_station->sessions().currentSession() == nullptr);
    QCOMPARE(m_station->sessions().sessionCount(), std::size_t(0));
    QTRY_VERIFY(m_station->visibleText().contains(QStringLiteral("Insert your smartcard")));
    using A = audit::SessionAction;
    QCOMPARE(m_station->auditedActions(), (QList<A>{A::Login, A::Logout}));
  }

  void severalRolesAskWhichOne() {
    QVERIFY(m_cards.insert(QStringLiteral("multi-role"), 0));
    QVERIFY2(m_station->typePin(kPin), qPrintable(m_station->visibleText()));
    QVERIFY2(m_station->waitForState(State::ChoosingRole), qPrintable(m_station->visibleText()));
    QListWidget* roles = m_station->window().findChild<QListWidget*>(QStringLiteral("roleList"));
    QVERIFY(roles != nullptr);
    QTRY_VERIFY(roles->isVisible());
    QCOMPARE(roles->count(), 3);
    m_station->sessions().chooseRole(QStringLiteral("555000001109"));
    QVERIFY(m_station->waitForState(State::Active));
    QCOMPARE(m_station->sessions().currentSession()->role().roleProfileId, QStringLiteral("555000001109"));
  }

  void wrongPinShowsTriesLeftThenTheRightPinWorks() {
    QVERIFY(m_cards.insert(QStringLiteral("gp"), 0));
    QVERIFY2(m_station->typePin(QStringLiteral("654321")), qPrintable(m_station->visibleText()));
    QTRY_VERIFY_WITH_TIMEOUT(!m_station->sessions().prompt().error.isEmpty(), kTimeoutMs);
    QCOMPARE(m_station->sessions().prompt().triesLeft, 2);
    QTRY_VERIFY2(m_station->visibleText().contains(QStringLiteral("2 tries left")),
                 qPrintable(m_station->visibleText()));
    QVERIFY2(m_station->typePin(kPin), qPrintable(m_station->visibleText()));
    QVERIFY2(m_station->waitForState(State::Active), qPrintable(m_station->visibleText()));
    QVERIFY(m_station->auditedActions().contains(audit::SessionAction::LoginFailed));
  }

  void cardsThatCannotSignAnyoneIn_data() {
    QTest::addColumn<QString>("persona");
    QTest::addColumn<QString>("says");
    QTest::newRow("blocked") << "blocked"
                             << "locked";
    QTest::newRow("not a PIV card") << "not-piv"
                                    << "not an NHS smartcard";
    QTest::newRow("expired certificate") << "expired"
                                         << "expired";
    QTest::newRow("untrusted certificate") << "untrusted"
                                           << "not recognised";
  }

  void cardsThatCannotSignAnyoneIn() {
    QFETCH(QString, persona);
    QFETCH(QString, says);
    QVERIFY(m_cards.insert(persona, 0));
    QVERIFY2(m_station->waitForState(State::CardProblem), qPrintable(m_station->visibleText()));
    QTRY_VERIFY2(m_station->visibleText().contains(says, Qt::CaseInsensitive),
                 qPrintable(m_station->visibleText()));
    QVERIFY(m_station->sessions().currentSession() == nullptr);
  }

  void identityProviderRefusals_data() {
    QTest::addColumn<QString>("persona");
    QTest::addColumn<QString>("says");
    QTest::newRow("no roles") << "no-roles"
                              << "no role";
    QTest::newRow("card and account disagree") << "mismatch"
                                               << "does not match";
  }

  void identityProviderRefusals() {
    QFETCH(QString, persona);
    QFETCH(QString, says);
    QVERIFY(m_cards.insert(persona, 0));
    QVERIFY2(m_station->typePin(kPin), qPrintable(m_station->visibleText()));
    QVERIFY2(m_station->waitForState(State::CardProblem), qPrintable(m_station->visibleText()));
    QTRY_VERIFY2(m_station->visibleText().contains(says, Qt::CaseInsensitive),
                 qPrintable(m_station->visibleText()));
    QVERIFY(m_station->sessions().currentSession() == nullptr);
    QVERIFY(m_station->auditedActions().contains(audit::SessionAction::LoginFailed));
  }

  void cardPulledDuringSignInLeavesNobodySignedIn() {
    QVERIFY(m_cards.insert(QStringLiteral("pharmacist"), 0));
    QVERIFY2(m_station->typePin(kPin), qPrintable(m_station->visibleText()));
    QVERIFY(m_station->waitForState(State::SigningIn));
    QVERIFY(m_cards.remove(0));
    QVERIFY(m_station->waitForState(State::NoCard));
    QTest::qWait(1000);  // anything still in flight must not sign anyone in
    QCOMPARE(m_station->sessions().state(), State::NoCard);
    QVERIFY(m_station->sessions().currentSession() == nullptr);
  }

  void cardServiceRestartLocksThenTheCardUnlocksAgain() {
    if (!m_pcscd.ownsDaemon()) {
      QSKIP("a pcscd this test did not start is running; it will not be restarted");
    }
    signIn(QStringLiteral("ward-nurse"));
    identity::Session* session = m_station->sessions().currentSession();
    m_pcscd.stop();
    QVERIFY(m_station->waitForState(State::NoCard));
    QVERIFY2(session->isLocked(), "without the card service a removal cannot be seen: locked");
    QTRY_VERIFY(m_station->visibleText().contains(QStringLiteral("service")));
    QVERIFY2(m_pcscd.ensureRunning(), qPrintable(m_pcscd.error()));
    m_cards.remove(0);  // the emulator's link died with vpcd; plug the card in again
    letPcscdNoticeRemoval();
    const QStringList requestsBefore = idpRequests();
    signIn(QStringLiteral("ward-nurse"));
    QCOMPARE(m_station->sessions().currentSession(), session);
    QVERIFY2(idpRequestsSince(requestsBefore).isEmpty(),
             qPrintable(idpRequestsSince(requestsBefore).join(u',')));
  }

  void accessTokenIsRenewedBeforeItExpiresAndNotWhileLocked() {
    const auto idp = startIdp({QStringLiteral("--access-token-ttl"), QStringLiteral("4")});
    QVERIFY(idp);
    m_station =
        std::make_unique<test::SignOnStation>(idp->issuer(), QString::fromLatin1(kClientId), trustFile());
    signIn(QStringLiteral("ward-nurse"));
    const QByteArray first = accessToken();
    QVERIFY(!first.isEmpty());
    // Renewed when four fifths of its 4 s are gone: before it ever dies.
    QTRY_VERIFY_WITH_TIMEOUT(!accessToken().isEmpty() && accessToken() != first, 8000);
    QCOMPARE(userInfoStatus(*idp, accessToken()), 200);

    QVERIFY(m_cards.remove(0));
    QVERIFY(m_station->waitForState(State::NoCard));
    const int whileLocked = tokenRequests(*idp);
    QTest::qWait(5000);                          // longer than a token lives
    QCOMPARE(tokenRequests(*idp), whileLocked);  // a parked session is not kept alive

    // Back with a dead token: unlocked at once, and the token renewed then.
    signIn(QStringLiteral("ward-nurse"));
    QTRY_VERIFY_WITH_TIMEOUT(!accessToken().isEmpty(), 5000);
    QCOMPARE(userInfoStatus(*idp, accessToken()), 200);
  }

  void renewalRefusedKeepsTheSessionButNotTheToken() {
    const auto idp = startIdp({QStringLiteral("--access-token-ttl"), QStringLiteral("4"),
                               QStringLiteral("--refresh-token-ttl"), QStringLiteral("1")});
    QVERIFY(idp);
    m_station =
        std::make_unique<test::SignOnStation>(idp->issuer(), QString::fromLatin1(kClientId), trustFile());
    signIn(QStringLiteral("ward-nurse"));
    const int atSignIn = tokenRequests(*idp);
    QTRY_VERIFY_WITH_TIMEOUT(tokenRequests(*idp) == atSignIn + 1, 8000);  // the refused renewal
    QTRY_VERIFY_WITH_TIMEOUT(accessToken().isEmpty(), 5000);
    QCOMPARE(m_station->sessions().state(), State::Active);  // work goes on from the cache
    QVERIFY(m_station->workAreaShown());
    QTest::qWait(2000);
    QCOMPARE(tokenRequests(*idp), atSignIn + 1);  // a refusal is final: no retrying
  }

  void slowIdentityProviderIsGivenUpWithAClearMessage() {
    const auto idp = startIdp({QStringLiteral("--delay-ms"), QStringLiteral("30000")});
    QVERIFY(idp);
    m_station = std::make_unique<test::SignOnStation>(idp->issuer(), QString::fromLatin1(kClientId),
                                                      trustFile(), "sign_in_timeout_seconds=10\n");
    QVERIFY(m_cards.insert(QStringLiteral("ward-nurse"), 0));
    QVERIFY2(m_station->typePin(kPin), qPrintable(m_station->visibleText()));
    QVERIFY(m_station->waitForState(State::SigningIn));
    QTRY_VERIFY2_WITH_TIMEOUT(m_station->visibleText().contains(QStringLiteral("Signing in")),
                              qPrintable(m_station->visibleText()), 5000);
    QVERIFY2(m_station->waitForState(State::CardProblem), qPrintable(m_station->visibleText()));
    QTRY_VERIFY2(m_station->visibleText().contains(QStringLiteral("did not answer in time")),
                 qPrintable(m_station->visibleText()));
    QVERIFY(m_station->sessions().currentSession() == nullptr);
    QVERIFY(m_station->auditedActions().contains(audit::SessionAction::LoginFailed));
  }

  void readersGoneLocksAndAsksForAReader() {
    if (!m_pcscd.ownsDaemon()) {
      QSKIP("a pcscd this test did not start is running; it will not be restarted");
    }
    signIn(QStringLiteral("ward-nurse"));
    identity::Session* session = m_station->sessions().currentSession();
    const QTemporaryDir noReaders;
    m_pcscd.stop();
    QVERIFY2(m_pcscd.ensureRunning(noReaders.path()), qPrintable(m_pcscd.error()));
    QTRY_VERIFY2_WITH_TIMEOUT(
        m_station->visibleText().contains(QStringLiteral("No card reader is connected")),
        qPrintable(m_station->visibleText()), kTimeoutMs);
    QVERIFY(session->isLocked());
    QVERIFY(!m_station->workAreaShown());

    m_pcscd.stop();
    QVERIFY2(m_pcscd.ensureRunning(), qPrintable(m_pcscd.error()));
    m_cards.remove(0);  // the emulator's link died with vpcd; plug the card in again
    letPcscdNoticeRemoval();
    QTRY_VERIFY_WITH_TIMEOUT(!m_station->visibleText().contains(QStringLiteral("No card reader")),
                             kTimeoutMs);
    signIn(QStringLiteral("ward-nurse"));
    QCOMPARE(m_station->sessions().currentSession(), session);
  }

  void identityProviderDownIsAClearProblem() {
    test::DemoIdpProcess down(m_cards.accountsFile(), trustFile(), QString::fromLatin1(kClientId));
    QVERIFY(down.start());
    const QUrl issuer = down.issuer();
    down.stop();
    m_station = std::make_unique<test::SignOnStation>(issuer, QString::fromLatin1(kClientId), trustFile());
    QVERIFY(m_cards.insert(QStringLiteral("ward-nurse"), 0));
    QVERIFY2(m_station->typePin(kPin), qPrintable(m_station->visibleText()));
    QVERIFY2(m_station->waitForState(State::CardProblem), qPrintable(m_station->visibleText()));
    QTRY_VERIFY2(m_station->visibleText().contains(QStringLiteral("not available")),
                 qPrintable(m_station->visibleText()));
    QVERIFY(m_station->sessions().currentSession() == nullptr);
  }
};

int main(int argc, char* argv[]) {
  shell::prepareForLoginBrowser();
  QApplication app(argc, argv);
  TestSignOn test;
  QTEST_SET_MAIN_SOURCE_PATH
  return QTest::qExec(&test, argc, argv);
}

#include "tst_signon.moc"
