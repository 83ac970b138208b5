// `cwctl cache stats [--json]`: counts from the offline cache the effective
// configuration names (resources per type, changes waiting, conflicts, parked
// failures), never patient data; exit 0, or 3 when the cache cannot be
// opened. `cwctl cache init` makes the key and an empty cache on first set-up.
#pragma once

#include <QStringList>

namespace cw::cwctl {

int runCache(const QStringList& arguments);

}  // namespace cw::cwctl
