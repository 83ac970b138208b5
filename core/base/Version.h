// The product version and the source revision it was built from.
#pragma once

#include <QString>

namespace cw::base {

QString productVersion();  // "0.1.0"
QString sourceRevision();  // git describe of the build, or "unknown"

}  // namespace cw::base
