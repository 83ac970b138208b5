// `cwctl sync --once [--token-file PATH] [--patient ID]... [--user FILE]`:
// one sync cycle between the offline cache and fhir_base_url of the
// effective configuration, for IT and service accounts. Prints progress and
// a summary (counts only, never patient data). Exit 0 when the cycle
// completed, 1 when it failed, 2 for an invalid configuration, 3 when the
// cache cannot be opened, 64 for usage errors.
#pragma once

#include <QStringList>

namespace cw::cwctl {

int runSync(const QStringList& arguments);

}  // namespace cw::cwctl
