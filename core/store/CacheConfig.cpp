#include "core/store/CacheConfig.h"

#include "core/config/SettingSchema.h"
#include "core/store/KeyFileProvider.h"
#include "core/store/KeychainKeyProvider.h"
#include "core/store/StoreTr.h"

namespace cw::store {

CacheConfig CacheConfig::from(const config::EffectiveConfig& config) {
  return {config.text(config::keys::kCacheKeyProvider), config.text(config::keys::kCacheKeyFile),
          config.text(config::keys::kCachePath)};
}

std::unique_ptr<KeyProvider> CacheConfig::makeKeyProvider(KeyCreation creation, QString* error) const {
  if (keyProvider == QLatin1String("keychain")) {
    return std::make_unique<KeychainKeyProvider>(QStringLiteral("clinical-workstation"),
                                                 QStringLiteral("cache-key"), creation);
  }
#ifndef Q_OS_WIN
  if (keyProvider == QLatin1String("keyfile")) {
    if (keyFile.isEmpty()) {
      *error = Tr::tr("cache_key_provider is keyfile but cache_key_file is not set.");
      return nullptr;
    }
    return std::make_unique<KeyFileProvider>(keyFile, creation);
  }
#endif
  *error = Tr::tr(
               "No key provider is available for the offline cache (cache_key_provider=\"%1\"). The "
               "cache is never kept unencrypted; ask IT to configure a key provider.")
               .arg(keyProvider);
  return nullptr;
}

}  // namespace cw::store
