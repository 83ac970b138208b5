#include "tools/fhir-devserver/Indexer.h"

#include "core/fhir/Reference.h"
#include "tools/fhir-devserver/DateRange.h"

#include <algorithm>

namespace cw::devserver {

namespace {

using fhir::JsonValue;

// FHIRPath-style navigation: arrays flatten, and a name that is absent
// follows its choice forms (effective -> effectiveDateTime, effectivePeriod).
void collect(const JsonValue& node, const QStringList& path, qsizetype step, QList<const JsonValue*>& out) {
  if (node.isArray()) {
    for (const JsonValue& item : node.items()) {
      collect(item, path, step, out);
    }
    return;
  }
  if (step == path.size()) {
    out.append(&node);
    return;
  }
  if (!node.isObject()) {
    return;
  }
  const QString& name = path.at(step);
  if (node.contains(name)) {
    collect(node[name], path, step + 1, out);
    return;
  }
  for (const fhir::JsonMember& member : node.members()) {
    if (member.key.size() > name.size() && member.key.startsWith(name) &&
        member.key.at(name.size()).isUpper()) {
      collect(member.value, path, step + 1, out);
    }
  }
}

void addTokens(const SearchParameter* parameter, const JsonValue& node, IndexRows& rows) {
  if (node.isString()) {
    rows.tokens.append({parameter, QString(), node.toString()});
  } else if (node.isBool()) {
    rows.tokens.append(
        {parameter, QString(), node.toBool().value() ? QStringLiteral("true") : QStringLiteral("false")});
  } else if (node.contains(u"coding")) {  // CodeableConcept
    for (const JsonValue& coding : node[u"coding"].items()) {
      if (coding[u"code"].isString()) {
        rows.tokens.append({parameter, coding[u"system"].toString(), coding[u"code"].toString()});
      }
    }
  } else if (node[u"code"].isString()) {  // Coding
    rows.tokens.append({parameter, node[u"system"].toString(), node[u"code"].toString()});
  } else if (node[u"value"].isString()) {  // Identifier, ContactPoint
    rows.tokens.append({parameter, node[u"system"].toString(), node[u"value"].toString()});
  }
}

void addText(const SearchParameter* parameter, const JsonValue& node, IndexRows& rows) {
  if (node.isString()) {
    const QString exact = node.toString();
    rows.strings.append({parameter, Indexer::normalize(exact), exact});
    return;
  }
  if (!node.isObject()) {
    return;
  }
  // HumanName and Address: every part a person might type.
  static const QStringList kParts = {
      QStringLiteral("family"),     QStringLiteral("given"),    QStringLiteral("prefix"),
      QStringLiteral("suffix"),     QStringLiteral("text"),     QStringLiteral("line"),
      QStringLiteral("city"),       QStringLiteral("district"), QStringLiteral("state"),
      QStringLiteral("postalCode"), QStringLiteral("country")};
  for (const QString& part : kParts) {
    const JsonValue& value = node[part];
    if (value.isArray()) {
      for (const JsonValue& item : value.items()) {
        addText(parameter, item, rows);
      }
    } else if (value.isString()) {
      addText(parameter, value, rows);
    }
  }
}

void addReference(const SearchParameter* parameter, const JsonValue& node, IndexRows& rows) {
  const std::optional<fhir::Reference> reference = fhir::Reference::parse(node[u"reference"].toString());
  if (!reference || (reference->kind() != fhir::Reference::Kind::Relative &&
                     reference->kind() != fhir::Reference::Kind::Absolute)) {
    return;
  }
  if (!parameter->targets.isEmpty() && !parameter->targets.contains(reference->resourceType())) {
    return;
  }
  rows.references.append({parameter, reference->resourceType(), reference->id()});
}

void addDate(const SearchParameter* parameter, const JsonValue& node, IndexRows& rows) {
  if (node.isString()) {
    if (const std::optional<DateRange> range = DateRange::parse(node.toString())) {
      rows.dates.append({parameter, range->low, range->high});
    }
    return;
  }
  // Period: an open end stays open.
  const std::optional<DateRange> start = DateRange::parse(node[u"start"].toString());
  const std::optional<DateRange> end = DateRange::parse(node[u"end"].toString());
  if (start || end) {
    rows.dates.append(
        {parameter, start ? start->low : DateRange::kOpenStart, end ? end->high : DateRange::kOpenEnd});
  }
}

bool isAscii(QStringView text) {
  return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

}  // namespace

IndexRows Indexer::index(const fhir::Resource& resource) {
  IndexRows rows;
  for (const SearchParameter* parameter : SearchParameters::table().forType(resource.resourceType())) {
    QList<const JsonValue*> nodes;
    for (const QStringList& path : parameter->paths) {
      collect(resource.json(), path, 0, nodes);
    }
    for (const JsonValue* node : nodes) {
      switch (parameter->kind) {
        case SearchParamKind::Token: addTokens(parameter, *node, rows); break;
        case SearchParamKind::String: addText(parameter, *node, rows); break;
        case SearchParamKind::Reference: addReference(parameter, *node, rows); break;
        case SearchParamKind::Date: addDate(parameter, *node, rows); break;
      }
    }
  }
  return rows;
}

QString Indexer::normalize(QStringView text) {
  if (isAscii(text)) {
    return text.toString().toCaseFolded();
  }
  const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
  QString result;
  result.reserve(decomposed.size());
  for (const QChar c : decomposed) {
    if (c.category() != QChar::Mark_NonSpacing) {
      result.append(c);
    }
  }
  return result.toCaseFolded();
}

}  // namespace cw::devserver
