// Reads a configuration file: INI with top-level `key=value` lines, `#` or `;`
// comments, UTF-8, LF or CRLF. Sections and malformed lines are reported as
// problems rather than ignored, so a typo in a policy file is never silent.
#pragma once

#include "core/config/ConfigLayer.h"

#include <QByteArray>

namespace cw::config {

// Parses `content` as if it were read from `location`.
ConfigLayer parseIniLayer(ConfigSource source, const QString& location, const QByteArray& content);

// Reads the file at `path`. A missing file is an absent layer; a file that
// exists but cannot be read is a problem (a policy must never be skipped).
ConfigLayer readIniLayer(ConfigSource source, const QString& path);

}  // namespace cw::config
