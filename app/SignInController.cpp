#include "app/SignInController.h"

#include "app/CardProblem.h"
#include "app/LoginBrowserLoader.h"
#include "app/ShellWindow.h"
#include "app/SignInScreen.h"

namespace cw::shell {
namespace {

using State = identity::SessionManager::State;

// The JWS name of what the card's key signs with (the IdP checks it).
QString signatureAlgorithm(smartcard::KeyAlgorithm algorithm) {
  return algorithm == smartcard::KeyAlgorithm::Rsa2048 ? QStringLiteral("RS256") : QStringLiteral("ES256");
}

}  // namespace

SignInController::SignInController(ShellWindow& window, identity::SessionManager* sessions,
                                   LoginBrowserLoader& browsers, QString problem,
                                   LoginBrowserFactory* systemBrowser, QObject* parent)
    : QObject(parent),
      m_window(window),
      m_screen(*window.signInScreen()),
      m_sessions(sessions),
      m_browsers(browsers),
      m_systemBrowser(systemBrowser),
      m_problem(std::move(problem)) {
  if (m_sessions == nullptr) {
    m_screen.showInsertCard(m_problem);
    return;
  }
  // Rendered after the event that changed the state has been handled, so
  // the shell window's own reaction to a lock never hides the PIN page.
  connect(m_sessions, &identity::SessionManager::stateChanged, this, &SignInController::render,
          Qt::QueuedConnection);
  connect(m_sessions, &identity::SessionManager::currentSessionChanged, &m_window, &ShellWindow::setSession);
  connect(m_sessions, &identity::SessionManager::browserLoginRequested, this,
          &SignInController::openLoginPage);
  connect(m_sessions, &identity::SessionManager::browserLoginEnded, this, &SignInController::closeLoginPage);

  connect(&m_screen, &SignInScreen::pinSubmitted, this,
          [this] { m_sessions->submitPin(m_screen.takePin()); });
  connect(&m_screen, &SignInScreen::roleChosen, m_sessions, &identity::SessionManager::chooseRole);
  connect(&m_screen, &SignInScreen::cancelRequested, m_sessions, &identity::SessionManager::cancel);
  connect(&m_screen, &SignInScreen::signOutRequested, m_sessions, &identity::SessionManager::signOut);
  render();
}

void SignInController::render() {
  const identity::SignInPrompt& prompt = m_sessions->prompt();
  switch (m_sessions->state()) {
    case State::NoCard:
      if (const identity::Session* session = m_sessions->currentSession()) {
        m_screen.showLocked(session->user().displayName, prompt.notice);
      } else {
        m_screen.showInsertCard(prompt.notice);
      }
      return;
    case State::ReadingCard: m_screen.showBusy(tr("Reading your card…")); return;
    case State::CardProblem:
      if (prompt.problem == identity::SignInProblem::Other) {
        m_screen.showCardProblem(prompt.title, prompt.message);
      } else {
        const CardProblemText text = cardProblemText(prompt.problem);
        m_screen.showCardProblem(text.title, text.whatToDo);
      }
      return;
    case State::PinEntry: m_screen.showPinEntry(prompt.displayName, prompt.triesLeft, prompt.error); return;
    case State::CheckingCard: m_screen.showBusy(prompt.message); return;
    case State::SigningIn:
      if (m_loginPage) {
        m_screen.showLoginPage(m_loginPage);
      } else {
        m_screen.showBusy(prompt.message);
      }
      return;
    case State::ChoosingRole: m_screen.showRolePicker(prompt.roles, prompt.displayName); return;
    case State::Active: return;  // the shell window shows the work area
  }
}

void SignInController::openLoginPage(const QUrl& authorizationUrl, const QUrl& redirectUri) {
  LoginBrowserFactory* factory = m_systemBrowser != nullptr ? m_systemBrowser : m_browsers.factory();
  if (factory == nullptr) {
    m_sessions->browserFailed(m_browsers.error());
    return;
  }
  LoginPageRequest request;
  request.authorizationUrl = authorizationUrl;
  request.redirectUri = redirectUri;
  request.signWithCard = [this](const QByteArray& message) {
    const QByteArray certificate = m_sessions->cardCertificate();
    const QString algorithm = signatureAlgorithm(m_sessions->cardKeyAlgorithm());
    return m_sessions->signForLoginPage(message).then(
        [certificate, algorithm](const smartcard::CardResult<QByteArray>& signature) {
          if (!signature.ok()) {
            return CardSignature{{}, {}, {}, signature.error().message};
          }
          return CardSignature{certificate, signature.value(), algorithm, {}};
        });
  };
  request.onRedirect = [this](const QUrl& redirect) { m_sessions->browserRedirected(redirect); };
  request.onFailure = [this](const QString& reason) { m_sessions->browserFailed(reason); };
  closeLoginPage();
  m_loginPage = factory->createLoginPage(request, nullptr);
  m_screen.showLoginPage(m_loginPage);
}

void SignInController::closeLoginPage() {
  // Later, not now: this may run inside the page's own navigation callback.
  if (m_loginPage) {
    m_loginPage->hide();
    m_loginPage->deleteLater();
  }
  m_loginPage.clear();
}

}  // namespace cw::shell
