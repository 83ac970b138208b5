// Fuzzes the compact-JWS reader with what a broken or hostile identity
// provider (or a tampered redirect) can hand it: it must never crash, hang
// or exhaust memory, and what it accepts must be consistent.
#include "core/identity/Jwt.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const QByteArray compact(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
  const cw::identity::JwtParseResult parsed = cw::identity::Jwt::parse(compact);
  if (parsed.ok() != parsed.error.isEmpty()) {
    std::abort();
  }
  if (parsed.ok()) {
    const cw::identity::Jwt& jwt = *parsed.jwt;
    // The signing input is exactly the first two parts as received.
    if (!compact.startsWith(jwt.signingInput() + '.') || !jwt.header().isObject() ||
        !jwt.claims().isObject() || jwt.algorithm().isEmpty() || jwt.keyId().isEmpty()) {
      std::abort();
    }
  }
  return 0;
}
