// The offline cache's settings (cache_key_provider, cache_key_file,
// cache_path) from the effective configuration, and the key provider they name.
#pragma once

#include "core/config/EffectiveConfig.h"
#include "core/store/KeyProvider.h"

#include <QString>

#include <memory>

namespace cw::store {

struct CacheConfig {
  QString keyProvider;  // "keyfile" or "keychain"
  QString keyFile;
  QString path;

  static CacheConfig from(const config::EffectiveConfig& config);

  // The provider the settings name, or nothing with `error` set (an unknown
  // provider name is refused, never mapped to "no encryption").
  std::unique_ptr<KeyProvider> makeKeyProvider(KeyCreation creation, QString* error) const;
};

}  // namespace cw::store
