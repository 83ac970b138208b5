// The cache key in the operating system's keychain through QtKeychain:
// Windows Credential Manager (DPAPI), or the Secret Service on Linux. Never
// QtKeychain's plaintext fallback: no keychain, no key, and a clear error.
#pragma once

#include "core/store/KeyProvider.h"

namespace cw::store {

class KeychainKeyProvider final : public KeyProvider {
 public:
  // `service` and `entry` name the secret, e.g. "clinical-workstation" / "cache-key".
  KeychainKeyProvider(QString service, QString entry, KeyCreation creation)
      : m_service(std::move(service)), m_entry(std::move(entry)), m_creation(creation) {}

  // Waits for the keychain (a local event loop): the key is needed before
  // anything else can start, and the keychain answers locally.
  CacheKey key() override;

 private:
  CacheKey create();

  QString m_service;
  QString m_entry;
  KeyCreation m_creation;
};

}  // namespace cw::store
