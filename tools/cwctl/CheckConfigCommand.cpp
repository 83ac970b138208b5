#include "tools/cwctl/CheckConfigCommand.h"

#include "core/config/ConfigLocations.h"
#include "core/config/EffectiveConfig.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace cw::cwctl {
namespace {

constexpr int kExitInvalid = 2;

QJsonObject toJson(const config::EffectiveConfig& config) {
  QJsonArray settings;
  for (const config::EffectiveSetting& setting : config.settings()) {
    settings.append(QJsonObject{{QStringLiteral("key"), setting.key},
                                {QStringLiteral("value"), setting.value},
                                {QStringLiteral("source"), config::sourceName(setting.source)},
                                {QStringLiteral("location"), setting.location}});
  }
  QJsonArray errors;
  for (const config::ConfigIssue& issue : config.issues()) {
    errors.append(QJsonObject{{QStringLiteral("key"), issue.key},
                              {QStringLiteral("location"), issue.location},
                              {QStringLiteral("line"), issue.line},
                              {QStringLiteral("message"), issue.message}});
  }
  QJsonArray layers;
  for (const config::ConfigLayer& layer : config.layers()) {
    layers.append(QJsonObject{{QStringLiteral("source"), config::sourceName(layer.source)},
                              {QStringLiteral("location"), layer.location},
                              {QStringLiteral("present"), layer.present}});
  }
  return {{QStringLiteral("valid"), config.isValid()},
          {QStringLiteral("settings"), settings},
          {QStringLiteral("errors"), errors},
          {QStringLiteral("layers"), layers}};
}

void printText(const config::EffectiveConfig& config) {
  QTextStream out(stdout);
  out << "Effective configuration (policy > machine > user > default):\n";
  qsizetype keyWidth = 0;
  qsizetype valueWidth = 0;
  for (const config::EffectiveSetting& setting : config.settings()) {
    keyWidth = std::max(keyWidth, setting.key.size());
    valueWidth = std::max(valueWidth, setting.value.size());
  }
  for (const config::EffectiveSetting& setting : config.settings()) {
    out << "  " << setting.key.leftJustified(keyWidth) << "  " << setting.value.leftJustified(valueWidth)
        << "  " << config::sourceName(setting.source);
    if (!setting.location.isEmpty()) {
      out << " (" << setting.location << ')';
    }
    out << '\n';
  }
  out.flush();

  QTextStream err(stderr);
  for (const config::ConfigIssue& issue : config.issues()) {
    err << "error: " << issue.text() << '\n';
  }
  if (config.isValid()) {
    out << "Configuration is valid.\n";
  } else {
    err << "Configuration is NOT valid: " << config.issues().size() << " problem(s).\n";
  }
}

}  // namespace

int runCheckConfig(const QStringList& arguments) {
  QCommandLineParser parser;
  parser.setApplicationDescription(
      QStringLiteral("Prints the effective configuration and where each value comes from. "
                     "Exit code 0 when valid, 2 when not."));
  parser.addHelpOption();
  const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON for fleet tools."));
  const QCommandLineOption policy(
      QStringLiteral("policy"),
      QStringLiteral("Check FILE as the machine policy instead of the installed one."),
      QStringLiteral("FILE"));
  const QCommandLineOption machine(QStringLiteral("machine"),
                                   QStringLiteral("Check FILE as the machine configuration."),
                                   QStringLiteral("FILE"));
  const QCommandLineOption user(QStringLiteral("user"),
                                QStringLiteral("Check FILE as the user configuration."),
                                QStringLiteral("FILE"));
  parser.addOptions({json, policy, machine, user});
  parser.process(arguments);

  const config::ConfigOverrides overrides{parser.value(policy), parser.value(machine), parser.value(user)};
  const auto config = config::EffectiveConfig::resolve(config::readConfigLayers(overrides));
  if (parser.isSet(json)) {
    QTextStream(stdout) << QJsonDocument(toJson(config)).toJson(QJsonDocument::Indented);
  } else {
    printText(config);
  }
  return config.isValid() ? 0 : kExitInvalid;
}

}  // namespace cw::cwctl
