// Sign-on speed with every real part (pcscd + vpcd, cardsim, the demo IdP,
// the WebEngine sign-in plug-in, the shell window); PIN entry is automated.
//   sso.first_login_ms        card in, PIN given -> work area shown, full OIDC round trip (budget 1500)
//   sso.first_login_limit_ms  the token request alone, made raw with libcurl
//   sso.resume_ms             returning card, PIN given -> parked session active again (budget 250)
//   sso.resume_limit_ms       the PIN VERIFY + GENERAL AUTHENTICATE round trips alone
//   sso.lock_ms               PC/SC removal event -> lock screen shown (budget 300)
// Medians of kRuns runs each.
//   bench_sso <cardsim> <demo-idp server.mjs> <results.json>
#include "app/LoginBrowser.h"
#include "bench/BenchReport.h"
#include "core/crypto/SecureBytes.h"
#include "smartcard/CardCertificate.h"
#include "smartcard/PcscCardChannel.h"
#include "smartcard/PivCard.h"
#include "tests/support/CardSimProcess.h"
#include "tests/support/DemoIdpProcess.h"
#include "tests/support/Pcscd.h"
#include "tests/support/SignOnStation.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QStackedWidget>
#include <QTest>
#include <QTextStream>

#include <curl/curl.h>

namespace {

using State = cw::identity::SessionManager::State;

constexpr int kRuns = 20;
constexpr int kTimeoutMs = 30000;
const QString kPersona = QStringLiteral("ward-nurse");
const QString kReader = QStringLiteral("Virtual PCD 00 00");
const QByteArray kPin = QByteArrayLiteral("123456");

[[noreturn]] void fail(const QString& message) {
  QTextStream(stderr) << "bench_sso: " << message << '\n';
  std::exit(1);
}

void waitFor(const std::function<bool()>& condition, const char* what) {
  if (!QTest::qWaitFor(condition, kTimeoutMs)) {
    fail(QStringLiteral("timed out waiting for ") + QLatin1String(what));
  }
}

// Busy-waits with the event loop running, for a precise end time.
void spinUntil(const std::function<bool()>& condition, const char* what) {
  QElapsedTimer timer;
  timer.start();
  while (!condition()) {
    QCoreApplication::processEvents(QEventLoop::AllEvents);
    if (timer.elapsed() > kTimeoutMs) {
      fail(QStringLiteral("timed out waiting for ") + QLatin1String(what));
    }
  }
}

cw::crypto::SecureBytes pin() {
  return cw::crypto::SecureBytes(kPin.constData(), kPin.size());
}

// Inserts the card and waits for the PIN page.
void insertCard(cw::test::CardSimProcess& cards, cw::test::SignOnStation& station) {
  if (!cards.insert(kPersona, 0)) {
    fail(cards.error());
  }
  waitFor([&] { return station.sessions().state() == State::PinEntry; }, "the PIN page");
}

// The PIN given -> the work area shown, in ms.
double timePinToWork(cw::test::SignOnStation& station) {
  QElapsedTimer timer;
  timer.start();
  station.sessions().submitPin(pin());
  spinUntil([&] { return station.sessions().state() == State::Active && station.workAreaShown(); },
            "the work area");
  return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

void removeCard(cw::test::CardSimProcess& cards, cw::test::SignOnStation& station) {
  if (!cards.remove(0)) {
    fail(cards.error());
  }
  waitFor([&] { return station.sessions().state() == State::NoCard; }, "the card removal");
}

// The token endpoint's round trip, raw: the same POST the client makes (an
// unusable code, so the IdP answers at once with invalid_grant).
double rawTokenRequestMs(const QUrl& issuer, const QString& clientId) {
  CURL* curl = curl_easy_init();
  const QByteArray url = (issuer.toString() + QStringLiteral("/access_token")).toUtf8();
  const QByteArray form = "grant_type=authorization_code&code=unusable&code_verifier=" + QByteArray(43, 'a') +
                          "&redirect_uri=http%3A%2F%2F127.0.0.1%2Fcallback&client_id=" + clientId.toUtf8();
  curl_easy_setopt(curl, CURLOPT_URL, url.constData());
  curl_easy_setopt(curl, CURLOPT_POSTFIELDS, form.constData());
  curl_easy_setopt(
      curl, CURLOPT_WRITEFUNCTION, +[](char*, size_t size, size_t count, void*) { return size * count; });
  QElapsedTimer timer;
  timer.start();
  if (curl_easy_perform(curl) != CURLE_OK) {
    fail(QStringLiteral("the raw token request failed"));
  }
  const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
  curl_easy_cleanup(curl);
  return ms;
}

// VERIFY PIN and GENERAL AUTHENTICATE alone, on a card with no session.
double rawCardProofMs(cw::test::CardSimProcess& cards) {
  if (!cards.insert(kPersona, 0)) {
    fail(cards.error());
  }
  QTest::qWait(600);  // pcscd notices the card
  auto channel = cw::smartcard::PcscCardChannel::connect(kReader);
  if (!channel.ok()) {
    fail(channel.error().message);
  }
  cw::smartcard::PivCard card(*channel.value());
  if (!card.select().ok()) {
    fail(QStringLiteral("SELECT failed"));
  }
  const auto der = card.readCertificate(cw::smartcard::PivSlot::Authentication);
  const auto certificate = cw::smartcard::CardCertificate::fromDer(der.ok() ? der.value() : QByteArray());
  if (!certificate.ok()) {
    fail(QStringLiteral("no certificate"));
  }
  const QByteArray digest = QCryptographicHash::hash("bench challenge", QCryptographicHash::Sha256);
  QElapsedTimer timer;
  timer.start();
  const auto verified = card.verifyPin(pin());
  const auto signature = card.sign(certificate->keyAlgorithm(), digest);
  const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
  if (verified.outcome != cw::smartcard::PivCard::PinVerification::Outcome::Verified || !signature.ok()) {
    fail(QStringLiteral("the raw card proof failed"));
  }
  card.logout();
  channel.value().reset();
  cards.remove(0);
  QTest::qWait(600);
  return ms;
}

}  // namespace

int main(int argc, char* argv[]) {
  cw::shell::prepareForLoginBrowser();
  QApplication app(argc, argv);
  const QStringList args = app.arguments();
  if (args.size() != 4) {
    fail(QStringLiteral("usage: bench_sso <cardsim> <demo-idp server.mjs> <results.json>"));
  }
  qputenv("CARDSIM", args.at(1).toUtf8());
  qputenv("DEMO_IDP", args.at(2).toUtf8());
  const QString clientId = QStringLiteral("clinical-workstation-bench");

  cw::test::Pcscd pcscd;
  if (!pcscd.ensureRunning()) {
    fail(pcscd.error());
  }
  cw::test::CardSimProcess cards;
  if (!cards.start()) {
    fail(cards.error());
  }
  const QString trust = cards.trustDirectory() + QStringLiteral("/card-ca.pem");
  cw::test::DemoIdpProcess idp(cards.accountsFile(), trust, clientId);
  if (!idp.start()) {
    fail(idp.error());
  }

  QList<double> resumeLimit;
  QList<double> tokenLimit;
  for (int run = 0; run < kRuns; ++run) {
    resumeLimit.append(rawCardProofMs(cards));
    tokenLimit.append(rawTokenRequestMs(idp.issuer(), clientId));
  }

  QList<double> firstLogin;
  QList<double> resume;
  QList<double> lock;
  for (int run = 0; run < kRuns; ++run) {
    // A fresh workstation each run: the first login of a shift.
    cw::test::SignOnStation station(idp.issuer(), clientId, trust, {}, false);
    if (!station.hasSessions()) {
      fail(station.problem());
    }
    // Connected before the session manager's own slot, so the clock starts
    // when the PC/SC removal event reaches the UI thread.
    QElapsedTimer sinceRemoval;
    QObject::connect(&station.signOn().cardMonitor(), &cw::smartcard::CardMonitor::cardRemoved,
                     &station.window(), [&sinceRemoval] { sinceRemoval.start(); });
    station.signOn().start();
    station.window().resize(1280, 800);
    insertCard(cards, station);
    firstLogin.append(timePinToWork(station));

    if (!cards.remove(0)) {
      fail(cards.error());
    }
    spinUntil(
        [&] {
          return sinceRemoval.isValid() && !station.workAreaShown() &&
                 station.visibleText().contains(QStringLiteral("Workstation locked"));
        },
        "the lock screen");
    station.window().grab();  // drawn, not just decided
    lock.append(static_cast<double>(sinceRemoval.nsecsElapsed()) / 1e6);
    waitFor([&] { return station.sessions().state() == State::NoCard; }, "the card removal");

    insertCard(cards, station);
    resume.append(timePinToWork(station));
    removeCard(cards, station);
  }

  cw::bench::BenchReport report(args.at(3));
  report.add(QStringLiteral("sso.first_login_ms"), cw::bench::median(firstLogin), QStringLiteral("ms"));
  report.add(QStringLiteral("sso.first_login_limit_ms"), cw::bench::median(tokenLimit), QStringLiteral("ms"));
  report.add(QStringLiteral("sso.resume_ms"), cw::bench::median(resume), QStringLiteral("ms"));
  report.add(QStringLiteral("sso.resume_limit_ms"), cw::bench::median(resumeLimit), QStringLiteral("ms"));
  report.add(QStringLiteral("sso.lock_ms"), cw::bench::median(lock), QStringLiteral("ms"));
  return 0;
}
