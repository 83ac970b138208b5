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

ConfigLayer readMachinePolicy() {
  return readIniLayer(ConfigSource::Policy, defaultLocation(ConfigSource::Policy));
}

}  // namespace cw::config
