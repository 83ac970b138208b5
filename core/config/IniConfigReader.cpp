#include "core/config/IniConfigReader.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include "core/config/ConfigTr.h"

namespace cw::config {
namespace {

constexpr qint64 kMaxConfigBytes = qint64{64} * 1024;

}  // namespace

ConfigLayer parseIniLayer(ConfigSource source, const QString& location, const QByteArray& content) {
  ConfigLayer layer;
  layer.source = source;
  layer.location = location;
  layer.present = true;

  const auto problem = [&layer](int line, const QString& key, const QString& message) {
    layer.issues.append({key, layer.location, line, message});
  };

  if (content.size() > kMaxConfigBytes) {
    problem(0, {},
            Tr::tr("the file is larger than %1 KB; is it the right file?").arg(kMaxConfigBytes / 1024));
    return layer;
  }
  QStringDecoder decoder(QStringDecoder::Utf8);
  QString text = decoder.decode(content);
  if (decoder.hasError()) {
    problem(0, {}, Tr::tr("the file is not valid UTF-8 text"));
    return layer;
  }
  if (text.startsWith(QChar(0xFEFF))) {
    text.remove(0, 1);
  }

  static const QRegularExpression keyPattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
  QSet<QString> seen;
  const QStringList lines = text.split(QLatin1Char('\n'));
  for (qsizetype i = 0; i < lines.size(); ++i) {
    const int lineNumber = static_cast<int>(i + 1);
    const QString line = lines[i].trimmed();
    if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';'))) {
      continue;
    }
    if (line.startsWith(QLatin1Char('['))) {
      problem(lineNumber, {},
              Tr::tr("sections such as %1 are not used; write key=value lines at the top level").arg(line));
      continue;
    }
    const qsizetype equals = line.indexOf(QLatin1Char('='));
    if (equals < 0) {
      problem(lineNumber, {}, Tr::tr("expected key=value, found \"%1\"").arg(line));
      continue;
    }
    const QString key = line.left(equals).trimmed();
    const QString value = line.mid(equals + 1).trimmed();
    if (!keyPattern.match(key).hasMatch()) {
      problem(lineNumber, key, Tr::tr("is not a valid setting name (lower-case letters, digits and _)"));
      continue;
    }
    if (seen.contains(key)) {
      problem(lineNumber, key, Tr::tr("is set more than once in this file"));
      continue;
    }
    seen.insert(key);
    layer.entries.append({key, value, lineNumber});
  }
  return layer;
}

ConfigLayer readIniLayer(ConfigSource source, const QString& givenPath) {
  // Absolute, so messages and the status page say exactly which file.
  const QString path = QFileInfo(givenPath).absoluteFilePath();
  if (!QFileInfo::exists(path)) {
    ConfigLayer absent;
    absent.source = source;
    absent.location = path;
    return absent;
  }
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    ConfigLayer unreadable;
    unreadable.source = source;
    unreadable.location = path;
    unreadable.present = true;
    unreadable.issues.append(
        {{}, path, 0, Tr::tr("the file exists but cannot be read: %1").arg(file.errorString())});
    return unreadable;
  }
  return parseIniLayer(source, path, file.read(kMaxConfigBytes + 1));
}

}  // namespace cw::config
