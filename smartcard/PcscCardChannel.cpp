#include "smartcard/PcscCardChannel.h"

#include "smartcard/PcscSupport.h"

#include <winscard.h>

namespace cw::smartcard {
namespace {

// Short APDUs: 256 data bytes and the status word.
constexpr DWORD kMaxResponse = 258;
// How long a failed command waits for the reader to report a removal.
constexpr DWORD kRemovalSettleMs = 500;

}  // namespace

PcscCardChannel::PcscCardChannel(QString reader, quintptr context)
    : m_reader(std::move(reader)), m_context(context) {}

CardResult<std::unique_ptr<PcscCardChannel>> PcscCardChannel::connect(const QString& reader) {
  SCARDCONTEXT context = 0;
  LONG rv = SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &context);
  if (rv != SCARD_S_SUCCESS) {
    return pcscError(rv);
  }
  std::unique_ptr<PcscCardChannel> channel(new PcscCardChannel(reader, context));
  SCARDHANDLE card = 0;
  DWORD protocol = 0;
  rv = SCardConnect(context, reader.toUtf8().constData(), SCARD_SHARE_SHARED,
                    SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, &card, &protocol);
  if (rv != SCARD_S_SUCCESS) {
    return pcscError(rv);
  }
  channel->m_card = card;
  channel->m_protocol = protocol;

  BYTE atr[MAX_ATR_SIZE];
  DWORD atrLength = sizeof atr;
  DWORD state = 0;
  DWORD readerLength = 0;
  rv = SCardStatus(card, nullptr, &readerLength, &state, &protocol, atr, &atrLength);
  if (rv != SCARD_S_SUCCESS) {
    return pcscError(rv);
  }
  channel->m_atr = QByteArray(reinterpret_cast<const char*>(atr), static_cast<qsizetype>(atrLength));
  return channel;
}

PcscCardChannel::~PcscCardChannel() {
  if (m_card != 0) {
    SCardDisconnect(m_card, SCARD_LEAVE_CARD);
  }
  SCardReleaseContext(m_context);
}

bool PcscCardChannel::isCardPresent() const {
  DWORD state = 0;
  DWORD protocol = 0;
  DWORD readerLength = 0;
  DWORD atrLength = 0;
  const LONG rv = SCardStatus(m_card, nullptr, &readerLength, &state, &protocol, nullptr, &atrLength);
  return rv == SCARD_S_SUCCESS && (state & SCARD_PRESENT) != 0;
}

bool PcscCardChannel::cardWentAway() const {
  if (!isCardPresent()) {
    return true;
  }
  // The failure may come before pcscd's own poll notices the removal.
  const QByteArray name = m_reader.toUtf8();
  SCARD_READERSTATE state{};
  state.szReader = name.constData();
  state.dwCurrentState = SCARD_STATE_UNAWARE;
  if (SCardGetStatusChange(m_context, 0, &state, 1) != SCARD_S_SUCCESS) {
    return true;
  }
  state.dwCurrentState = state.dwEventState & ~static_cast<DWORD>(SCARD_STATE_CHANGED);
  const LONG rv = SCardGetStatusChange(m_context, kRemovalSettleMs, &state, 1);
  return rv == SCARD_S_SUCCESS && (state.dwEventState & SCARD_STATE_PRESENT) == 0;
}

CardResult<QByteArray> PcscCardChannel::transmit(const QByteArray& command) {
  const SCARD_IO_REQUEST* pci = m_protocol == SCARD_PROTOCOL_T0 ? SCARD_PCI_T0 : SCARD_PCI_T1;
  QByteArray response(kMaxResponse, '\0');
  DWORD length = kMaxResponse;
  LONG rv = SCardTransmit(m_card, pci, reinterpret_cast<const BYTE*>(command.constData()),
                          static_cast<DWORD>(command.size()), nullptr,
                          reinterpret_cast<BYTE*>(response.data()), &length);
  if (rv == SCARD_W_RESET_CARD) {
    DWORD protocol = 0;
    const LONG again = SCardReconnect(m_card, SCARD_SHARE_SHARED, SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1,
                                      SCARD_LEAVE_CARD, &protocol);
    if (again != SCARD_S_SUCCESS) {
      return pcscError(again);
    }
    m_protocol = protocol;
  }
  // A card pulled mid-command shows as a failed transaction or an empty
  // answer, before the reader's state says so. An answer without even a
  // status word is never valid: the card session is over either way.
  if ((rv == SCARD_S_SUCCESS && length == 0) || (rv != SCARD_S_SUCCESS && cardWentAway())) {
    return pcscError(SCARD_W_REMOVED_CARD);
  }
  if (rv != SCARD_S_SUCCESS) {
    return pcscError(rv);
  }
  response.truncate(static_cast<qsizetype>(length));
  return response;
}

}  // namespace cw::smartcard
