#include "smartcard/PcscSupport.h"

#include "smartcard/SmartcardTr.h"

namespace cw::smartcard {

bool isServiceDown(LONG rv) {
  return rv == SCARD_E_NO_SERVICE || rv == SCARD_E_SERVICE_STOPPED || rv == SCARD_E_INVALID_HANDLE;
}

CardError pcscError(LONG rv) {
  const QString detail = QString::fromUtf8(pcsc_stringify_error(rv));
  if (isServiceDown(rv)) {
    return {
        CardError::Kind::ServiceUnavailable,
        Tr::tr("The card service is not running (%1). Ask IT to check the smartcard service.").arg(detail)};
  }
  switch (rv) {
    case SCARD_W_REMOVED_CARD:
    case SCARD_E_NO_SMARTCARD:
      return {CardError::Kind::CardRemoved, Tr::tr("The card was removed. Insert it again.")};
    case SCARD_W_RESET_CARD:
      return {CardError::Kind::CardReset, Tr::tr("Another program reset the card. Enter your PIN again.")};
    case SCARD_E_UNKNOWN_READER:
    case SCARD_E_READER_UNAVAILABLE:
    case SCARD_E_NO_READERS_AVAILABLE:
      return {CardError::Kind::NoReader, Tr::tr("The card reader is not connected (%1).").arg(detail)};
    case SCARD_W_UNRESPONSIVE_CARD:
    case SCARD_W_UNPOWERED_CARD:
    case SCARD_E_PROTO_MISMATCH:
      return {CardError::Kind::Communication,
              Tr::tr("The card does not respond (%1). Check it is inserted the right way.").arg(detail)};
    default: return {CardError::Kind::Communication, Tr::tr("The card reader failed: %1.").arg(detail)};
  }
}

QStringList listReaders(SCARDCONTEXT context, LONG& rv) {
  QStringList readers;
  DWORD length = 0;
  rv = SCardListReaders(context, nullptr, nullptr, &length);
  if (rv == SCARD_S_SUCCESS && length > 0) {
    QByteArray names(static_cast<qsizetype>(length), '\0');
    rv = SCardListReaders(context, nullptr, names.data(), &length);
    if (rv == SCARD_S_SUCCESS) {
      // A multi-string: names separated by NUL, ended by an empty name.
      for (const QByteArray& name : names.split('\0')) {
        if (!name.isEmpty()) {
          readers.append(QString::fromUtf8(name));
        }
      }
    }
  }
  return readers;
}

}  // namespace cw::smartcard
