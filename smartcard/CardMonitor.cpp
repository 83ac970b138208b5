#include "smartcard/CardMonitor.h"

#include "smartcard/PcscSupport.h"

#include <QThread>

#include <algorithm>

#include <winscard.h>

#include <vector>

namespace cw::smartcard {
namespace {

// pcsc-lite's name for "tell me when readers come or go".
constexpr char kPnpReader[] = "\\\\?PnP?\\Notification";
// A finite wait: a cancel that races the start of a wait costs at most this.
constexpr DWORD kPollMs = 1000;

unsigned long eventCounter(unsigned long state) {
  return state >> 16;
}

bool needsNewReaderList(LONG rv) {
  return rv == SCARD_E_UNKNOWN_READER || rv == SCARD_E_READER_UNAVAILABLE ||
         rv == SCARD_E_NO_READERS_AVAILABLE;
}

}  // namespace

CardMonitor::CardMonitor(QObject* parent) : QObject(parent) {}

CardMonitor::~CardMonitor() {
  {
    const std::lock_guard lock(m_mutex);
    m_stopping = true;
    if (m_context) {
      SCardCancel(static_cast<SCARDCONTEXT>(*m_context));
    }
  }
  m_wake.notify_all();
  if (m_thread) {
    m_thread->wait();
  }
}

void CardMonitor::start() {
  if (m_thread) {
    return;
  }
  m_thread.reset(QThread::create([this] { run(); }));
  m_thread->setObjectName(QStringLiteral("CardMonitor"));
  m_thread->start();
}

template <typename Emit>
void CardMonitor::post(Emit emit) {
  // Runs on this object's (UI) thread; dropped if the monitor is gone by then.
  QMetaObject::invokeMethod(this, std::move(emit), Qt::QueuedConnection);
}

bool CardMonitor::stopping() {
  const std::lock_guard lock(m_mutex);
  return m_stopping;
}

void CardMonitor::waitBeforeRetry(std::chrono::milliseconds delay) {
  std::unique_lock lock(m_mutex);
  m_wake.wait_for(lock, delay, [this] { return m_stopping; });
}

void CardMonitor::run() {
  std::chrono::milliseconds retry = kFirstRetry;
  while (!stopping()) {
    SCARDCONTEXT context = 0;
    LONG rv = SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &context);
    if (rv == SCARD_S_SUCCESS) {
      {
        const std::lock_guard lock(m_mutex);
        m_context = static_cast<quintptr>(context);
      }
      reportService(true);
      retry = kFirstRetry;
      rv = watch(static_cast<quintptr>(context));
      {
        const std::lock_guard lock(m_mutex);
        m_context.reset();
      }
      SCardReleaseContext(context);
    }
    if (stopping()) {
      break;
    }
    // The service went away (or never came): what we knew about readers is
    // void. Try again with back-off until it returns.
    forgetReaders();
    reportService(false);
    waitBeforeRetry(retry);
    retry = std::min(retry * 2, kMaxRetry);
  }
}

