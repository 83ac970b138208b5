#include "tools/fhir-devserver/SearchQuery.h"

#include "core/fhir/Reference.h"
#include "core/fhir/Resource.h"
#include "tools/fhir-devserver/DateRange.h"
#include "tools/fhir-devserver/Indexer.h"
#include "tools/fhir-devserver/Storage.h"

#include <algorithm>

namespace cw::devserver {

namespace {

// Search values escape ',', '|', '$' and '\' with a backslash.
QStringList splitUnescaped(QStringView text, QChar separator, qsizetype maxParts = -1) {
  QStringList parts;
  QString current;
  for (qsizetype i = 0; i < text.size(); ++i) {
    const QChar c = text.at(i);
    if (c == u'\\' && i + 1 < text.size()) {
      current += c;
      current += text.at(++i);
    } else if (c == separator && (maxParts < 0 || parts.size() + 1 < maxParts)) {
      parts.append(current);
      current.clear();
    } else {
      current += c;
    }
  }
  parts.append(current);
  return parts;
}

QString unescape(QStringView text) {
  QString result;
  result.reserve(text.size());
  for (qsizetype i = 0; i < text.size(); ++i) {
    if (text.at(i) == u'\\' && i + 1 < text.size()) {
      ++i;
    }
    result += text.at(i);
  }
  return result;
}

// Matching of a stored span [low, high] against a searched span, per prefix
// (FHIR R4 search, "date" parameters).
std::optional<QString> dateFilter(QStringView prefix, const DateRange& query, const QString& low,
                                  const QString& high, QVariantList& binds) {
  auto bindAll = [&](std::initializer_list<qint64> values) {
    for (qint64 value : values) {
      binds.append(value);
    }
  };
  const QString within = QStringLiteral("(%1 >= ? AND %2 <= ?)").arg(low, high);
  if (prefix == u"eq") {
    bindAll({query.low, query.high});
    return within;
  }
  if (prefix == u"ne") {
    bindAll({query.low, query.high});
    return QStringLiteral("NOT ") + within;
  }
  if (prefix == u"gt") {
    bindAll({query.high});
    return QStringLiteral("%1 > ?").arg(high);
  }
  if (prefix == u"lt") {
    bindAll({query.low});
    return QStringLiteral("%1 < ?").arg(low);
  }
  if (prefix == u"ge") {
    bindAll({query.high, query.low, query.high});
    return QStringLiteral("(%1 > ? OR %2)").arg(high, within);
  }
  if (prefix == u"le") {
    bindAll({query.low, query.low, query.high});
    return QStringLiteral("(%1 < ? OR %2)").arg(low, within);
  }
  if (prefix == u"sa") {
    bindAll({query.high});
    return QStringLiteral("%1 > ?").arg(low);
  }
  if (prefix == u"eb") {
    bindAll({query.low});
    return QStringLiteral("%1 < ?").arg(high);
  }
  if (prefix == u"ap") {
    bindAll({query.high, query.low});
    return QStringLiteral("(%1 <= ? AND %2 >= ?)").arg(low, high);
  }
  return std::nullopt;
}

// Limits that keep every search within what one SQLite statement can bind
// and nest.
constexpr int kMaxParameters = 100;
constexpr int kMaxAlternatives = 500;

QString tableOf(SearchParamKind kind) {
  switch (kind) {
    case SearchParamKind::Token: return QStringLiteral("idx_token");
    case SearchParamKind::String: return QStringLiteral("idx_string");
    case SearchParamKind::Reference: return QStringLiteral("idx_reference");
    case SearchParamKind::Date: return QStringLiteral("idx_date");
  }
  return {};
}

}  // namespace

// Builds a SearchQuery one parameter at a time. Each handler answers Ok,
// Unsupported (ignorable when lenient) or Invalid.
class SearchQueryParser {
 public:
  enum class Verdict { Ok, Unsupported, Invalid };

  SearchQueryParser(SearchQuery& query, const QString& type) : m_query(query), m_type(type) {}

