#include "core/fhir/Reference.h"

#include <QRegularExpression>

namespace cw::fhir {
namespace {

// FHIR R4: resource types are capitalised names; ids are 1-64 of [A-Za-z0-9-.].
const QString kTypeAndId =
    QStringLiteral(R"(([A-Z][A-Za-z]{1,63})/([A-Za-z0-9\-.]{1,64})(?:/_history/([A-Za-z0-9\-.]{1,64}))?)");

QString withoutTrailingSlash(const QString& path) {
  return path.endsWith(QLatin1Char('/')) ? path.chopped(1) : path;
}

}  // namespace

std::optional<Reference> Reference::parse(QStringView text) {
  static const QRegularExpression relative(QLatin1Char('^') + kTypeAndId + QLatin1Char('$'));
  static const QRegularExpression absolute(QStringLiteral("^(https?://[^\\s#?]+?)/") + kTypeAndId +
                                           QLatin1Char('$'));
  static const QRegularExpression contained(QStringLiteral(R"(^#([A-Za-z0-9\-.]{1,64})$)"));
  static const QRegularExpression urn(QStringLiteral(
      R"(^urn:(uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|)"
      R"(oid:[0-2](\.(0|[1-9][0-9]*))+)$)"));

  Reference reference;
  if (const auto match = relative.match(text); match.hasMatch()) {
    reference.m_kind = Kind::Relative;
    reference.m_type = match.captured(1);
    reference.m_id = match.captured(2);
    reference.m_version = match.captured(3);
    return reference;
  }
  if (const auto match = absolute.match(text); match.hasMatch()) {
    const QUrl base(match.captured(1), QUrl::StrictMode);
    if (!base.isValid() || base.host().isEmpty()) {
      return std::nullopt;
    }
    reference.m_kind = Kind::Absolute;
    reference.m_base = base;
    reference.m_type = match.captured(2);
    reference.m_id = match.captured(3);
    reference.m_version = match.captured(4);
    return reference;
  }
  if (const auto match = contained.match(text); match.hasMatch()) {
    reference.m_kind = Kind::Contained;
    reference.m_id = match.captured(1);
    return reference;
  }
  if (urn.match(text).hasMatch()) {
    reference.m_kind = Kind::Urn;
    reference.m_id = text.toString();
    return reference;
  }
  return std::nullopt;
}

std::optional<QString> Reference::relativePath() const {
  if (m_kind != Kind::Relative && m_kind != Kind::Absolute) {
    return std::nullopt;
  }
  return m_type + QLatin1Char('/') + m_id;
}

bool Reference::isOnServer(const QUrl& serverBase) const {
  if (m_kind == Kind::Relative) {
    return true;
  }
  if (m_kind != Kind::Absolute) {
    return false;
  }
  return m_base.scheme() == serverBase.scheme() &&
         m_base.host().compare(serverBase.host(), Qt::CaseInsensitive) == 0 &&
         m_base.port(m_base.scheme() == QLatin1String("https") ? 443 : 80) ==
             serverBase.port(serverBase.scheme() == QLatin1String("https") ? 443 : 80) &&
         withoutTrailingSlash(m_base.path()) == withoutTrailingSlash(serverBase.path());
}

}  // namespace cw::fhir
