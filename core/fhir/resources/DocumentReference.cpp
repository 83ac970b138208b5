#include "core/fhir/resources/DocumentReference.h"

namespace cw::fhir {

QList<Attachment> DocumentReference::attachments() const {
  QList<Attachment> result;
  for (const JsonValue& content : element(u"content").items()) {
    if (content[u"attachment"].isObject()) {
      result.append(Attachment::read(content[u"attachment"]));
    }
  }
  return result;
}

}  // namespace cw::fhir