  Verdict add(const QString& name, const QString& value) {
    const qsizetype colon = name.indexOf(u':');
    const QString base = colon < 0 ? name : name.left(colon);
    const QString modifier = colon < 0 ? QString() : name.mid(colon + 1);
    if (base.contains(u'.') || modifier.contains(u'.')) {
      return unsupported(QStringLiteral("Chained search (\"%1\") is not supported.").arg(name));
    }
    if (!modifier.isEmpty() && base.startsWith(u'_') && base != u"_include") {
      return unsupported(QStringLiteral("The modifier :%1 is not supported on %2.").arg(modifier, base));
    }
    if (base == u"_count") {
      return count(value);
    }
    if (base == u"_sort") {
      return sort(value);
    }
    if (base == u"_include") {
      return include(modifier, value);
    }
    if (base == u"_summary") {
      return summary(value);
    }
    if (base == u"_total") {
      return total(value);
    }
    if (base == u"_elements") {
      return elements(value);
    }
    if (base == u"_format") {
      return format(value);
    }
    if (base == u"_pretty") {
      return Verdict::Ok;  // compact JSON reads the same
    }
    if (base == u"_id") {
      return ids(value);
    }
    if (base == u"_lastUpdated") {
      return lastUpdated(value);
    }
    const SearchParameter* parameter = SearchParameters::table().find(m_type, base);
    if (!parameter) {
      return unsupported(QStringLiteral("Unknown search parameter \"%1\" for %2.").arg(base, m_type));
    }
    if (modifier == u"missing") {
      return missing(parameter, value);
    }
    switch (parameter->kind) {
      case SearchParamKind::Token: return token(parameter, modifier, value);
      case SearchParamKind::String: return text(parameter, modifier, value);
      case SearchParamKind::Reference: return reference(parameter, modifier, value);
      case SearchParamKind::Date: return date(parameter, modifier, value);
    }
    return Verdict::Invalid;
  }

  const QString& message() const { return m_message; }

 private:
  Verdict unsupported(const QString& message) {
    m_message = message;
    return Verdict::Unsupported;
  }

  Verdict invalid(const QString& message) {
    m_message = message;
    return Verdict::Invalid;
  }

  // The comma-separated alternatives of a value; nothing when the search
  // has more in all than one statement can bind.
  std::optional<QStringList> alternatives(const QString& name, const QString& value) {
    QStringList items = splitUnescaped(value, u',');
    m_alternatives += items.size();
    if (m_alternatives > kMaxAlternatives) {
      m_message = QStringLiteral("The search has more than %1 values in all (at %2).")
                      .arg(kMaxAlternatives)
                      .arg(name);
      return std::nullopt;
    }
    return items;
  }

  Verdict count(const QString& value) {
    bool ok = false;
    const int count = value.toInt(&ok);
    if (!ok || count < 0) {
      return invalid(QStringLiteral("_count must be a whole number of 0 or more, not \"%1\".").arg(value));
    }
    m_query.m_count = std::min(count, SearchQuery::kMaxCount);
    m_query.m_countOnly = m_query.m_countOnly || count == 0;
    return Verdict::Ok;
  }

  Verdict sort(const QString& value) {
    const QStringList keys = value.split(u',', Qt::SkipEmptyParts);
    if (keys.size() != 1) {
      return unsupported(QStringLiteral("_sort takes exactly one key here, not \"%1\".").arg(value));
    }
    QString key = keys.first();
    SearchSort sort;
    sort.descending = key.startsWith(u'-');
    if (sort.descending) {
      key.remove(0, 1);
    }
    if (key == u"_lastUpdated") {
      sort.key = SearchSort::Key::LastUpdated;
    } else if (const SearchParameter* parameter = SearchParameters::table().find(m_type, key);
               parameter && parameter->kind == SearchParamKind::Date) {
      sort.key = SearchSort::Key::Parameter;
      sort.parameter = parameter;
    } else {
      return unsupported(
          QStringLiteral("Cannot sort %1 by \"%2\": use _lastUpdated or a date parameter.").arg(m_type, key));
    }
    m_query.m_sort = sort;
    return Verdict::Ok;
  }

