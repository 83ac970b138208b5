// The search parameters this server implements, as a data table: resource
// type, name, kind and a FHIRPath-like element path. The indexer, the query
// parser and the CapabilityStatement all read this one table.
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace cw::devserver {

enum class SearchParamKind { Token, String, Reference, Date };

struct SearchParameter {
  QString resourceType;
  QString name;
  SearchParamKind kind;
  // As written in the table, e.g. "Condition.onset | Condition.recordedDate".
  QString expression;
  // The same expression as element names after the type, one list per
  // alternative. A name that is absent but has choice forms (effective ->
  // effectiveDateTime, effectivePeriod) follows all of them, as in FHIRPath.
  QList<QStringList> paths;
  // Reference parameters: the types a reference must point at to be indexed
  // (`patient` only follows references to Patient). Empty means any type.
  QStringList targets;
};

class SearchParameters {
 public:
  static const SearchParameters& table();

  // Nothing for parameters not in the table (including _id and _lastUpdated,
  // which every type has and SearchQuery handles itself).
  const SearchParameter* find(QStringView resourceType, QStringView name) const;
  QList<const SearchParameter*> forType(QStringView resourceType) const;
  // The resource types this server stores, sorted.
  const QStringList& resourceTypes() const { return m_types; }
  bool isSupportedType(QStringView resourceType) const;
  const std::vector<SearchParameter>& all() const { return m_parameters; }

 private:
  SearchParameters();

  std::vector<SearchParameter> m_parameters;
  QHash<QString, QList<const SearchParameter*>> m_byType;
  QStringList m_types;
};

QString kindName(SearchParamKind kind);

}  // namespace cw::devserver
