// Lists the card readers PC/SC can see, and says plainly when the card
// service itself is not running. Blocking: call it from a worker thread.
#pragma once

#include <QString>
#include <QStringList>

namespace cw::smartcard {

struct ReaderScan {
  bool serviceAvailable = false;
  QStringList readers;
  QString error;  // set when the service is unavailable or the scan failed
};

ReaderScan scanReaders();

}  // namespace cw::smartcard
