// One card in one vpcd reader: a TCP connection to the reader's port that
// answers vpcd's power, ATR and APDU messages. Closing it removes the card.
#pragma once

#include "tools/cardsim/CardFile.h"
#include "tools/cardsim/PivApplet.h"

#include <QObject>
#include <QTcpSocket>

#include <memory>

namespace cw::cardsim {

class VpcdLink : public QObject {
  Q_OBJECT

 public:
  // `triesLeft` is the daemon's counter for this card; it outlives the link.
  VpcdLink(std::shared_ptr<const CardFile> card, int& triesLeft, QObject* parent = nullptr);

  void connectTo(const QString& host, quint16 port);
  const QString& persona() const { return m_card->persona; }

 Q_SIGNALS:
  void connected();
  // The reader went away (vpcd stopped) or could not be reached.
  void lost(const QString& reason);

 private:
  void readMessages();
  void answer(const QByteArray& payload);

  std::shared_ptr<const CardFile> m_card;
  PivApplet m_applet;
  QTcpSocket m_socket;
  QByteArray m_buffer;
};

}  // namespace cw::cardsim
