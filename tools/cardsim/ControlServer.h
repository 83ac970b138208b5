// The control socket of `cardsim serve` (QLocalServer): one command per
// line in, one answer per line out, handed to the CardDaemon.
#pragma once

#include "tools/cardsim/CardDaemon.h"

#include <QLocalServer>
#include <QObject>

namespace cw::cardsim {

class ControlServer : public QObject {
  Q_OBJECT

 public:
  ControlServer(CardDaemon& daemon, QObject* parent = nullptr);

  // Replaces a stale socket file of an earlier run; false with `error` set
  // when the socket cannot be created.
  bool listen(const QString& path, QString* error);

 private:
  void accept();
  void readLines(QLocalSocket* socket);

  CardDaemon& m_daemon;
  QLocalServer m_server;
};

}  // namespace cw::cardsim
