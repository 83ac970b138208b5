#include "core/config/EffectiveConfig.h"

#include "core/config/ConfigTr.h"
#include "core/config/SettingSchema.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace cw::config {
namespace {

QString knownKeys() {
  QStringList names;
  for (const SettingDefinition& definition : settingDefinitions()) {
    names.append(definition.key);
  }
  return names.join(QStringLiteral(", "));
}

}  // namespace

EffectiveConfig EffectiveConfig::resolve(QList<ConfigLayer> layers) {
  std::stable_sort(layers.begin(), layers.end(), [](const ConfigLayer& a, const ConfigLayer& b) {
    return static_cast<int>(a.source) < static_cast<int>(b.source);
  });

  // One pass in precedence order: report every bad entry, keep the first
  // valid value of each key.
  EffectiveConfig config;
  QHash<QString, EffectiveSetting> chosen;
  QSet<QString> setInvalidly;  // already reported; "missing" would mislead
  for (const ConfigLayer& layer : layers) {
    config.m_issues.append(layer.issues);
    for (const ConfigEntry& entry : layer.entries) {
      const SettingDefinition* definition = findSetting(entry.key);
      if (definition == nullptr) {
        config.m_issues.append({entry.key, layer.location, entry.line,
                                Tr::tr("unknown setting; known settings are: %1").arg(knownKeys())});
      } else if (const auto problem = validateSetting(*definition, entry.value)) {
        config.m_issues.append({entry.key, layer.location, entry.line, *problem});
        setInvalidly.insert(entry.key);
      } else if (!chosen.contains(entry.key)) {
        chosen.insert(entry.key, {entry.key, entry.value, layer.source, layer.location});
      }
    }
  }

  for (const SettingDefinition& definition : settingDefinitions()) {
    if (const auto found = chosen.constFind(definition.key); found != chosen.constEnd()) {
      config.m_settings.append(*found);
      continue;
    }
    if (setInvalidly.contains(definition.key)) {
      continue;
    }
    if (!definition.defaultValue.isEmpty()) {
      config.m_settings.append({definition.key, definition.defaultValue, ConfigSource::Default, {}});
    } else if (definition.required) {
      QStringList places;
      for (const ConfigLayer& layer : layers) {
        places.append(layer.location);
      }
      config.m_issues.append({definition.key,
                              {},
                              0,
                              Tr::tr("required setting is missing; set it in one of: %1")
                                  .arg(places.join(QStringLiteral(", ")))});
    }
  }
  config.m_layers = std::move(layers);
  return config;
}

const EffectiveSetting* EffectiveConfig::find(const QString& key) const {
  const auto it = std::find_if(m_settings.begin(), m_settings.end(),
                               [&](const EffectiveSetting& s) { return s.key == key; });
  return it == m_settings.end() ? nullptr : &*it;
}

QString EffectiveConfig::text(const char* key) const {
  const EffectiveSetting* setting = find(QLatin1String(key));
  return setting ? setting->value : QString();
}

int EffectiveConfig::integer(const char* key) const {
  return text(key).toInt();
}

QStringList EffectiveConfig::list(const char* key) const {
  QStringList items;
  for (const QString& item : text(key).split(u',', Qt::SkipEmptyParts)) {
    if (const QString trimmed = item.trimmed(); !trimmed.isEmpty() && !items.contains(trimmed)) {
      items.append(trimmed);
    }
  }
  return items;
}

QUrl EffectiveConfig::url(const char* key) const {
  const QString value = text(key);
  return value.isEmpty() ? QUrl() : QUrl(value, QUrl::StrictMode);
}

}  // namespace cw::config
