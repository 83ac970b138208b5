// When the sync engine runs: at start, whenever a websocket subscription
// pings, after every (re)bind of one (pings are not replayed), and on a poll
// timer that never stops, so a lost ping costs at most one poll interval.
// One run at a time; a trigger during a run queues exactly one more. Where
// the CapabilityStatement announces websocket subscriptions, it subscribes to
// the patient sets' types through the engine's FHIR client; otherwise it
// polls. Lives on any thread with an event loop (the UI thread will do: its
// sockets never block); the runs themselves go to Qt's pool.
#pragma once

#include "core/sync/SubscriptionChannel.h"
#include "core/sync/SyncTypes.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <vector>

namespace cw::http {
class FhirClient;
}

namespace cw::sync {

class ServerCapabilities;
class SyncEngine;

struct SchedulerOptions {
  // A run at least this often while not every subscription is bound (no
  // websocket offered, or the socket is down)...
  std::chrono::milliseconds pollInterval{std::chrono::minutes(1)};
  // ...and while they all are: the safety net for a ping that never came.
  std::chrono::milliseconds livePollInterval{std::chrono::minutes(5)};
  SubscriptionOptions subscriptions;
};

class SyncScheduler : public QObject {
  Q_OBJECT

 public:
  // `engine` and `client` (the engine's FHIR client) must outlive the scheduler.
  SyncScheduler(SyncEngine& engine, http::FhirClient& client, SchedulerOptions options = {},
                QObject* parent = nullptr);
  ~SyncScheduler() override;

  // Runs now, and on every trigger until stop().
  void start();
  // No further runs; the sockets close and the Subscriptions are deleted on
  // the server. A run under way finishes on its own.
  void stop();
  // A run now, or right after the one under way ("Sync now").
  void requestRun();

  // Every subscription is bound: changes arrive by ping.
  bool isLive() const { return m_live; }
  bool isRunning() const { return m_running; }

  // The Subscription criteria for the engine's patient sets, e.g.
  // "Observation?patient=a,b" (Patient: "Patient?_id=a,b"), one per type
  // the server serves and per kPatientsPerQuery patients. Reference data
  // changes seldom and is left to the poll.
  static QStringList criteriaFor(const SyncOptions& options, const ServerCapabilities& capabilities);

 Q_SIGNALS:
  void liveChanged(bool live);
  void runFinished(const cw::sync::SyncReport& report);

 private:
  void run();
  void onRunFinished();
  // Follows what the last CapabilityStatement said: subscribe, resubscribe
  // elsewhere, or poll only.
  void followCapabilities();
  void closeChannels();
  void updateLive();

  SyncEngine& m_engine;
  http::FhirClient& m_client;
  SchedulerOptions m_options;
  bool m_started = false;
  bool m_running = false;
  bool m_queued = false;
  bool m_live = false;
  QTimer m_poll;
  QFutureWatcher<SyncReport> m_run;
  QUrl m_websocketUrl;
  QStringList m_criteria;
  std::vector<SubscriptionChannel*> m_channels;  // children
};

}  // namespace cw::sync
