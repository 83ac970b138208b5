#include "core/config/ConfigLocations.h"

#include "core/config/IniConfigReader.h"

namespace cw::config {

QList<ConfigLayer> readConfigLayers(const ConfigOverrides& overrides) {
  const auto file = [](const QString& override, ConfigSource source) {
    return readIniLayer(source, override.isEmpty() ? defaultLocation(source) : override);
  };
  return {
      overrides.policyFile.isEmpty() ? readMachinePolicy()
                                     : readIniLayer(ConfigSource::Policy, overrides.policyFile),
      file(overrides.machineFile, ConfigSource::Machine),
      file(overrides.userFile, ConfigSource::User),
  };
}

}  // namespace cw::config