  Verdict include(const QString& modifier, const QString& value) {
    if (!modifier.isEmpty()) {
      return unsupported(QStringLiteral("_include:%1 is not supported.").arg(modifier));
    }
    const QStringList parts = value.split(u':');
    if (parts.size() < 2 || parts.size() > 3 || parts.at(0) != m_type) {
      return unsupported(
          QStringLiteral("_include must be %1:parameter[:TargetType], not \"%2\".").arg(m_type, value));
    }
    const SearchParameter* parameter = SearchParameters::table().find(m_type, parts.at(1));
    if (!parameter || parameter->kind != SearchParamKind::Reference) {
      return unsupported(
          QStringLiteral("\"%1\" is not a reference parameter of %2.").arg(parts.at(1), m_type));
    }
    const QString target = parts.size() == 3 ? parts.at(2) : QString();
    if (!target.isEmpty() && !fhir::isKnownResourceType(target)) {
      return invalid(QStringLiteral("\"%1\" in _include is not a resource type.").arg(target));
    }
    m_query.m_includes.append({parameter, target});
    return Verdict::Ok;
  }

  Verdict summary(const QString& value) {
    if (value == u"count") {
      m_query.m_countOnly = true;
      return Verdict::Ok;
    }
    if (value == u"false") {
      return Verdict::Ok;
    }
    return unsupported(QStringLiteral("_summary=%1 is not supported (count and false are).").arg(value));
  }

  Verdict total(const QString& value) {
    if (value == u"none") {
      m_query.m_total = false;
    } else if (value == u"estimate" || value == u"accurate") {
      m_query.m_total = true;
    } else {
      return invalid(QStringLiteral("_total must be none, estimate or accurate, not \"%1\".").arg(value));
    }
    return Verdict::Ok;
  }

  Verdict elements(const QString& value) {
    for (const QString& element : value.split(u',', Qt::SkipEmptyParts)) {
      const QString name = element.trimmed();
      const bool valid = !name.isEmpty() && name.at(0).isLetter() &&
                         std::all_of(name.cbegin(), name.cend(),
                                     [](QChar c) { return c.isLetterOrNumber() && c.unicode() < 128; });
      if (!valid) {
        return invalid(
            QStringLiteral("_elements takes element names such as id,status, not \"%1\".").arg(value));
      }
      m_query.m_elements.append(name);
    }
    return Verdict::Ok;
  }

  Verdict format(const QString& value) {
    static const QStringList kJson = {QStringLiteral("json"), QStringLiteral("application/json"),
                                      QStringLiteral("application/fhir+json")};
    if (kJson.contains(value.section(u';', 0, 0).trimmed())) {
      return Verdict::Ok;
    }
    return unsupported(
        QStringLiteral("_format=%1 is not supported: this server speaks JSON only.").arg(value));
  }

  Verdict ids(const QString& value) {
    SearchCriterion criterion;
    QStringList placeholders;
    const std::optional<QStringList> items = alternatives(QStringLiteral("_id"), value);
    if (!items) {
      return Verdict::Invalid;
    }
    for (const QString& id : *items) {
      criterion.binds.append(unescape(id));
      placeholders.append(QStringLiteral("?"));
    }
    criterion.filter = QStringLiteral("v.id IN (%1)").arg(placeholders.join(u','));
    m_query.m_criteria.append(criterion);
    return Verdict::Ok;
  }

  Verdict lastUpdated(const QString& value) {
    SearchCriterion criterion;
    QStringList filters;
    const std::optional<QStringList> items = alternatives(QStringLiteral("_lastUpdated"), value);
    if (!items) {
      return Verdict::Invalid;
    }
    for (const QString& item : *items) {
      const std::optional<QString> filter =
          dateAlternative(QStringLiteral("_lastUpdated"), unescape(item), QStringLiteral("v.updated"),
                          QStringLiteral("v.updated"), criterion.binds);
      if (!filter) {
        return Verdict::Invalid;
      }
      filters.append(*filter);
    }
    criterion.filter = QStringLiteral("(") + filters.join(QStringLiteral(" OR ")) + u')';
    m_query.m_criteria.append(criterion);
    return Verdict::Ok;
  }

  std::optional<bool> missingValue(const QString& value) {
    if (value == u"true" || value == u"false") {
      return value == u"true";
    }
    m_message = QStringLiteral(":missing takes true or false, not \"%1\".").arg(value);
    return std::nullopt;
  }

