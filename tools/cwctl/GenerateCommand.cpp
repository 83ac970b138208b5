#include "tools/cwctl/GenerateCommand.h"

#include "tools/synthetic/Generator.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>

#include <limits>
#include <optional>

namespace cw::cwctl {
namespace {

constexpr int kExitFailed = 1;
constexpr int kExitBadArguments = 2;

void complain(const QString& message) {
  QTextStream(stderr) << "cwctl generate: " << message << '\n';
}

std::optional<int> parsePatients(const QString& text) {
  bool ok = false;
  const int value = text.toInt(&ok);
  if (!ok || value < 0 || value > synthetic::kMaxPatients) {
    return std::nullopt;
  }
  return value;
}

std::optional<QDate> parseAnchor(const QString& text) {
  static const QRegularExpression form(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
  const QDate date = QDate::fromString(text, Qt::ISODate);
  if (!form.match(text).hasMatch() || !date.isValid()) {
    return std::nullopt;
  }
  return date;
}

// The first file in `dir` that this run would not overwrite with a bundle
// of its own, or nothing. Such a folder is refused: a stray file, or an
// old bundle beyond the new set's last one, would be loaded with the set.
std::optional<QString> strayFile(const QDir& dir, int bundles) {
  QStringList expected;
  for (int index = 0; index < bundles; ++index) {
    expected << synthetic::bundleFileName(index);
  }
  const QStringList present =
      dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
  for (const QString& name : present) {
    if (!expected.contains(name)) {
      return name;
    }
  }
  return std::nullopt;
}

}  // namespace

int runGenerate(const QStringList& arguments) {
  QCommandLineParser parser;
  parser.setApplicationDescription(QStringLiteral(
      "Writes a synthetic UK data set (FHIR R4 transaction bundles, reference data first) to a "
      "folder. The same options always give the same files."));
  const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                QStringLiteral("Show this help."));
  const QCommandLineOption patients(QStringLiteral("patients"),
                                    QStringLiteral("Number of patients, 0 to %1 (default %2).")
                                        .arg(synthetic::kMaxPatients)
                                        .arg(synthetic::kDemoPatients),
                                    QStringLiteral("N"));
  const QCommandLineOption seed(
      QStringLiteral("seed"),
      QStringLiteral("Random seed, a whole number (default %1, the demo set).").arg(synthetic::kDemoSeed),
      QStringLiteral("S"));
  const QCommandLineOption out(
      QStringLiteral("out"),
      QStringLiteral("Folder to write to; created if missing. It may hold only bundles "
                     "this run replaces: nothing is ever deleted."),
      QStringLiteral("DIR"));
  const QCommandLineOption anchor(QStringLiteral("anchor"),
                                  QStringLiteral("The data set's \"today\" (default %1).")
                                      .arg(synthetic::defaultAnchor().toString(Qt::ISODate)),
                                  QStringLiteral("YYYY-MM-DD"));
  parser.addOptions({help, patients, seed, out, anchor});
  if (!parser.parse(arguments)) {
    complain(parser.errorText());
    return kExitBadArguments;
  }
  if (parser.isSet(help)) {
    QTextStream(stdout) << parser.helpText();
    return 0;
  }
  if (!parser.positionalArguments().isEmpty()) {
    complain(QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()));
    return kExitBadArguments;
  }

  synthetic::GeneratorOptions options;
  if (parser.isSet(patients)) {
    const std::optional<int> value = parsePatients(parser.value(patients));
    if (!value) {
      complain(QStringLiteral("--patients: \"%1\" is not a whole number from 0 to %2")
                   .arg(parser.value(patients))
                   .arg(synthetic::kMaxPatients));
      return kExitBadArguments;
    }
    options.patients = *value;
  }
  if (parser.isSet(seed)) {
    bool ok = false;
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok) {
      complain(QStringLiteral("--seed: \"%1\" is not a whole number from 0 to %2")
                   .arg(parser.value(seed))
                   .arg(std::numeric_limits<quint64>::max()));
      return kExitBadArguments;
    }
  }
  if (parser.isSet(anchor)) {
    const std::optional<QDate> value = parseAnchor(parser.value(anchor));
    if (!value) {
      complain(QStringLiteral("--anchor: \"%1\" is not a date written YYYY-MM-DD").arg(parser.value(anchor)));
      return kExitBadArguments;
    }
    options.anchor = *value;
  }
  if (!parser.isSet(out) || parser.value(out).isEmpty()) {
    complain(QStringLiteral("--out: required; name the folder to write the bundles to"));
    return kExitBadArguments;
  }

  const QString outDir = parser.value(out);
  const QFileInfo info(outDir);
  if (info.exists() && !info.isDir()) {
    complain(QStringLiteral("--out: %1 is a file, not a folder").arg(QDir::toNativeSeparators(outDir)));
    return kExitBadArguments;
  }
  if (info.exists()) {
    if (const std::optional<QString> stray = strayFile(QDir(outDir), synthetic::bundleCount(options))) {
      complain(
          QStringLiteral("--out: %1 already holds \"%2\", which is not part of this data set; cwctl never "
                         "deletes files, so choose an empty or new folder")
              .arg(QDir::toNativeSeparators(outDir), *stray));
      return kExitBadArguments;
    }
  }

  const synthetic::WriteResult result = synthetic::writeBundles(options, outDir);
  if (!result.error.isEmpty()) {
    complain(result.error);
    return kExitFailed;
  }
  QTextStream(stdout) << "Wrote " << result.bundles << " bundles (" << options.patients << " patients, seed "
                      << options.seed << ", anchor " << options.anchor.toString(Qt::ISODate) << ") to "
                      << QDir::toNativeSeparators(QDir(outDir).absolutePath()) << '\n';
  return 0;
}

}  // namespace cw::cwctl
