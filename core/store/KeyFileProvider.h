// The cache key in a file of 32 random bytes that only the service account
// can read (Linux kiosks and thin clients, the demo). Refuses a file that
// others could read or change, that another user owns, or of the wrong size.
#pragma once

#include "core/store/KeyProvider.h"

namespace cw::store {

class KeyFileProvider final : public KeyProvider {
 public:
  KeyFileProvider(QString path, KeyCreation creation) : m_path(std::move(path)), m_creation(creation) {}

  CacheKey key() override;

 private:
  CacheKey create();

  QString m_path;
  KeyCreation m_creation;
};

}  // namespace cw::store
