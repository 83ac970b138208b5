// Resources for the "Changes not sent" tests, written as JSON a server would
// send (kept out of the test's Q_OBJECT file: moc cannot read raw strings).
#pragma once

#include "core/fhir/Resource.h"

#include <QString>

namespace cw::test {

// A heart rate of Patient/pat-1 at server version `versionId`, `value` as
// written; without an id, a new local record.
fhir::Resource heartRate(const QString& id, const QString& value, const QString& versionId);

}  // namespace cw::test
