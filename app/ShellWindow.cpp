#include "app/ShellWindow.h"

#include "app/IdleLockMonitor.h"
#include "app/PatientBannerArea.h"
#include "app/ShellStatusBar.h"
#include "app/SignInScreen.h"
#include "core/config/EffectiveConfig.h"
#include "core/config/SettingSchema.h"
#include "core/identity/Session.h"
#include "core/module/ModuleRegistry.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QLoggingCategory>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcShell, "cw.shell")

namespace cw::shell {
namespace {

constexpr int kModuleRole = Qt::UserRole + 1;

}  // namespace

ShellWindow::ShellWindow(const module::ModuleRegistry& registry, const config::EffectiveConfig& config,
                         sync::SyncStatus* syncStatus, const base::Clock& clock, QWidget* parent)
    : QMainWindow(parent),
      m_registry(registry),
      m_config(config),
      m_syncStatus(syncStatus),
      m_clock(clock),
      m_pages(new QStackedWidget),
      m_signIn(new SignInScreen(config, registry.visibleTo(nullptr))),
      m_publicPage(new QWidget),
      m_publicLayout(new QVBoxLayout(m_publicPage)),
      m_statusBar(new ShellStatusBar(syncStatus)),
      m_idleLock(new IdleLockMonitor(clock, config.integer(config::keys::kIdleLockMinutes), this)) {
  setWindowTitle(tr("Clinical Workstation"));
  resize(1280, 800);

  m_publicPage->setObjectName(QStringLiteral("publicModulePage"));
  auto* back = new QPushButton(tr("Back to sign-in"));
  back->setObjectName(QStringLiteral("backToSignIn"));
  connect(back, &QPushButton::clicked, this, &ShellWindow::closePublicPage);
  m_publicLayout->addWidget(back, 0, Qt::AlignLeft);

  m_workArea = buildWorkArea();
  m_pages->addWidget(m_workArea);
  m_pages->addWidget(m_signIn);
  m_pages->addWidget(m_publicPage);
  setCentralWidget(m_pages);
  setStatusBar(m_statusBar);

  connect(m_signIn, &SignInScreen::moduleRequested, this, &ShellWindow::openWithoutSession);
  connect(m_navigation, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
    if (item != nullptr) {
      showModule(item->data(kModuleRole).value<const module::Module*>());
    }
  });
  connect(&m_patient, &module::PatientContext::changed, this, [this] {
    for (auto& [module, view] : m_views) {
      view->patientChanged();
    }
  });
  showCurrentPage();
}

ShellWindow::~ShellWindow() = default;

QWidget* ShellWindow::buildWorkArea() {
  auto* area = new QWidget;
  area->setObjectName(QStringLiteral("workArea"));
  m_navigation = new QListWidget;
  m_navigation->setObjectName(QStringLiteral("navigation"));
  m_navigation->setFixedWidth(240);
  m_navigation->setIconSize(QSize(24, 24));
  m_moduleStack = new QStackedWidget;
  m_moduleStack->setObjectName(QStringLiteral("moduleStack"));

  auto* body = new QHBoxLayout;
  body->setSpacing(0);
  body->addWidget(m_navigation);
  body->addWidget(m_moduleStack, 1);
  auto* layout = new QVBoxLayout(area);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(0);
  m_banner = new PatientBannerArea(&m_patient, m_clock);
  layout->addWidget(m_banner);
  layout->addLayout(body, 1);
  return area;
}

void ShellWindow::setSession(identity::Session* session) {
  if (m_session) {
    disconnect(m_session, nullptr, this, nullptr);
  }
  closePublicPage();
  destroyViews();
  m_patient.clear();
  m_session = session;
  m_statusBar->setSession(session);
  m_idleLock->setSession(session);

  m_navigation->clear();
  if (session != nullptr) {
    connect(session, &identity::Session::lockedChanged, this, &ShellWindow::onLockedChanged);
    connect(session, &QObject::destroyed, this, [this] { setSession(nullptr); });
    for (const module::Module* module : m_registry.visibleTo(session)) {
      const module::ModuleInfo info = module->info();
      auto* item = new QListWidgetItem(info.icon, info.title, m_navigation);
      item->setData(kModuleRole, QVariant::fromValue(module));
    }
    m_navigation->setCurrentRow(0);
    qCInfo(lcShell) << "session started with" << m_navigation->count() << "modules";
  }
  showCurrentPage();
}

void ShellWindow::showModule(const module::Module* module) {
  auto found = m_views.find(module);
  if (found == m_views.end()) {
    module::ModuleView* view = module->createView(contextFor(m_session), m_moduleStack);
    m_moduleStack->addWidget(view);
    found = m_views.emplace(module, view).first;
  }
  m_moduleStack->setCurrentWidget(found->second);
}

void ShellWindow::openWithoutSession(const module::Module* module) {
  closePublicPage();
  m_publicView = module->createView(contextFor(nullptr), m_publicPage);
  m_publicLayout->addWidget(m_publicView, 1);
  m_pages->setCurrentWidget(m_publicPage);
}

void ShellWindow::closePublicPage() {
  delete m_publicView;
  showCurrentPage();
}

void ShellWindow::onLockedChanged(bool locked) {
  if (locked) {
    for (auto& [module, view] : m_views) {
      view->sessionLocked();
    }
    qCInfo(lcShell) << "session locked";
  }
  showCurrentPage();
}

void ShellWindow::showCurrentPage() {
  const bool working = m_session && !m_session->isLocked();
  if (!m_session) {
    m_signIn->showInsertCard();
  } else if (m_session->isLocked()) {
    m_signIn->showLocked(m_session->user().displayName);
  }
  m_pages->setCurrentWidget(working ? m_workArea : m_signIn);
}

void ShellWindow::destroyViews() {
  for (auto& [module, view] : m_views) {
    delete view;
  }
  m_views.clear();
}

void ShellWindow::setClinicalServices(store::Store* store, audit::AuditTrail* audit) {
  m_store = store;
  m_audit = audit;
  m_banner->setStore(store);
}

module::ModuleContext ShellWindow::contextFor(const identity::Session* session) {
  // Patient data only for a session: the pages shown before sign-in get no store.
  return {session, &m_patient, &m_config, m_syncStatus, &m_clock, session == nullptr ? nullptr : m_store,
          m_audit};
}

}  // namespace cw::shell
