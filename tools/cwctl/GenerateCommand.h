// `cwctl generate`: writes a deterministic synthetic UK data set as FHIR
// transaction bundles; exit code 0 on success, 2 on bad arguments, 1 when a
// file or folder cannot be written.
#pragma once

#include <QStringList>

namespace cw::cwctl {

int runGenerate(const QStringList& arguments);

}  // namespace cw::cwctl
