// `cardsim serve`: the cards in vpcd's readers, driven by one-line control
// commands (decision 004): insert <persona> <reader>, remove <reader>,
// status. Tries left live here for the daemon's lifetime.
#pragma once

#include "tools/cardsim/VpcdLink.h"

#include <QObject>
#include <QString>

#include <array>
#include <functional>
#include <map>

namespace cw::cardsim {

class CardDaemon : public QObject {
  Q_OBJECT

 public:
  static constexpr int kReaders = 2;  // vpcd's default configuration
  using Reply = std::function<void(const QString& answer)>;

  CardDaemon(QString cardsDirectory, QString host, quint16 portBase, QObject* parent = nullptr);

  // Answers `line` through `reply` exactly once: "ok ..." or "error <reason>".
  // Insert answers when vpcd has taken the card, so the answer may come later.
  void handle(const QString& line, const Reply& reply);

 private:
  void insert(const QString& persona, int reader, const Reply& reply);
  void remove(int reader, const Reply& reply);
  QString status() const;
  void release(int reader);

  QString m_cardsDirectory;
  QString m_host;
  quint16 m_portBase;
  std::map<QString, int> m_triesLeft;  // by persona, from the first insert on
  std::array<VpcdLink*, kReaders> m_readers{};
};

}  // namespace cw::cardsim
