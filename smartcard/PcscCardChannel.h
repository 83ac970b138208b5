// A CardChannel over PC/SC: one context and one shared connection to the card
// in a reader, kept open so the card's session state (a verified PIN) lasts.
// Blocking; use it from one worker thread at a time.
#pragma once

#include "smartcard/CardChannel.h"

#include <QString>

#include <memory>

namespace cw::smartcard {

class PcscCardChannel final : public CardChannel {
 public:
  // Connects to the card in `reader` (T=0 or T=1, shared).
  static CardResult<std::unique_ptr<PcscCardChannel>> connect(const QString& reader);
  ~PcscCardChannel() override;
  PcscCardChannel(const PcscCardChannel&) = delete;
  PcscCardChannel& operator=(const PcscCardChannel&) = delete;

  // After SCARD_W_RESET_CARD the channel reconnects and reports CardReset
  // once: the card's applet selection and PIN state are gone, and only the
  // caller knows how to restore them.
  CardResult<QByteArray> transmit(const QByteArray& command) override;

  QString reader() const { return m_reader; }
  QByteArray atr() const { return m_atr; }
  // False once the card was removed (or swapped) since connect().
  bool isCardPresent() const;

 private:
  PcscCardChannel(QString reader, quintptr context);
  // After a failed command: was it because the card left?
  bool cardWentAway() const;

  QString m_reader;
  quintptr m_context;   // SCARDCONTEXT, kept out of the header
  quintptr m_card = 0;  // SCARDHANDLE
  unsigned long m_protocol = 0;
  QByteArray m_atr;
};

}  // namespace cw::smartcard
