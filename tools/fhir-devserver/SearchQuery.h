// A FHIR search on one resource type, parsed and checked against the search
// parameter table, and turned into an SQL condition over the version table.
#pragma once

#include "tools/fhir-devserver/QueryString.h"
#include "tools/fhir-devserver/SearchParameters.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace cw::devserver {

class Storage;

struct SearchSort {
  enum class Key { Sequence, LastUpdated, Parameter };
  Key key = Key::Sequence;
  const SearchParameter* parameter = nullptr;  // a date parameter, for Key::Parameter
  bool descending = false;
};

struct SearchInclude {
  const SearchParameter* parameter;
  QString targetType;  // empty: any
};

// One parameter's condition. With a parameter it selects index rows of that
// parameter (`filter` over the index table's columns); without one, `filter`
// is over the version row `v` itself (_id, _lastUpdated).
struct SearchCriterion {
  const SearchParameter* parameter = nullptr;
  bool negate = false;
  QString filter;
  QVariantList binds;
};

struct SearchParseResult;

class SearchQuery {
 public:
  static constexpr int kDefaultCount = 50;
  static constexpr int kMaxCount = 1000;

  // Unknown or unsupported parameters (and modifiers) are errors unless
  // `lenient`, when they are listed in ignored() instead. Invalid values are
  // errors either way.
  static SearchParseResult parse(const QString& resourceType, const QueryParams& params,
                                 bool lenient = false);

  const QString& resourceType() const { return m_type; }
  // The criteria ANDed, as SQL over the version alias `v`; appends binds.
  QString condition(const Storage& storage, QVariantList& binds) const;

  int count() const { return m_count; }
  bool countOnly() const { return m_countOnly; }
  bool wantsTotal() const { return m_total; }
  const SearchSort& sort() const { return m_sort; }
  const QList<SearchInclude>& includes() const { return m_includes; }
  // _elements: the top-level elements each resource is cut down to; empty: whole.
  const QStringList& elements() const { return m_elements; }
  const QStringList& ignored() const { return m_ignored; }
  // The paging token of a later page, empty on the first.
  const QString& cursor() const { return m_cursor; }
  // The parameters as given, without the paging token: the base of links.
  const QueryParams& linkParams() const { return m_linkParams; }

 private:
  QString m_type;
  QList<SearchCriterion> m_criteria;
  int m_count = kDefaultCount;
  bool m_countOnly = false;
  bool m_total = true;
  SearchSort m_sort;
  QList<SearchInclude> m_includes;
  QStringList m_elements;
  QStringList m_ignored;
  QString m_cursor;
  QueryParams m_linkParams;

  friend class SearchQueryParser;
};

struct SearchParseResult {
  std::optional<SearchQuery> query;
  QString error;  // why the search is invalid, naming the parameter
};

}  // namespace cw::devserver
