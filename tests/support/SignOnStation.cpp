#include "tests/support/SignOnStation.h"

#include "app/BuiltInModules.h"
#include "core/config/IniConfigReader.h"

#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTest>

namespace cw::test {
namespace {

config::EffectiveConfig stationConfig(const QUrl& issuer, const QString& clientId,
                                      const QString& trustAnchors, const QByteArray& extra) {
  return config::EffectiveConfig::resolve({config::parseIniLayer(
      config::ConfigSource::Machine, QStringLiteral("/etc/clinical-workstation/workstation.conf"),
      "fhir_base_url=http://127.0.0.1:9/fhir\noidc_issuer=" + issuer.toString().toUtf8() +
          "\noidc_client_id=" + clientId.toUtf8() + "\ncard_trust_anchors=" + trustAnchors.toUtf8() + "\n" +
          extra)});
}

audit::SessionAction actionOf(const fhir::AuditEvent& event) {
  using A = audit::SessionAction;
  const QString code = event.subtypes().value(0).code;
  if (code == QLatin1String("110122")) {
    return event.outcome() == QLatin1String("0") ? A::Login : A::LoginFailed;
  }
  if (code == QLatin1String("110123")) {
    return A::Logout;
  }
  if (code == QLatin1String("lock")) {
    return A::Lock;
  }
  return code == QLatin1String("unlock") ? A::Unlock : A::Switch;
}

}  // namespace

SignOnStation::SignOnStation(const QUrl& issuer, const QString& clientId, const QString& trustAnchors,
                             const QByteArray& extraConfig, bool startNow)
    : m_config(stationConfig(issuer, clientId, trustAnchors, extraConfig)),
      m_window((shell::registerBuiltInModules(m_registry), m_registry), m_config, &m_sync, m_clock),
      m_signOn(m_config, m_clock),
      m_controller(m_window, m_signOn.sessions(), m_browsers, m_signOn.problem(), m_signOn.systemBrowser()) {
  m_window.show();
  if (startNow) {
    m_signOn.start();
  }
}

bool SignOnStation::waitForState(identity::SessionManager::State state, int timeoutMs) {
  return QTest::qWaitFor([&] { return sessions().state() == state; }, timeoutMs);
}

bool SignOnStation::typePin(const QString& pin, int timeoutMs) {
  if (!waitForState(identity::SessionManager::State::PinEntry, timeoutMs)) {
    return false;
  }
  auto* field = m_window.findChild<QLineEdit*>(QStringLiteral("pinField"));
  if (field == nullptr || !QTest::qWaitFor([field] { return field->isVisible(); })) {
    return false;
  }
  field->setFocus();
  QTest::keyClicks(field, pin);
  QTest::keyClick(field, Qt::Key_Return);
  return true;
}

QString SignOnStation::visibleText() const {
  QStringList texts;
  for (QLabel* label : m_window.findChildren<QLabel*>()) {
    if (label->isVisibleTo(&m_window)) {
      texts.append(label->text());
    }
  }
  return texts.join(QLatin1Char('\n'));
}

bool SignOnStation::workAreaShown() const {
  return m_window.findChild<QStackedWidget*>()->currentWidget()->objectName() == QLatin1String("workArea");
}

QList<audit::SessionAction> SignOnStation::auditedActions() {
  QList<audit::SessionAction> actions;
  for (const fhir::AuditEvent& event : m_signOn.auditTrail().pending()) {
    actions.append(actionOf(event));
  }
  return actions;
}

}  // namespace cw::test
