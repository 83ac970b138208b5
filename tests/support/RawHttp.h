// Sends bytes to a loopback HTTP server exactly as given, for requests no
// well-behaved client would send (malformed, oversized, unfinished), and
// reads the answer until the server closes. Serves this thread's events
// meanwhile, so the server may live on the same thread.
#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace cw::test {

struct RawHttpReply {
  QByteArray bytes;  // everything the server sent

  int status() const;                               // 0 when no status line came
  QByteArray header(const QByteArray& name) const;  // case-insensitive, empty when absent
  QByteArray body() const;
};

// `timeoutMs` only guards against a server that never closes.
RawHttpReply exchangeRaw(quint16 port, const QByteArray& request, int timeoutMs = 30000);

}  // namespace cw::test
