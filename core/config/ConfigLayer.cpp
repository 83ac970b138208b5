#include "core/config/ConfigLayer.h"

namespace cw::config {

QString sourceName(ConfigSource source) {
  switch (source) {
    case ConfigSource::Policy: return QStringLiteral("policy");
    case ConfigSource::Machine: return QStringLiteral("machine");
    case ConfigSource::User: return QStringLiteral("user");
    case ConfigSource::Default: return QStringLiteral("default");
  }
  return {};
}

QString ConfigIssue::text() const {
  QString where = location;
  if (line > 0) {
    where += QLatin1Char(':') + QString::number(line);
  }
  QString out = where.isEmpty() ? QString() : where + QStringLiteral(": ");
  if (!key.isEmpty()) {
    out += key + QStringLiteral(": ");
  }
  return out + message;
}

}  // namespace cw::config
