#include "core/config/ConfigLocations.h"

#include "core/config/IniConfigReader.h"

#include <QSettings>
#include <QStandardPaths>

namespace cw::config {
namespace {

const QString kPolicyKey = QStringLiteral("HKEY_LOCAL_MACHINE\\Software\\Policies\\ClinicalWorkstation");

// Group Policy writes REG_SZ or REG_DWORD values named like the file keys.
ConfigLayer readRegistryPolicy() {
  ConfigLayer layer;
  layer.source = ConfigSource::Policy;
  layer.location = QStringLiteral("HKLM\\Software\\Policies\\ClinicalWorkstation");
  const QSettings registry(kPolicyKey, QSettings::NativeFormat);
  const QStringList names = registry.childKeys();
  layer.present = !names.isEmpty();
  for (const QString& name : names) {
    layer.entries.append({name, registry.value(name).toString().trimmed(), 0});
  }
  return layer;
}

}  // namespace

QString defaultLocation(ConfigSource source) {
  switch (source) {
    case ConfigSource::Policy: return QStringLiteral("HKLM\\Software\\Policies\\ClinicalWorkstation");
    case ConfigSource::Machine:
      return qEnvironmentVariable("ProgramData") + QStringLiteral("\\ClinicalWorkstation\\workstation.conf");
    case ConfigSource::User:
      return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
             QStringLiteral("/ClinicalWorkstation/workstation.conf");
    case ConfigSource::Default: return {};
  }
  return {};
}

QList<ConfigLayer> readConfigLayers(const ConfigOverrides& overrides) {
  const auto pick = [](const QString& override, ConfigSource source) {
    return override.isEmpty() ? defaultLocation(source) : override;
  };
  return {
      overrides.policyFile.isEmpty() ? readRegistryPolicy()
                                     : readIniLayer(ConfigSource::Policy, overrides.policyFile),
      readIniLayer(ConfigSource::Machine, pick(overrides.machineFile, ConfigSource::Machine)),
      readIniLayer(ConfigSource::User, pick(overrides.userFile, ConfigSource::User)),
  };
}

}  // namespace cw::config
