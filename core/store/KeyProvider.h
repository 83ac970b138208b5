// Where the offline cache's 256-bit key comes from. A provider either hands
// over the key in secure memory or says clearly why it cannot; the store
// never opens without one (no plaintext fallback).
#pragma once

#include "core/crypto/SecureBytes.h"

#include <QString>

namespace cw::store {

inline constexpr std::size_t kCacheKeyBytes = 32;

// Whether a provider may make a new key when none exists. Only first-run
// set-up (the demo, `cwctl cache init`) asks for one; the workstation's normal
// start never does, so a lost key shows up as an error, not an empty cache.
enum class KeyCreation { Never, IfMissing };

struct CacheKey {
  crypto::SecureBytes key;
  QString error;  // translated, says what to do; empty on success
  bool ok() const { return error.isEmpty(); }
};

class KeyProvider {
 public:
  virtual ~KeyProvider() = default;
  virtual CacheKey key() = 0;
};

}  // namespace cw::store
