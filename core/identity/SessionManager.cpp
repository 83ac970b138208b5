#include "core/identity/SessionManager.h"

#include "core/audit/AuditTrail.h"
#include "core/base/Clock.h"
#include "core/base/WhenReady.h"
#include "core/identity/IdentityTr.h"
#include "smartcard/CardService.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSession, "cw.session")

namespace cw::identity {

using audit::SessionAction;
using smartcard::CardholderProof;

namespace {

// Audit reasons are fixed English phrases: the trail is read by auditors
// and tools, not shown on screen.
const QString kCardRemoved = QStringLiteral("card removed");
const QString kAnotherCard = QStringLiteral("another card inserted");
const QString kIdle = QStringLiteral("idle");
const QString kServiceStopped = QStringLiteral("card service stopped");

}  // namespace

SessionManager::SessionManager(SessionPolicy policy, smartcard::CardService& cards, OidcClient& oidc,
                               audit::AuditTrail& audit, const base::Clock& clock, QObject* parent)
    : QObject(parent),
      m_policy(std::move(policy)),
      m_cards(cards),
      m_oidc(oidc),
      m_audit(audit),
      m_clock(clock),
      m_renewal(oidc, clock) {
  m_signInTimeout.setSingleShot(true);
  m_signInTimeout.setInterval(m_policy.signInTimeout);
  connect(&m_signInTimeout, &QTimer::timeout, this, [this] {
    abandonAttempt();
    auditFailure(QStringLiteral("identity provider timed out"));
    showProblem(
        Tr::tr("The identity provider did not answer in time"),
        Tr::tr("Check the network connection, then take your card out and put it back to try again."));
  });
  m_expiry.setInterval(std::chrono::minutes(1));
  connect(&m_expiry, &QTimer::timeout, this, &SessionManager::expireSessions);
  m_expiry.start();
  connect(&m_renewal, &AccessTokenRenewal::renewed, this, &SessionManager::onTokensRenewed);
  connect(&m_renewal, &AccessTokenRenewal::refused, this, &SessionManager::onRenewalRefused);
}

SessionManager::~SessionManager() = default;

SharedSecret SessionManager::accessToken() const {
  if (m_state != State::Active || m_current == nullptr) {
    return {};
  }
  const SessionEntry* entry = m_sessions.findSession(m_current);
  if (entry == nullptr) {
    return {};
  }
  const QDateTime expiresAt = entry->tokens.accessTokenExpiresAt;
  if (expiresAt.isValid() && expiresAt <= m_clock.now()) {
    return {};  // a token known to be dead is no use to anyone
  }
  return entry->tokens.accessToken;
}

// ---- card events -----------------------------------------------------------

void SessionManager::cardInserted(const QString& reader) {
  abandonAttempt();
  if (m_state == State::Active) {
    lockCurrent(kAnotherCard);
  }
  m_reader = reader;
  m_card.reset();
  m_prompt = {};
  setState(State::ReadingCard);
  const int attempt = newAttempt();
  base::whenReady(m_cards.readCard(reader), this,
                  [this, attempt](const smartcard::CardResult<smartcard::CardInfo>& result) {
                    if (attempt == m_attempt) {
                      onCardRead(result);
                    }
                  });
}

void SessionManager::cardRemoved(const QString& reader) {
  if (reader != m_reader) {
    return;  // a card in another reader, not the one being used
  }
  abandonAttempt();
  m_reader.clear();
  m_card.reset();
  if (m_state == State::Active && m_current != nullptr) {
    if (m_policy.logoutOnCardRemoval) {
      endSession(m_current, kCardRemoved);
    } else {
      lockCurrent(kCardRemoved);
    }
  }
  m_prompt = {};
  setState(State::NoCard);
}

void SessionManager::cardServiceAvailable(bool available) {
  if (available) {
    m_prompt.notice.clear();
    setState(m_state);
    return;
  }
  // Without the service a card removal cannot be seen: fail closed.
  abandonAttempt();
  if (m_state == State::Active) {
    lockCurrent(kServiceStopped);
  }
  m_reader.clear();
  m_card.reset();
  m_prompt = {};
  m_prompt.notice = Tr::tr(
      "The smartcard service is not running, so cards cannot be read. It is being "
      "restarted; if this message stays, tell IT.");
  setState(State::NoCard);
}

void SessionManager::cardReadersChanged(const QStringList& readers) {
  const QString noReader =
      Tr::tr("No card reader is connected. Check that the reader is plugged in; if it is, tell IT.");
  if (readers.isEmpty()) {
    m_prompt.notice = noReader;
  } else if (m_prompt.notice == noReader) {
    m_prompt.notice.clear();
  } else {
    return;
  }
  if (m_state == State::NoCard) {
    setState(m_state);  // shows the notice (or stops showing it)
  }
}

void SessionManager::onCardRead(const smartcard::CardResult<smartcard::CardInfo>& result) {
  if (!result.ok()) {
    if (result.error().kind == smartcard::CardError::Kind::CardRemoved) {
      return;  // the removal event follows
    }
    showProblem(Tr::tr("This card could not be read"), result.error().message);
    return;
  }
  const smartcard::CardInfo& card = result.value();
  if (!card.isPiv) {
    showProblem(SignInProblem::NotPiv);
    return;
  }
  switch (card.trust) {
    case smartcard::TrustResult::Trusted: break;
    case smartcard::TrustResult::Expired: showProblem(SignInProblem::CertificateExpired); return;
    case smartcard::TrustResult::Untrusted: showProblem(SignInProblem::CertificateUntrusted); return;
    case smartcard::TrustResult::NotYetValid:
    case smartcard::TrustResult::Malformed:
      showProblem(Tr::tr("This card cannot be used to sign in"),
                  smartcard::CertificateVerifier::describe(card.trust));
      return;
  }
  m_card = card;
  if (card.triesLeft == 0) {
    showProblem(SignInProblem::Blocked);
    return;
  }
  m_prompt.displayName = card.displayName;
  m_prompt.triesLeft = card.triesLeft;
  promptForPin({});
}

// ---- PIN and card proof ----------------------------------------------------

void SessionManager::submitPin(crypto::SecureBytes pin) {
  if (m_state != State::PinEntry || !m_card) {
    return;  // `pin` is wiped as it goes out of scope
  }
  m_prompt.error.clear();
  m_prompt.message = Tr::tr("Checking your card…");
  setState(State::CheckingCard);
  const int attempt = newAttempt();
  base::whenReady(m_cards.proveCardholder(m_reader, std::move(pin)), this,
                  [this, attempt](const CardholderProof& proof) {
                    if (attempt == m_attempt) {
                      onCardholderProof(proof);
                    }
                  });
}

void SessionManager::onCardholderProof(const CardholderProof& proof) {
  switch (proof.outcome) {
    case CardholderProof::Outcome::Verified: onCardholderVerified(); return;
    case CardholderProof::Outcome::WrongPin:
      auditFailure(QStringLiteral("wrong PIN"));
      m_prompt.triesLeft = proof.triesLeft;
      promptForPin(Tr::tr("That PIN is not right."));
      return;
    case CardholderProof::Outcome::Blocked:
      auditFailure(QStringLiteral("card blocked"));
      showProblem(SignInProblem::Blocked);
      return;
    case CardholderProof::Outcome::CardRemoved: return;  // the removal event follows
    case CardholderProof::Outcome::Failed:
      showProblem(Tr::tr("Your card could not be checked"), proof.error.message);
      return;
  }
}

void SessionManager::onCardholderVerified() {
  expireSessions();
  SessionEntry* entry = m_sessions.find(m_card->userId);
  if (entry != nullptr && entry->cardCertificate == m_card->certificate->der()) {
    resume(*entry);
    return;
  }
  if (entry != nullptr) {
    // The same person with another card (a replacement): its session was
    // opened by a card that is no longer in use.
    endSession(entry->session.get(), QStringLiteral("card replaced"));
  }
  startProviderSignIn();
}

void SessionManager::resume(SessionEntry& entry) {
  const Session* previous = m_current;
  entry.lastUsed = m_clock.now();
  makeCurrent(entry.session.get());
  entry.session->unlock();
  followTokens(entry);
  audit(
      previous != nullptr && previous != entry.session.get() ? SessionAction::Switch : SessionAction::Unlock,
      entry.session.get(), {});
  m_prompt = {};
  setState(State::Active);
}

// ---- the identity provider -------------------------------------------------

void SessionManager::startProviderSignIn() {
  m_prompt.message = Tr::tr("Signing in…");
  setState(State::SigningIn);
  m_signInTimeout.start();
  const int attempt = newAttempt();
  base::whenReady(
      beginProviderSignIn(m_oidc), this, [this, attempt](const OidcResult<AuthorizationRequest>& begun) {
        if (attempt != m_attempt) {
          return;
        }
        if (!begun.ok()) {
          m_signInTimeout.stop();
          auditFailure(QStringLiteral("identity provider unavailable"));
          showProblem(
              Tr::tr("Sign-in is not available"),
              begun.error.message + QLatin1Char(' ') +
                  Tr::tr(
                      "Take your card out and put it back to try again; if this keeps happening, tell IT."));
          return;
        }
        m_request = *begun.value;
        Q_EMIT browserLoginRequested(m_request->url(), QUrl(m_request->parameters().redirectUri));
      });
}

void SessionManager::browserRedirected(const QUrl& redirect) {
  if (m_state != State::SigningIn || !m_request) {
    return;
  }
  Q_EMIT browserLoginEnded();
  const int attempt = m_attempt;
  base::whenReady(completeProviderSignIn(m_oidc, *m_request, redirect), this,
                  [this, attempt](const OidcResult<ProviderIdentity>& result) {
                    if (attempt == m_attempt) {
                      onProviderIdentity(result);
                    }
                  });
}

void SessionManager::browserFailed(const QString& reason) {
  if (m_state != State::SigningIn) {
    return;
  }
  abandonAttempt();
  auditFailure(QStringLiteral("sign-in page failed"));
  showProblem(Tr::tr("Sign-in did not finish"), reason);
}

QFuture<smartcard::CardResult<QByteArray>> SessionManager::signForLoginPage(const QByteArray& message) {
  if (m_state != State::SigningIn || !m_card) {
    return QtFuture::makeReadyFuture(smartcard::CardResult<QByteArray>(
        smartcard::CardError{smartcard::CardError::Kind::NotVerified,
                             Tr::tr("The card signs only while you are signing in."), 0}));
  }
  return m_cards.sign(m_reader, message);
}

QByteArray SessionManager::cardCertificate() const {
  return m_card && m_card->certificate ? m_card->certificate->der() : QByteArray();
}

smartcard::KeyAlgorithm SessionManager::cardKeyAlgorithm() const {
  return m_card && m_card->certificate ? m_card->certificate->keyAlgorithm()
                                       : smartcard::KeyAlgorithm::Unsupported;
}

void SessionManager::onProviderIdentity(const OidcResult<ProviderIdentity>& result) {
  m_signInTimeout.stop();
  m_request.reset();
  if (!result.ok()) {
    auditFailure(QStringLiteral("identity provider refused: ") +
                 QString::number(static_cast<int>(result.error.kind)));
    showProblem(Tr::tr("Sign-in failed"), result.error.message);
    return;
  }
  const ProviderIdentity& identity = *result.value;
  if (identity.claims.user().userId != m_card->userId) {
    // The provider vouched for someone other than the card holder.
    auditFailure(QStringLiteral("card and identity provider name different users"));
    if (identity.tokens.idToken) {
      m_oidc.endSession(*identity.tokens.idToken);
    }
    showProblem(SignInProblem::IdentityMismatch);
    return;
  }
  if (!identity.claims.hasRoles()) {
    auditFailure(QStringLiteral("no roles"));
    showProblem(SignInProblem::NoRoles);
    return;
  }
  m_pendingIdentity = identity;
  if (const RoleAssignment* role = identity.claims.automaticRole()) {
    openSession(*role);
    return;
  }
  m_prompt.displayName = identity.claims.user().displayName;
  m_prompt.roles = identity.claims.roles();
  setState(State::ChoosingRole);
}

void SessionManager::chooseRole(const QString& roleProfileId) {
  if (m_state != State::ChoosingRole || !m_pendingIdentity) {
    return;
  }
  for (const RoleAssignment& role : m_pendingIdentity->claims.roles()) {
    if (role.roleProfileId == roleProfileId) {
      openSession(role);
      return;
    }
  }
}

void SessionManager::openSession(const RoleAssignment& role) {
  const Session* previous = m_current;
  const QDateTime now = m_clock.now();
  SessionEntry& entry = m_sessions.add({std::make_unique<Session>(m_pendingIdentity->claims.user(), role),
                                        m_pendingIdentity->tokens, m_card->certificate->der(), now, now});
  m_pendingIdentity.reset();
  Session* session = entry.session.get();  // `entry` moves when older sessions are evicted
  endEntries(m_sessions.takeBeyond(m_policy.maxParkedSessions, session),
             QStringLiteral("too many sessions on this workstation"));
  makeCurrent(session);
  followTokens(*m_sessions.findSession(session));
  audit(SessionAction::Login, session, {});
  if (previous != nullptr) {
    audit(SessionAction::Switch, session, {});
  }
  m_prompt = {};
  setState(State::Active);
}

// ---- the user's own actions ---------------------------------------------

void SessionManager::cancel() {
  if (m_state == State::Active || m_state == State::NoCard) {
    return;
  }
  abandonAttempt();
  m_card.reset();  // the card stays in; it must be reinserted to start again
  m_prompt = {};
  m_prompt.notice = Tr::tr("Sign-in cancelled. To try again, take your card out and put it back.");
  setState(State::NoCard);
}

void SessionManager::signOut() {
  if (m_current == nullptr) {
    return;
  }
  abandonAttempt();
  endSession(m_current, QStringLiteral("signed out"));
  m_card.reset();
  m_prompt = {};
  if (!m_reader.isEmpty()) {
    m_prompt.notice = Tr::tr("You are signed out. Take your card out of the reader.");
  }
  setState(State::NoCard);
}

// ---- sessions ---------------------------------------------------------------

void SessionManager::makeCurrent(Session* session) {
  if (m_current == session) {
    return;
  }
  if (m_current != nullptr) {
    disconnect(m_current, &Session::lockedChanged, this, &SessionManager::onCurrentLockedChanged);
    m_renewal.stop();
  }
  m_current = session;
  if (session != nullptr) {
    connect(session, &Session::lockedChanged, this, &SessionManager::onCurrentLockedChanged);
  }
  Q_EMIT currentSessionChanged(session);
}

void SessionManager::lockCurrent(const QString& reason) {
  if (m_current != nullptr && !m_current->isLocked()) {
    m_lockReason = reason;
    m_current->lock();
  }
}

void SessionManager::onCurrentLockedChanged(bool locked) {
  if (!locked) {
    return;
  }
  m_renewal.stop();
  const bool idle = m_lockReason.isEmpty();  // locked by the idle monitor, not by us
  audit(SessionAction::Lock, m_current, idle ? kIdle : m_lockReason);
  m_lockReason.clear();
  if (!idle || m_state != State::Active) {
    return;  // whoever locked it decides what comes next
  }
  if (m_card) {
    // The card is still in: the PIN unlocks, through the same card proof.
    m_prompt = {};
    m_prompt.displayName = m_current->user().displayName;
    promptForPin({});
  } else {
    setState(State::NoCard);
  }
}

void SessionManager::endSession(Session* session, const QString& reason) {
  endEntries(m_sessions.take(session), reason);
}

void SessionManager::endEntries(std::vector<SessionEntry> entries, const QString& reason) {
  for (SessionEntry& entry : entries) {
    audit(SessionAction::Logout, entry.session.get(), reason);
    if (entry.tokens.idToken) {
      m_oidc.endSession(*entry.tokens.idToken);  // best effort: the local session ends regardless
    }
    if (entry.session.get() == m_current) {
      makeCurrent(nullptr);
    }
  }
}

void SessionManager::expireSessions() {
  const QDateTime cutoff = m_clock.now().addSecs(
      -std::chrono::duration_cast<std::chrono::seconds>(m_policy.maxSessionAge).count());
  endEntries(m_sessions.takeExpired(cutoff, m_state == State::Active ? m_current.data() : nullptr),
             QStringLiteral("session too old"));
}

void SessionManager::followTokens(const SessionEntry& entry) {
  m_renewal.follow(entry.session.get(), entry.tokens);
}

void SessionManager::onTokensRenewed(const Session* session, const TokenSet& tokens) {
  if (SessionEntry* entry = m_sessions.findSession(session)) {
    entry->tokens = tokens;
  }
}

void SessionManager::onRenewalRefused(const Session* session) {
  // The local session goes on (the cache works offline); only the network
  // is closed to it until its user signs in at the provider again.
  if (SessionEntry* entry = m_sessions.findSession(session)) {
    entry->tokens.accessToken.reset();
    entry->tokens.refreshToken.reset();
  }
}

// ---- states and prompts -----------------------------------------------------

void SessionManager::setState(State state) {
  m_state = state;
  qCDebug(lcSession) << "state" << state;
  Q_EMIT stateChanged(state);
}

int SessionManager::newAttempt() {
  return ++m_attempt;
}

void SessionManager::abandonAttempt() {
  ++m_attempt;
  m_signInTimeout.stop();
  m_pendingIdentity.reset();
  if (m_request) {
    m_request.reset();
    Q_EMIT browserLoginEnded();
  }
}

void SessionManager::showProblem(const QString& title, const QString& whatToDo) {
  m_prompt.problem = SignInProblem::Other;
  m_prompt.title = title;
  m_prompt.message = whatToDo;
  setState(State::CardProblem);
}

void SessionManager::showProblem(SignInProblem problem) {
  m_prompt.problem = problem;
  m_prompt.title.clear();
  m_prompt.message.clear();
  setState(State::CardProblem);
}

void SessionManager::promptForPin(const QString& error) {
  m_prompt.error = error;
  m_prompt.message.clear();
  setState(State::PinEntry);
}

void SessionManager::audit(SessionAction action, const Session* session, const QString& reason) {
  audit::SessionAuditFacts facts;
  facts.action = action;
  if (session != nullptr) {
    facts.userId = session->user().userId;
    facts.userName = session->user().displayName;
    facts.roleProfileId = session->role().roleProfileId;
  }
  facts.workstation = m_policy.workstationName;
  facts.at = m_clock.now();
  facts.reason = reason;
  m_audit.recordSession(facts);
}

void SessionManager::auditFailure(const QString& reason) {
  audit::SessionAuditFacts facts;
  facts.action = SessionAction::LoginFailed;
  if (m_card) {
    facts.userId = m_card->userId;
    facts.userName = m_card->displayName;
  }
  facts.workstation = m_policy.workstationName;
  facts.at = m_clock.now();
  facts.reason = reason;
  m_audit.recordSession(facts);
}

}  // namespace cw::identity
