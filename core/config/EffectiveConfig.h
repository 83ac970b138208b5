// The settings in force: for each known key, the value from the highest layer
// that sets it validly (policy, machine, user, default) and where it came
// from, plus every problem found in any layer. Invalid configuration is never
// half-used: callers check isValid() and fail closed.
#pragma once

#include "core/config/ConfigLayer.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace cw::config {

struct EffectiveSetting {
  QString key;
  QString value;
  ConfigSource source = ConfigSource::Default;
  QString location;  // where the value came from; empty for defaults
};

class EffectiveConfig {
 public:
  // `layers` in any order; each knows its own precedence.
  static EffectiveConfig resolve(QList<ConfigLayer> layers);

  bool isValid() const { return m_issues.isEmpty(); }
  const QList<ConfigIssue>& issues() const { return m_issues; }
  // Every known setting that has a value, in schema order.
  const QList<EffectiveSetting>& settings() const { return m_settings; }
  // The layers that were consulted, highest first.
  const QList<ConfigLayer>& layers() const { return m_layers; }

  const EffectiveSetting* find(const QString& key) const;
  QString text(const char* key) const;  // empty when unset
  int integer(const char* key) const;   // 0 when unset
  // A comma-separated list, each item trimmed, empty ones and repeats dropped.
  QStringList list(const char* key) const;
  QUrl url(const char* key) const;  // invalid when unset

 private:
  QList<ConfigLayer> m_layers;
  QList<EffectiveSetting> m_settings;
  QList<ConfigIssue> m_issues;
};

}  // namespace cw::config
