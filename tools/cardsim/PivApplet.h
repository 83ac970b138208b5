// The PIV card application of one inserted card (SP 800-73-4 Part 2
// subset): command APDU bytes in, response APDU bytes out. No sockets, so
// tests and the fuzzer drive it directly. Any input gives a status word.
#pragma once

#include "smartcard/BerTlv.h"
#include "smartcard/CommandApdu.h"
#include "tools/cardsim/CardFile.h"

#include <QByteArray>

#include <optional>

namespace cw::cardsim {

// The card side parses and builds the same ISO 7816 structures as the host.
using smartcard::BerTlv;
using smartcard::CommandApdu;

class PivApplet {
 public:
  // `triesLeft` outlives the applet: the daemon keeps it per card for its
  // lifetime, while PIN verification lasts one power cycle.
  PivApplet(const CardFile& card, int& triesLeft);

  QByteArray process(const QByteArray& command);
  // Power off, power on or reset: nothing selected, PIN no longer verified.
  void reset();

 private:
  struct Response {
    QByteArray data;
    quint16 status;
  };

  Response dispatch(const CommandApdu& apdu);
  Response select(const CommandApdu& apdu);
  Response getData(const CommandApdu& apdu) const;
  Response verify(const CommandApdu& apdu);
  Response generalAuthenticate(const CommandApdu& apdu) const;
  std::optional<QByteArray> dataObject(quint32 tag) const;
  QByteArray deliver(const Response& response, const CommandApdu& apdu);
  QByteArray getResponse(const CommandApdu& apdu);
  QByteArray nextChunk(int ne);

  const CardFile& m_card;
  int& m_triesLeft;
  bool m_selected = false;
  bool m_pinVerified = false;
  std::optional<CommandApdu> m_chain;  // chained parts received so far
  QByteArray m_pending;                // answer bytes left for GET RESPONSE
};

}  // namespace cw::cardsim
