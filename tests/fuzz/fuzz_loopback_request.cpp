// Fuzzes what arrives at the workstation's loopback listener (the system
// browser's redirect and the card agent): any bytes, split anywhere, must
// never crash or grow past the reader's limits, and whether a request is
// accepted, and which, must not depend on how the bytes were split.
#include "app/LoopbackRequestReader.h"

#include <cstdint>
#include <cstdlib>

using cw::shell::LoopbackRequestReader;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));

  LoopbackRequestReader whole;
  const LoopbackRequestReader::Status verdict = whole.feed(bytes);

  // The same bytes a few at a time, as a slow connection delivers them.
  LoopbackRequestReader pieces;
  LoopbackRequestReader::Status stepwise = LoopbackRequestReader::Status::NeedMore;
  const qsizetype step = size > 0 ? 1 + data[0] % 7 : 1;
  for (qsizetype at = 0; at < bytes.size(); at += step) {
    stepwise = pieces.feed(bytes.mid(at, step));
  }
  const bool accepted = verdict == LoopbackRequestReader::Status::Complete;
  if (!bytes.isEmpty() && accepted != (stepwise == LoopbackRequestReader::Status::Complete)) {
    std::abort();
  }
  if (accepted) {
    const auto& request = whole.request();
    if (!bytes.isEmpty() &&
        (pieces.request().method != request.method || pieces.request().target != request.target ||
         pieces.request().body != request.body)) {
      std::abort();
    }
    if (request.body.size() > LoopbackRequestReader::kMaxBodyBytes ||
        request.headers.size() > LoopbackRequestReader::kMaxHeaders) {
      std::abort();
    }
    (void)request.path().size();
    (void)request.header("host").size();
  }
  return 0;
}
