#include "modules/record/ClinicalDocuments.h"

#include "core/fhir/resources/DocumentReference.h"
#include "core/store/Store.h"
#include "core/ui/BannerText.h"
#include "modules/record/RecordTr.h"

namespace cw::record {
namespace {

QString documentTitle(const fhir::DocumentReference& document) {
  const QString type = document.type().displayText();
  if (!type.isEmpty()) {
    return type;
  }
  return document.description().isEmpty() ? Tr::tr("Untitled document") : document.description();
}

QString attachmentTitle(const fhir::Attachment& attachment, const QString& fallback) {
  return attachment.title.isEmpty() ? fallback : attachment.title;
}

}  // namespace

QList<DocumentListEntry> loadDocumentList(const store::Store& store, const QString& patientId, int limit) {
  QList<DocumentListEntry> documents;
  for (const fhir::Resource& resource :
       store.compartment(patientId, QStringLiteral("DocumentReference"), limit)) {
    const std::optional<fhir::DocumentReference> document = fhir::DocumentReference::from(resource);
    if (!document || document->status() == u"entered-in-error") {
      continue;
    }
    DocumentListEntry entry;
    entry.documentId = resource.id();
    entry.title = documentTitle(*document);
    entry.when = ui::bannerDateTime(document->date());
    QStringList authors;
    for (const fhir::ReferenceValue& author : document->authors()) {
      authors.append(author.display);
    }
    authors.removeAll(QString());
    entry.author = authors.join(QStringLiteral(", "));
    if (document->status() == u"superseded") {
      entry.caution = Tr::tr("Superseded");
    } else if (document->docStatus() == u"preliminary") {
      entry.caution = Tr::tr("Preliminary");
    }
    for (const fhir::Attachment& attachment : document->attachments()) {
      entry.attachments.append(
          {attachment.contentType, attachmentTitle(attachment, entry.title), !attachment.data.isEmpty()});
    }
    documents.append(entry);
  }
  return documents;
}

DocumentBytes loadDocumentAttachment(const store::Store& store, const QString& documentId, int index) {
  DocumentBytes bytes;
  const std::optional<fhir::Resource> resource =
      store.read({QStringLiteral("DocumentReference"), documentId});
  const std::optional<fhir::DocumentReference> document =
      resource ? fhir::DocumentReference::from(*resource) : std::nullopt;
  const QList<fhir::Attachment> attachments = document ? document->attachments() : QList<fhir::Attachment>();
  if (index < 0 || index >= attachments.size()) {
    bytes.error = Tr::tr("This document is no longer in the workstation's cache.");
    return bytes;
  }
  const fhir::Attachment& attachment = attachments.at(index);
  bytes.contentType = attachment.contentType;
  bytes.title = attachmentTitle(attachment, documentTitle(*document));
  if (attachment.data.isEmpty()) {
    bytes.error = Tr::tr("This document is held in another system and is not stored on this workstation.");
    return bytes;
  }
  const QByteArray::FromBase64Result decoded =
      QByteArray::fromBase64Encoding(attachment.data, QByteArray::AbortOnBase64DecodingErrors);
  if (!decoded) {
    bytes.error = Tr::tr("This document is damaged and cannot be shown. Ask the sender for a new copy.");
    return bytes;
  }
  bytes.data = *decoded;
  return bytes;
}

}  // namespace cw::record
