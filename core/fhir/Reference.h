// A parsed FHIR Reference.reference: relative ("Patient/123"), absolute
// ("https://server/fhir/Patient/123"), contained ("#med1") or a Bundle-local
// URN ("urn:uuid:…"), with an optional version (".../_history/2").
#pragma once

#include <QString>
#include <QStringView>
#include <QUrl>

#include <optional>

namespace cw::fhir {

class Reference {
 public:
  enum class Kind { Relative, Absolute, Contained, Urn };

  // Nothing when `text` is not a valid reference of any kind.
  static std::optional<Reference> parse(QStringView text);

  Kind kind() const { return m_kind; }
  QString resourceType() const { return m_type; }  // Relative and Absolute
  QString id() const { return m_id; }              // the id, the contained id, or the whole URN
  QString version() const { return m_version; }    // empty when unversioned
  QUrl base() const { return m_base; }             // Absolute only: the server base

  // "Type/id", or nothing for contained and URN references.
  std::optional<QString> relativePath() const;

  // True when this reference points into the server at `serverBase`: every
  // relative reference, and absolute ones whose base is `serverBase`.
  bool isOnServer(const QUrl& serverBase) const;

 private:
  Kind m_kind = Kind::Relative;
  QString m_type;
  QString m_id;
  QString m_version;
  QUrl m_base;
};

}  // namespace cw::fhir
