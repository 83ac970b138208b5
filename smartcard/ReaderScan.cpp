#include "smartcard/ReaderScan.h"

#include <winscard.h>

namespace cw::smartcard {
namespace {

QString describe(LONG rv) {
  return QString::fromUtf8(pcsc_stringify_error(rv));
}

bool isServiceDown(LONG rv) {
  return rv == SCARD_E_NO_SERVICE || rv == SCARD_E_SERVICE_STOPPED;
}

}  // namespace

ReaderScan scanReaders() {
  ReaderScan scan;
  SCARDCONTEXT context = 0;
  LONG rv = SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &context);
  if (rv != SCARD_S_SUCCESS) {
    scan.error = describe(rv);
    return scan;
  }
  DWORD length = 0;
  rv = SCardListReaders(context, nullptr, nullptr, &length);
  if (rv == SCARD_S_SUCCESS && length > 0) {
    QByteArray names(static_cast<qsizetype>(length), '\0');
    rv = SCardListReaders(context, nullptr, names.data(), &length);
    if (rv == SCARD_S_SUCCESS) {
      // A multi-string: names separated by NUL, ended by an empty name.
      for (const QByteArray& name : names.split('\0')) {
        if (!name.isEmpty()) {
          scan.readers.append(QString::fromUtf8(name));
        }
      }
    }
  }
  scan.serviceAvailable = !isServiceDown(rv);
  if (rv != SCARD_S_SUCCESS && rv != SCARD_E_NO_READERS_AVAILABLE) {
    scan.error = describe(rv);
  }
  SCardReleaseContext(context);
  return scan;
}

}  // namespace cw::smartcard
