// `cwctl check-config`: prints the effective settings with their source and
// every configuration problem; exit code 0 when valid, 2 when not.
#pragma once

#include <QStringList>

namespace cw::cwctl {

int runCheckConfig(const QStringList& arguments);

}  // namespace cw::cwctl
