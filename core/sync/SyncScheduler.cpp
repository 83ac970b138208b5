#include "core/sync/SyncScheduler.h"

#include "core/sync/ServerCapabilities.h"
#include "core/sync/SyncEngine.h"

#include <QLoggingCategory>

#include <algorithm>

namespace cw::sync {

Q_LOGGING_CATEGORY(lcScheduler, "cw.sync.scheduler")

SyncScheduler::SyncScheduler(SyncEngine& engine, http::FhirClient& client, SchedulerOptions options,
                             QObject* parent)
    : QObject(parent), m_engine(engine), m_client(client), m_options(std::move(options)) {
  m_poll.setInterval(m_options.pollInterval);
  connect(&m_poll, &QTimer::timeout, this, &SyncScheduler::requestRun);
  connect(&m_run, &QFutureWatcherBase::finished, this, &SyncScheduler::onRunFinished);
}

SyncScheduler::~SyncScheduler() {
  stop();
}

QStringList SyncScheduler::criteriaFor(const SyncOptions& options, const ServerCapabilities& capabilities) {
  QStringList criteria;
  for (const PatientSet& set : options.patientSets) {
    for (qsizetype from = 0; from < set.patientIds.size(); from += kPatientsPerQuery) {
      const QString ids = set.patientIds.mid(from, kPatientsPerQuery).join(u',');
      for (const QString& type : options.patientTypes) {
        if (capabilities.serves(type)) {
          criteria.append(type + u'?' + patientParameter(type) + u'=' + ids);
        }
      }
    }
  }
  criteria.removeDuplicates();
  return criteria;
}

void SyncScheduler::start() {
  if (m_started) {
    return;
  }
  m_started = true;
  m_poll.start();
  requestRun();
}

void SyncScheduler::stop() {
  m_started = false;
  m_queued = false;
  m_poll.stop();
  closeChannels();
  m_websocketUrl.clear();
  m_criteria.clear();
  updateLive();
}

void SyncScheduler::requestRun() {
  if (!m_started) {
    return;
  }
  if (m_running) {
    m_queued = true;
    return;
  }
  run();
}

void SyncScheduler::run() {
  m_running = true;
  m_queued = false;
  // A run is a poll: the next one is due a whole interval from now.
  m_poll.start();
  m_run.setFuture(m_engine.start());
}

void SyncScheduler::onRunFinished() {
  m_running = false;
  const SyncReport report = m_run.result();
  if (m_started) {
    followCapabilities();
  }
  Q_EMIT runFinished(report);
  if (m_started && m_queued) {
    run();
  }
}

void SyncScheduler::followCapabilities() {
  // The last CapabilityStatement read; a run that could not reach the
  // server leaves the subscriptions as they are (they reconnect on their own).
  const std::optional<ServerCapabilities> capabilities = m_engine.capabilities();
  if (!capabilities) {
    return;
  }
  const QUrl url = capabilities->websocketUrl();
  // The sets as they are now: wards change with admissions, and patients
  // opened in the viewer join.
  SyncOptions current = m_engine.options();
  current.patientSets = m_engine.patientSets();
  const QStringList criteria = url.isEmpty() ? QStringList() : criteriaFor(current, *capabilities);
  if (url == m_websocketUrl && criteria == m_criteria) {
    return;
  }
  closeChannels();
  m_websocketUrl = url;
  m_criteria = criteria;
  qCInfo(lcScheduler) << (criteria.isEmpty() ? "no websocket subscriptions offered: polling"
                                             : "subscribing over websocket:")
                      << criteria.size();
  for (const QString& criterion : criteria) {
    auto* channel = new SubscriptionChannel(m_client, criterion, url, m_options.subscriptions, this);
    // Every (re)bind may follow changes whose pings nobody heard.
    connect(channel, &SubscriptionChannel::bound, this, [this] {
      updateLive();
      requestRun();
    });
    connect(channel, &SubscriptionChannel::unbound, this, &SyncScheduler::updateLive);
    connect(channel, &SubscriptionChannel::pinged, this, &SyncScheduler::requestRun);
    m_channels.push_back(channel);
    channel->open();
  }
  updateLive();
}

void SyncScheduler::closeChannels() {
  for (SubscriptionChannel* channel : m_channels) {
    channel->disconnect(this);
    channel->close();
    channel->deleteLater();
  }
  m_channels.clear();
}

void SyncScheduler::updateLive() {
  const bool live =
      !m_channels.empty() && std::all_of(m_channels.cbegin(), m_channels.cend(),
                                         [](const SubscriptionChannel* c) { return c->isBound(); });
  if (live == m_live) {
    return;
  }
  m_live = live;
  // setInterval restarts a running timer; the new interval counts from now.
  m_poll.setInterval(live ? m_options.livePollInterval : m_options.pollInterval);
  Q_EMIT liveChanged(live);
}

}  // namespace cw::sync
