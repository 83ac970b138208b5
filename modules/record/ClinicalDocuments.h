// A patient's documents (letters, discharge summaries, care plans) from
// their DocumentReferences, and the bytes of one attachment to show. Only
// what the cache holds inline can be opened offline; a document held
// elsewhere says so rather than pretending to be empty.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace cw::store {
class Store;
}

namespace cw::record {

struct DocumentAttachmentInfo {
  QString contentType;  // "text/html", "application/pdf"
  QString title;
  bool heldInCache = false;  // inline data; otherwise only a URL elsewhere
};

struct DocumentListEntry {
  QString documentId;  // DocumentReference id
  QString title;       // type or description
  QString when;
  QString author;
  QString caution;  // "Superseded", "Preliminary"
  QList<DocumentAttachmentInfo> attachments;
};

struct DocumentBytes {
  QByteArray data;
  QString contentType;
  QString title;
  QString error;  // translated; set instead of data
  bool ok() const { return error.isEmpty(); }
};

QList<DocumentListEntry> loadDocumentList(const store::Store& store, const QString& patientId,
                                          int limit = 500);
// The `index`th attachment of DocumentReference `documentId`, decoded.
DocumentBytes loadDocumentAttachment(const store::Store& store, const QString& documentId, int index);

}  // namespace cw::record
