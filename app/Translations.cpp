#include "app/Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace cw::shell {

QTranslator* installTranslation(QCoreApplication& app, const QString& language) {
  // The translation files are compiled into the shell library as resources
  // under :/i18n by qt_add_translations.
  auto* translator = new QTranslator(&app);
  if (!translator->load(QStringLiteral(":/i18n/clinical-workstation_") + language)) {
    delete translator;
    return nullptr;
  }
  app.installTranslator(translator);
  QLocale::setDefault(QLocale(language));
  return translator;
}

}  // namespace cw::shell
