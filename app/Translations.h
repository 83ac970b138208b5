// Installs the translation for the configured language (en_GB or cy).
#pragma once

#include <QString>

class QCoreApplication;
class QTranslator;

namespace cw::shell {

// Returns the installed translator (owned by `app`), or null if the
// language has no translation in this build.
QTranslator* installTranslation(QCoreApplication& app, const QString& language);

}  // namespace cw::shell
