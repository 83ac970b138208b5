// One source of settings (policy, machine file, user file) as read, before
// validation, and the problems found in it.
#pragma once

#include <QList>
#include <QString>

namespace cw::config {

// Highest precedence first.
enum class ConfigSource { Policy, Machine, User, Default };

QString sourceName(ConfigSource source);  // "policy", "machine", "user", "default"

// A problem with the configuration, always naming where it is.
struct ConfigIssue {
  QString key;       // empty when the problem is not about one key
  QString location;  // file path or registry key
  int line = 0;      // 0 when the location has no lines (registry, missing key)
  QString message;   // translated, says what is wrong and what is expected

  // "location:line: key: message", the form cwctl and the status page show.
  QString text() const;
};

struct ConfigEntry {
  QString key;
  QString value;
  int line = 0;
};

struct ConfigLayer {
  ConfigSource source = ConfigSource::Default;
  QString location;
  bool present = false;  // false when the file or registry key does not exist
  QList<ConfigEntry> entries;
  QList<ConfigIssue> issues;  // unreadable file, malformed lines
};

}  // namespace cw::config
