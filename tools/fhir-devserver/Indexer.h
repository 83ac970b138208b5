// Turns a resource into the rows of the search index tables, following the
// element paths of the search parameter table.
#pragma once

#include "core/fhir/Resource.h"
#include "tools/fhir-devserver/SearchParameters.h"

#include <QList>
#include <QString>

namespace cw::devserver {

struct IndexRows {
  struct Token {
    const SearchParameter* parameter;
    QString system;
    QString code;
  };
  struct Text {
    const SearchParameter* parameter;
    QString normalized;  // Indexer::normalize(exact)
    QString exact;
  };
  struct Link {
    const SearchParameter* parameter;
    QString type;
    QString id;
  };
  struct Date {
    const SearchParameter* parameter;
    qint64 low;
    qint64 high;
  };

  QList<Token> tokens;
  QList<Text> strings;
  QList<Link> references;
  QList<Date> dates;
};

class Indexer {
 public:
  static IndexRows index(const fhir::Resource& resource);

  // The form string searches compare: case-folded, accents removed, so
  // "muller" finds "Müller".
  static QString normalize(QStringView text);
};

}  // namespace cw::devserver
