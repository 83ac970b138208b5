// Watches every card reader (and readers coming and going) on a worker
// thread and tells the UI side, by queued signals, about readers, card
// insertions and removals, and whether the card service is running at all.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>

class QThread;

namespace cw::smartcard {

class CardMonitor : public QObject {
  Q_OBJECT

 public:
  // Back-off while the service is away: first retry, and the ceiling.
  static constexpr std::chrono::milliseconds kFirstRetry{100};
  static constexpr std::chrono::milliseconds kMaxRetry{2000};

  explicit CardMonitor(QObject* parent = nullptr);
  // Stops the worker promptly (SCardCancel) and waits for it.
  ~CardMonitor() override;

  // Starts watching; the current state arrives as signals first (service,
  // readers, cards already present).
  void start();
  bool isServiceAvailable() const { return m_serviceAvailable; }

 Q_SIGNALS:
  void readerAdded(const QString& reader);
  void readerRemoved(const QString& reader);
  // The readers there are now, after each change and once each time the
  // service (re)appears (then possibly none): "no reader" is news to tell.
  void readersChanged(const QStringList& readers);
  void cardInserted(const QString& reader, const QByteArray& atr);
  void cardRemoved(const QString& reader);
  void serviceAvailableChanged(bool available);

 private:
  struct ReaderState {
    unsigned long currentState = 0;  // what PC/SC last told us, counter included
    bool cardPresent = false;
    QByteArray atr;
  };

  // Worker thread only.
  void run();
  long watch(quintptr context);
  // Emits what changed; true when anything did.
  bool syncReaders(const QStringList& readers);
  void forgetReaders();
  void updateReader(const QString& reader, unsigned long eventState, const QByteArray& atr);
  void reportService(bool available);
  bool stopping();
  void waitBeforeRetry(std::chrono::milliseconds delay);
  template <typename Emit>
  void post(Emit emit);

  std::unique_ptr<QThread> m_thread;
  bool m_serviceAvailable = false;  // UI side

  std::mutex m_mutex;  // guards the three below
  std::condition_variable m_wake;
  bool m_stopping = false;
  std::optional<quintptr> m_context;  // so the destructor can cancel a wait

  // Worker side.
  QHash<QString, ReaderState> m_readers;
  bool m_readersListed = false;  // since the service last appeared
  unsigned long m_pnpState = 0;
  std::optional<bool> m_reportedService;
};

}  // namespace cw::smartcard
