// Turns card events, the PIN and the identity provider into sessions
// (decision 004): insert -> PIN -> card proof -> resume a parked session or
// sign in at the identity provider -> role -> active. Card removal locks (or
// logs out, by policy); another card parks the current session and switches.
// Every step is audited. Runs on the UI thread; the card and the network
// work on their own threads and answer through futures.
#pragma once

#include "core/identity/AccessTokenRenewal.h"
#include "core/identity/ParkedSessions.h"
#include "core/identity/ProviderSignIn.h"
#include "core/identity/SignInProblem.h"
#include "smartcard/CardInfo.h"
#include "smartcard/CardResult.h"
#include "smartcard/CardholderProof.h"

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <optional>

namespace cw::audit {
class AuditTrail;
enum class SessionAction;
}  // namespace cw::audit
namespace cw::base {
class Clock;
}
namespace cw::smartcard {
class CardService;
}

namespace cw::identity {

struct SessionPolicy {
  bool logoutOnCardRemoval = false;  // card_removal=logout
  std::chrono::hours maxSessionAge{10};
  std::size_t maxParkedSessions = 5;
  // How long the identity provider may take, browser included, before the
  // sign-in is given up with a clear message.
  std::chrono::seconds signInTimeout{120};
  QString workstationName;  // for the audit trail
};

// What the sign-in screen shows in the current state.
struct SignInPrompt {
  QString displayName;  // the card holder's, from the certificate
  int triesLeft = -1;
  QString error;                                 // e.g. a wrong PIN, shown on the PIN page
  SignInProblem problem = SignInProblem::Other;  // CardProblem: which one
  QString title;                                 // CardProblem (Other): what happened
  QString message;              // CardProblem (Other): what to do; busy states: what is going on
  QString notice;               // NoCard: e.g. the card service is down
  QList<RoleAssignment> roles;  // ChoosingRole
};

class SessionManager : public QObject {
  Q_OBJECT

 public:
  enum class State {
    NoCard,
    ReadingCard,
    CardProblem,
    PinEntry,
    CheckingCard,
    SigningIn,
    ChoosingRole,
    Active
  };
  Q_ENUM(State)

  SessionManager(SessionPolicy policy, smartcard::CardService& cards, OidcClient& oidc,
                 audit::AuditTrail& audit, const base::Clock& clock, QObject* parent = nullptr);
  ~SessionManager() override;

  State state() const { return m_state; }
  const SignInPrompt& prompt() const { return m_prompt; }
  // The session in use: locked unless state() is Active; null when nobody
  // is signed in (or the last session ended).
  Session* currentSession() const { return m_current; }
  std::size_t sessionCount() const { return m_sessions.size(); }
  // The bearer token of the active session; null while locked, and once it
  // has expired without being renewed.
  SharedSecret accessToken() const;

  // Card events, from CardMonitor.
  void cardInserted(const QString& reader);
  void cardRemoved(const QString& reader);
  void cardServiceAvailable(bool available);
  void cardReadersChanged(const QStringList& readers);

  // The person at the workstation.
  void submitPin(crypto::SecureBytes pin);
  void chooseRole(const QString& roleProfileId);
  void cancel();
  void signOut();

  // The sign-in browser.
  void browserRedirected(const QUrl& redirect);
  void browserFailed(const QString& reason);
  // The card's signature for the identity provider's login page; only
  // while signing in, with the PIN already verified.
  QFuture<smartcard::CardResult<QByteArray>> signForLoginPage(const QByteArray& message);
  // DER of the card's authentication certificate (empty without a card).
  QByteArray cardCertificate() const;
  // Its key's algorithm, as read when the card was (Unsupported without one).
  smartcard::KeyAlgorithm cardKeyAlgorithm() const;

 Q_SIGNALS:
  void stateChanged(cw::identity::SessionManager::State state);
  void currentSessionChanged(cw::identity::Session* session);
  void browserLoginRequested(const QUrl& authorizationUrl, const QUrl& redirectUri);
  // The browser is no longer needed (finished, failed, cancelled, card pulled).
  void browserLoginEnded();

 private:
  void setState(State state);
  int newAttempt();
  void abandonAttempt();
  void showProblem(const QString& title, const QString& whatToDo);
  void showProblem(SignInProblem problem);
  void promptForPin(const QString& error);

  void onCardRead(const smartcard::CardResult<smartcard::CardInfo>& result);
  void onCardholderProof(const smartcard::CardholderProof& proof);
  void onCardholderVerified();
  void startProviderSignIn();
  void onProviderIdentity(const OidcResult<ProviderIdentity>& result);
  void openSession(const RoleAssignment& role);
  void resume(SessionEntry& entry);

  void makeCurrent(Session* session);
  void lockCurrent(const QString& reason);
  void onCurrentLockedChanged(bool locked);
  void endSession(Session* session, const QString& reason);
  void endEntries(std::vector<SessionEntry> entries, const QString& reason);
  void expireSessions();
  void followTokens(const SessionEntry& entry);
  void onTokensRenewed(const Session* session, const TokenSet& tokens);
  void onRenewalRefused(const Session* session);
  void audit(audit::SessionAction action, const Session* session, const QString& reason);
  void auditFailure(const QString& reason);

  SessionPolicy m_policy;
  smartcard::CardService& m_cards;
  OidcClient& m_oidc;
  audit::AuditTrail& m_audit;
  const base::Clock& m_clock;

  State m_state = State::NoCard;
  SignInPrompt m_prompt;
  ParkedSessions m_sessions;
  QPointer<Session> m_current;

  // The card being handled: the reader it sits in and what it said.
  QString m_reader;
  std::optional<smartcard::CardInfo> m_card;
  // Answers from an abandoned attempt (card pulled, cancelled) are dropped.
  int m_attempt = 0;
  std::optional<AuthorizationRequest> m_request;
  std::optional<ProviderIdentity> m_pendingIdentity;
  QString m_lockReason;  // set while this class locks the session itself
  QTimer m_signInTimeout;
  QTimer m_expiry;
  AccessTokenRenewal m_renewal;
};

}  // namespace cw::identity