long CardMonitor::watch(quintptr contextId) {
  const auto context = static_cast<SCARDCONTEXT>(contextId);
  m_pnpState = 0;
  while (!stopping()) {
    LONG rv = SCARD_S_SUCCESS;
    const QStringList readers = listReaders(context, rv);
    if (isServiceDown(rv)) {
      return rv;
    }
    if (syncReaders(readers) || !m_readersListed) {
      m_readersListed = true;
      post([this, readers] { Q_EMIT readersChanged(readers); });
    }

    std::vector<QByteArray> names;
    std::vector<SCARD_READERSTATE> states(static_cast<size_t>(readers.size()) + 1);
    names.reserve(states.size());
    for (qsizetype i = 0; i < readers.size(); ++i) {
      names.push_back(readers[i].toUtf8());
      states[static_cast<size_t>(i)].szReader = names.back().constData();
      states[static_cast<size_t>(i)].dwCurrentState = m_readers.value(readers[i]).currentState;
    }
    SCARD_READERSTATE& pnp = states.back();
    pnp.szReader = kPnpReader;
    pnp.dwCurrentState = m_pnpState;

    bool relist = false;
    while (!relist && !stopping()) {
      rv = SCardGetStatusChange(context, kPollMs, states.data(), static_cast<DWORD>(states.size()));
      if (rv == SCARD_E_TIMEOUT || rv == SCARD_E_CANCELLED) {
        continue;
      }
      if (needsNewReaderList(rv)) {
        break;
      }
      if (rv != SCARD_S_SUCCESS) {
        return rv;  // the service is gone or broken: back off and start over
      }
      for (qsizetype i = 0; i < readers.size(); ++i) {
        SCARD_READERSTATE& state = states[static_cast<size_t>(i)];
        if ((state.dwEventState & SCARD_STATE_CHANGED) == 0) {
          continue;
        }
        state.dwCurrentState = state.dwEventState & ~static_cast<DWORD>(SCARD_STATE_CHANGED);
        if ((state.dwEventState & (SCARD_STATE_UNKNOWN | SCARD_STATE_UNAVAILABLE | SCARD_STATE_IGNORE)) !=
            0) {
          relist = true;
          continue;
        }
        updateReader(
            readers[i], state.dwCurrentState,
            QByteArray(reinterpret_cast<const char*>(state.rgbAtr), static_cast<qsizetype>(state.cbAtr)));
      }
      if ((pnp.dwEventState & SCARD_STATE_CHANGED) != 0) {
        m_pnpState = pnp.dwEventState & ~static_cast<DWORD>(SCARD_STATE_CHANGED);
        pnp.dwCurrentState = m_pnpState;
        relist = true;
      }
    }
  }
  return SCARD_E_CANCELLED;
}

bool CardMonitor::syncReaders(const QStringList& readers) {
  bool changed = false;
  for (const QString& known : m_readers.keys()) {
    if (!readers.contains(known)) {
      if (m_readers.value(known).cardPresent) {
        post([this, known] { Q_EMIT cardRemoved(known); });
      }
      m_readers.remove(known);
      post([this, known] { Q_EMIT readerRemoved(known); });
      changed = true;
    }
  }
  for (const QString& reader : readers) {
    if (!m_readers.contains(reader)) {
      m_readers.insert(reader, ReaderState{});
      post([this, reader] { Q_EMIT readerAdded(reader); });
      changed = true;
    }
  }
  return changed;
}

void CardMonitor::updateReader(const QString& reader, unsigned long eventState, const QByteArray& atr) {
  ReaderState& known = m_readers[reader];
  const bool present = (eventState & SCARD_STATE_PRESENT) != 0;
  // The event counter catches a card pulled and another pushed in between
  // two waits: both "present", yet the counter moved (or the ATR changed).
  const bool swapped = known.cardPresent && present &&
                       (eventCounter(eventState) != eventCounter(known.currentState) || atr != known.atr);
  if (known.cardPresent && (!present || swapped)) {
    post([this, reader] { Q_EMIT cardRemoved(reader); });
  }
  if (present && (!known.cardPresent || swapped)) {
    post([this, reader, atr] { Q_EMIT cardInserted(reader, atr); });
  }
  known.currentState = eventState;
  known.cardPresent = present;
  known.atr = present ? atr : QByteArray();
}

// The service went away: every card counts as removed, but the reader list
// is unknown rather than empty, so it is reported again when the service is.
void CardMonitor::forgetReaders() {
  syncReaders({});
  m_readersListed = false;
}

void CardMonitor::reportService(bool available) {
  if (m_reportedService == available) {
    return;
  }
  m_reportedService = available;
  post([this, available] {
    m_serviceAvailable = available;
    Q_EMIT serviceAvailableChanged(available);
  });
}

}  // namespace cw::smartcard
