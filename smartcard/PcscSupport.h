// Pieces every PC/SC user here shares: return codes as CardErrors with a
// sentence a person can act on, and the reader list.
#pragma once

#include "smartcard/CardError.h"

#include <QStringList>

#include <winscard.h>

namespace cw::smartcard {

CardError pcscError(LONG rv);
// The daemon (or Windows' Smart Card service) is gone: the context is dead.
bool isServiceDown(LONG rv);
// The readers of `context`; `rv` says why the list is empty when it is
// (SCARD_E_NO_READERS_AVAILABLE is no failure).
QStringList listReaders(SCARDCONTEXT context, LONG& rv);

}  // namespace cw::smartcard
