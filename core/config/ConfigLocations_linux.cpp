#include "core/config/ConfigLocations.h"

#include "core/config/IniConfigReader.h"

#include <QStandardPaths>

namespace cw::config {

QString defaultLocation(ConfigSource source) {
  switch (source) {
    case ConfigSource::Policy: return QStringLiteral("/etc/clinical-workstation/policy.conf");
    case ConfigSource::Machine: return QStringLiteral("/etc/clinical-workstation/workstation.conf");
    case ConfigSource::User:
      return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
             QStringLiteral("/clinical-workstation/workstation.conf");
    case ConfigSource::Default: return {};
  }
  return {};
}

QList<ConfigLayer> readConfigLayers(const ConfigOverrides& overrides) {
  const auto pick = [](const QString& override, ConfigSource source) {
    return override.isEmpty() ? defaultLocation(source) : override;
  };
  return {
      readIniLayer(ConfigSource::Policy, pick(overrides.policyFile, ConfigSource::Policy)),
      readIniLayer(ConfigSource::Machine, pick(overrides.machineFile, ConfigSource::Machine)),
      readIniLayer(ConfigSource::User, pick(overrides.userFile, ConfigSource::User)),
  };
}

}  // namespace cw::config
