// Routes every Qt log message through the scrubber into a rotating file under
// the user's local data folder, so nothing unscrubbed reaches disk or stderr.
#pragma once

#include <QString>

namespace cw::base {

// Installs the message handler. Call once, early in main().
void installLogging(const QString& logDirectory);

// The file installLogging() writes to, or an empty string before it is called.
QString logFilePath();

}  // namespace cw::base
