// Fuzzes what an attacker or a broken deployment can put in a policy or
// configuration file: the INI reader and the resolver must never crash,
// hang or accept an invalid value silently.
#include "core/config/EffectiveConfig.h"
#include "core/config/IniConfigReader.h"
#include "core/config/SettingSchema.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const QByteArray content(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
  using cw::config::ConfigSource;
  const auto config = cw::config::EffectiveConfig::resolve(
      {cw::config::parseIniLayer(ConfigSource::Policy, QStringLiteral("/fuzz/policy.conf"), content),
       cw::config::parseIniLayer(ConfigSource::User, QStringLiteral("/fuzz/user.conf"), content)});
  // Every value in force must be one the schema accepts.
  for (const auto& setting : config.settings()) {
    const auto* definition = cw::config::findSetting(setting.key);
    if (definition == nullptr || cw::config::validateSetting(*definition, setting.value)) {
      std::abort();
    }
  }
  for (const auto& issue : config.issues()) {
    (void)issue.text();
  }
  return 0;
}
