#include "smartcard/ReaderScan.h"

#include "smartcard/PcscSupport.h"

#include <winscard.h>

namespace cw::smartcard {
namespace {

QString describe(LONG rv) {
  return QString::fromUtf8(pcsc_stringify_error(rv));
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
  scan.readers = listReaders(context, rv);
  scan.serviceAvailable = !isServiceDown(rv);
  if (rv != SCARD_S_SUCCESS && rv != SCARD_E_NO_READERS_AVAILABLE) {
    scan.error = describe(rv);
  }
  SCardReleaseContext(context);
  return scan;
}

}  // namespace cw::smartcard
