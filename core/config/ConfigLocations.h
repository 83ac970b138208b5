// Where this platform keeps each configuration layer, and reading them all.
// Linux: /etc/clinical-workstation/policy.conf, /etc/clinical-workstation/
// workstation.conf, ~/.config/clinical-workstation/workstation.conf.
// Windows: HKLM\Software\Policies\ClinicalWorkstation, %ProgramData% and
// %LOCALAPPDATA% workstation.conf files.
#pragma once

#include "core/config/ConfigLayer.h"

#include <QList>
#include <QString>

namespace cw::config {

// Files to read instead of the platform's own locations, for validating a
// candidate file (cwctl check-config --policy FILE) or pointing the demo at
// its configuration (only the user layer: policy always stays in force).
struct ConfigOverrides {
  QString policyFile;
  QString machineFile;
  QString userFile;
};

// Implemented once per platform (ConfigLocations_<platform>.cpp).
QString defaultLocation(ConfigSource source);
ConfigLayer readMachinePolicy();

// The policy, machine and user layers, highest first.
QList<ConfigLayer> readConfigLayers(const ConfigOverrides& overrides = {});

}  // namespace cw::config
