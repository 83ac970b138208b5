// Turns SIGTERM and SIGINT into a call on the event loop, so the server
// closes its database cleanly instead of dying mid-write.
#pragma once

#include <QObject>

#include <functional>

class QSocketNotifier;

namespace cw::devserver {

class ShutdownSignals : public QObject {
  Q_OBJECT

 public:
  // Only one instance may exist. `onSignal` runs on this object's thread.
  explicit ShutdownSignals(std::function<void()> onSignal, QObject* parent = nullptr);
  ~ShutdownSignals() override;

 private:
  std::function<void()> m_onSignal;
  QSocketNotifier* m_notifier = nullptr;
};

}  // namespace cw::devserver
