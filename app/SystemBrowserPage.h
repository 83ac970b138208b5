// What the sign-in screen shows while the person signs in in their web
// browser: where to look, and which identity provider to expect. It holds
// the loopback agent's wait for this sign-in: destroying the page ends it,
// so neither the redirect nor the card is served after a cancel.
#pragma once

#include "app/LoginBrowser.h"

#include <QPointer>
#include <QWidget>

namespace cw::shell {

class LoopbackAgent;

class SystemBrowserPage : public QWidget {
  Q_OBJECT

 public:
  SystemBrowserPage(LoopbackAgent& agent, const LoginPageRequest& request, QWidget* parent = nullptr);
  ~SystemBrowserPage() override;

 private:
  // The agent belongs to the sign-on services, which may go first at exit.
  QPointer<LoopbackAgent> m_agent;
  quint64 m_ticket = 0;
};

}  // namespace cw::shell
