#include "core/config/ConfigLocations.h"

#include <QSettings>
#include <QStandardPaths>

namespace cw::config {

// Group Policy writes REG_SZ or REG_DWORD values named like the file keys.
ConfigLayer readMachinePolicy() {
  ConfigLayer layer;
  layer.source = ConfigSource::Policy;
  layer.location = defaultLocation(ConfigSource::Policy);
  const QSettings registry(QStringLiteral("HKEY_LOCAL_MACHINE\\Software\\Policies\\ClinicalWorkstation"),
                           QSettings::NativeFormat);
  const QStringList names = registry.childKeys();
  layer.present = !names.isEmpty();
  for (const QString& name : names) {
    layer.entries.append({name, registry.value(name).toString().trimmed(), 0});
  }
  return layer;
}

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

}  // namespace cw::config