  Verdict missing(const SearchParameter* parameter, const QString& value) {
    const std::optional<bool> isMissing = missingValue(value);
    if (!isMissing) {
      return Verdict::Invalid;
    }
    SearchCriterion criterion;
    criterion.parameter = parameter;
    criterion.negate = *isMissing;
    m_query.m_criteria.append(criterion);
    return Verdict::Ok;
  }

  // ORs the filters of each comma-separated value into one criterion.
  template <typename Alternative>
  Verdict anyOf(const SearchParameter* parameter, const QString& value, bool negate,
                Alternative alternative) {
    SearchCriterion criterion;
    criterion.parameter = parameter;
    criterion.negate = negate;
    QStringList filters;
    const std::optional<QStringList> items = alternatives(parameter->name, value);
    if (!items) {
      return Verdict::Invalid;
    }
    for (const QString& item : *items) {
      const std::optional<QString> filter = alternative(item, criterion.binds);
      if (!filter) {
        return Verdict::Invalid;
      }
      filters.append(*filter);
    }
    criterion.filter = filters.join(QStringLiteral(" OR "));
    m_query.m_criteria.append(criterion);
    return Verdict::Ok;
  }

  Verdict token(const SearchParameter* parameter, const QString& modifier, const QString& value) {
    if (!modifier.isEmpty() && modifier != u"not") {
      return unsupported(
          QStringLiteral("The modifier :%1 is not supported on %2.").arg(modifier, parameter->name));
    }
    return anyOf(parameter, value, modifier == u"not",
                 [&](const QString& item, QVariantList& binds) -> std::optional<QString> {
                   const QStringList parts = splitUnescaped(item, u'|', 2);
                   if (parts.size() == 1) {
                     binds.append(unescape(parts.at(0)));
                     return QStringLiteral("code = ?");
                   }
                   const QString system = unescape(parts.at(0));
                   const QString code = unescape(parts.at(1));
                   if (code.isEmpty()) {
                     if (system.isEmpty()) {
                       m_message = QStringLiteral("%1 has an empty value.").arg(parameter->name);
                       return std::nullopt;
                     }
                     binds.append(system);
                     return QStringLiteral("system = ?");
                   }
                   binds.append(system);
                   binds.append(code);
                   return QStringLiteral("(system = ? AND code = ?)");
                 });
  }

  Verdict text(const SearchParameter* parameter, const QString& modifier, const QString& value) {
    if (!modifier.isEmpty() && modifier != u"exact" && modifier != u"contains") {
      return unsupported(
          QStringLiteral("The modifier :%1 is not supported on %2.").arg(modifier, parameter->name));
    }
    return anyOf(parameter, value, false,
                 [&](const QString& item, QVariantList& binds) -> std::optional<QString> {
                   const QString exact = unescape(item);
                   if (modifier == u"exact") {
                     binds.append(exact);
                     return QStringLiteral("exact = ?");
                   }
                   const QString normalized = Indexer::normalize(exact);
                   if (modifier == u"contains") {
                     QString pattern = normalized;
                     pattern.replace(u'\\', QStringLiteral("\\\\"))
                         .replace(u'%', QStringLiteral("\\%"))
                         .replace(u'_', QStringLiteral("\\_"));
                     binds.append(QStringLiteral("%") + pattern + QStringLiteral("%"));
                     return QStringLiteral("norm LIKE ? ESCAPE '\\'");
                   }
                   // Starts-with as a range: every UTF-8 text that starts with the prefix
                   // sorts below prefix + 0xFF, a byte that never occurs in UTF-8.
                   binds.append(normalized);
                   binds.append(normalized.toUtf8() + '\xff');
                   return QStringLiteral("(norm >= ? AND norm < ?)");
                 });
  }

