// What the "Changes not sent" page says about a resource: a title a person
// recognises, its content laid out for reading, the elements on which two
// versions disagree, and what the server said when it refused a change.
#pragma once

#include "core/fhir/Resource.h"
#include "core/store/StoreTypes.h"

namespace cw::store {
class Store;
}

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cw::changes {

// "Observation: Body temperature", "Patient: SMITH, Ann", else "Observation/obs-1".
QString resourceTitle(const store::ResourceKey& key, const std::optional<fhir::Resource>& resource);

// Whose record the resource belongs to, as the banner names them:
// "SMITH, Ann (Mrs) · NHS No. 943 476 5919"; "Not in a patient's record" for
// reference data; "Patient not in this cache" when the patient is unknown here.
QString patientText(const store::Store& store, const std::optional<fhir::Resource>& resource);

// A resource indented one element per line, values exactly as stored, and
// the lines each top-level element takes (to highlight the ones that differ).
struct ReadableResource {
  struct Span {
    QString element;
    int firstLine = 0;
    int lastLine = 0;
  };
  QString text;
  QList<Span> spans;
};
ReadableResource readableResource(const fhir::Resource& resource);

// The top-level elements whose content differs between the two versions.
// meta is left out: the server's versionId is always newer, which says
// nothing about what the user is choosing between.
QStringList differingElements(const fhir::Resource& local, const fhir::Resource& server);

// The server's reasons, one line per issue, as it wrote them.
QString outcomeText(const std::optional<fhir::Resource>& outcome);

QString operationText(store::Operation operation);
QString whenText(const QDateTime& when);

}  // namespace cw::changes