  Verdict reference(const SearchParameter* parameter, const QString& modifier, const QString& value) {
    if (!modifier.isEmpty() && !fhir::isKnownResourceType(modifier)) {
      return unsupported(
          QStringLiteral("The modifier :%1 is not supported on %2.").arg(modifier, parameter->name));
    }
    return anyOf(
        parameter, value, false, [&](const QString& item, QVariantList& binds) -> std::optional<QString> {
          const QString text = unescape(item);
          QString type = modifier;
          QString id = text;
          if (text.contains(u'/')) {
            const std::optional<fhir::Reference> parsed = fhir::Reference::parse(text);
            if (!parsed || !parsed->relativePath()) {
              m_message =
                  QStringLiteral("\"%1\" is not a reference %2 can search for.").arg(text, parameter->name);
              return std::nullopt;
            }
            type = parsed->resourceType();
            id = parsed->id();
          } else if (type.isEmpty() && parameter->targets.size() == 1) {
            type = parameter->targets.first();
          }
          if (!fhir::isValidId(id)) {
            m_message = QStringLiteral("\"%1\" is not a valid id for %2.").arg(text, parameter->name);
            return std::nullopt;
          }
          binds.append(id);
          if (type.isEmpty()) {
            return QStringLiteral("target_id = ?");
          }
          binds.append(type);
          return QStringLiteral("(target_id = ? AND target_type = ?)");
        });
  }

  Verdict date(const SearchParameter* parameter, const QString& modifier, const QString& value) {
    if (!modifier.isEmpty()) {
      return unsupported(
          QStringLiteral("The modifier :%1 is not supported on %2.").arg(modifier, parameter->name));
    }
    return anyOf(parameter, value, false, [&](const QString& item, QVariantList& binds) {
      return dateAlternative(parameter->name, unescape(item), QStringLiteral("low"), QStringLiteral("high"),
                             binds);
    });
  }

  std::optional<QString> dateAlternative(const QString& name, const QString& value, const QString& low,
                                         const QString& high, QVariantList& binds) {
    QString prefix = QStringLiteral("eq");
    QStringView date = value;
    if (value.size() >= 2 && value.at(0).isLetter() && value.at(1).isLetter()) {
      prefix = value.left(2);
      date = date.mid(2);
    }
    const std::optional<DateRange> range = DateRange::parse(date);
    if (!range) {
      m_message = QStringLiteral("\"%1\" in %2 is not a FHIR date, dateTime or instant.").arg(value, name);
      return std::nullopt;
    }
    std::optional<QString> filter = dateFilter(prefix, *range, low, high, binds);
    if (!filter) {
      m_message = QStringLiteral("\"%1\" in %2 is not a search prefix (eq, ne, gt, lt, ge, le, sa, eb, ap).")
                      .arg(prefix, name);
    }
    return filter;
  }

  SearchQuery& m_query;
  const QString& m_type;
  QString m_message;
  qsizetype m_alternatives = 0;
};

SearchParseResult SearchQuery::parse(const QString& resourceType, const QueryParams& params, bool lenient) {
  if (params.size() > kMaxParameters) {
    return {std::nullopt, QStringLiteral("A search takes at most %1 parameters.").arg(kMaxParameters)};
  }
  SearchQuery query;
  query.m_type = resourceType;
  SearchQueryParser parser(query, resourceType);
  for (const auto& [name, value] : params) {
    if (name == u"_cursor") {
      query.m_cursor = value;
      continue;
    }
    query.m_linkParams.append({name, value});
    switch (parser.add(name, value)) {
      case SearchQueryParser::Verdict::Ok: break;
      case SearchQueryParser::Verdict::Unsupported:
        if (!lenient) {
          return {std::nullopt, parser.message()};
        }
        query.m_ignored.append(parser.message());
        break;
      case SearchQueryParser::Verdict::Invalid: return {std::nullopt, parser.message()};
    }
  }
  return {std::move(query), QString()};
}

QString SearchQuery::condition(const Storage& storage, QVariantList& binds) const {
  QStringList parts;
  for (const SearchCriterion& criterion : m_criteria) {
    binds += criterion.binds;
    if (!criterion.parameter) {
      parts.append(criterion.filter);
      continue;
    }
    QString rows = QStringLiteral("SELECT seq FROM %1 WHERE param = %2")
                       .arg(tableOf(criterion.parameter->kind))
                       .arg(storage.parameterId(criterion.parameter));
    if (!criterion.filter.isEmpty()) {
      rows += QStringLiteral(" AND (") + criterion.filter + u')';
    }
    parts.append(
        QStringLiteral("v.seq %1IN (%2)").arg(criterion.negate ? QStringLiteral("NOT ") : QString(), rows));
  }
  return parts.isEmpty() ? QStringLiteral("1") : parts.join(QStringLiteral(" AND "));
}

}  // namespace cw::devserver
