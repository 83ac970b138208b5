#include "tools/cwctl/News2Command.h"

#include "core/fhir/Json.h"
#include "modules/observations/news2/ChartPrecision.h"
#include "modules/observations/news2/News2Scorer.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

#include <array>

namespace cw::cwctl {
namespace {

using observations::News2Parameter;

constexpr int kExitIncomplete = 1;
constexpr int kExitUnreadable = 2;

// The JSON names, in output order; `decimals` is the chart precision.
struct Field {
  const char* name;
  News2Parameter parameter;
  int decimals;
};
constexpr std::array kFields{Field{"respiratoryRate", News2Parameter::RespiratoryRate, 0},
                             Field{"spo2", News2Parameter::Spo2, 0},
                             Field{"onOxygen", News2Parameter::AirOrOxygen, 0},
                             Field{"systolicBP", News2Parameter::SystolicBP, 0},
                             Field{"pulse", News2Parameter::Pulse, 0},
                             Field{"consciousness", News2Parameter::Consciousness, 0},
                             Field{"temperature", News2Parameter::Temperature, 1}};

const QLatin1String kScaleField("spo2Scale");
const QLatin1String kConfirmedField("confirmed");

const Field* fieldNamed(QStringView name) {
  for (const Field& field : kFields) {
    if (name == QLatin1String(field.name)) {
      return &field;
    }
  }
  return nullptr;
}

std::optional<observations::Consciousness> consciousnessFrom(const QString& code) {
  using observations::Consciousness;
  static const std::array<std::pair<QLatin1String, Consciousness>, 5> kCodes{
      {{QLatin1String("A"), Consciousness::Alert},
       {QLatin1String("C"), Consciousness::Confusion},
       {QLatin1String("V"), Consciousness::Voice},
       {QLatin1String("P"), Consciousness::Pain},
       {QLatin1String("U"), Consciousness::Unresponsive}}};
  for (const auto& [text, level] : kCodes) {
    if (code == text) {
      return level;
    }
  }
  return std::nullopt;
}

// One input object. A wrong type or unknown field makes the input unreadable
// (`readError`); a number too large for any chart is a refusal of that item.
struct ItemReader {
  observations::News2Input input;
  QStringList refusals;
  QList<News2Parameter> refused;
  QString readError;

  bool read(const fhir::JsonValue& item) {
    if (!item.isObject()) {
      readError = QStringLiteral("not an object");
      return false;
    }
    for (const fhir::JsonMember& member : item.members()) {
      if (!readMember(member.key, member.value)) {
        return false;
      }
    }
    return true;
  }

 private:
  bool readMember(const QString& key, const fhir::JsonValue& value) {
    if (key == kScaleField) {
      const std::optional<qint64> scale = value.isNull() ? std::optional<qint64>(1) : value.toInteger();
      if (scale != 1 && scale != 2) {
        return fail(key, QStringLiteral("1 or 2"));
      }
      input.spo2Scale = *scale == 2 ? observations::Spo2Scale::Scale2 : observations::Spo2Scale::Scale1;
      return true;
    }
    if (key == kConfirmedField) {
      return readConfirmed(value);
    }
    const Field* field = fieldNamed(key);
    if (!field) {
      readError = QStringLiteral("unknown field \"%1\"").arg(key);
      return false;
    }
    if (value.isNull()) {
      return true;
    }
    switch (field->parameter) {
      case News2Parameter::AirOrOxygen:
        if (!value.isBool()) {
          return fail(key, QStringLiteral("true, false or null"));
        }
        input.onOxygen = value.toBool();
        return true;
      case News2Parameter::Consciousness:
        input.consciousness = consciousnessFrom(value.toString());
        if (!input.consciousness) {
          return fail(key, QStringLiteral("\"A\", \"C\", \"V\", \"P\", \"U\" or null"));
        }
        return true;
      default: break;
    }
    if (!value.isNumber()) {
      return fail(key, QStringLiteral("a number or null"));
    }
    const std::optional<int> chartValue = observations::roundHalfUp(value.numberText(), field->decimals);
    if (!chartValue) {
      refused.append(field->parameter);
      refusals.append(
          QStringLiteral("%1: %2 is beyond any plausible value")
              .arg(observations::parameterName(field->parameter), QString::fromLatin1(value.numberText())));
      return true;
    }
    measuredSlot(field->parameter) = chartValue;
    return true;
  }

  bool readConfirmed(const fhir::JsonValue& value) {
    if (!value.isArray()) {
      return fail(kConfirmedField, QStringLiteral("an array of field names"));
    }
    for (const fhir::JsonValue& name : value.items()) {
      const Field* field = fieldNamed(name.toString());
      if (!field) {
        return fail(kConfirmedField, QStringLiteral("an array of field names"));
      }
      input.confirmed.append(field->parameter);
    }
    return true;
  }

  std::optional<int>& measuredSlot(News2Parameter parameter) {
    switch (parameter) {
      case News2Parameter::RespiratoryRate: return input.respiratoryRate;
      case News2Parameter::Spo2: return input.spo2;
      case News2Parameter::SystolicBP: return input.systolicBP;
      case News2Parameter::Pulse: return input.pulse;
      default: return input.temperatureTenths;
    }
  }

  bool fail(const QString& key, const QString& expected) {
    readError = QStringLiteral("\"%1\" must be %2").arg(key, expected);
    return false;
  }
};

fhir::JsonValue optionalInt(std::optional<int> value) {
  return value ? fhir::JsonValue::fromInteger(*value) : fhir::JsonValue();
}

QString riskId(observations::News2Risk risk) {
  switch (risk) {
    case observations::News2Risk::Low: return QStringLiteral("low");
    case observations::News2Risk::LowMedium: return QStringLiteral("low-medium");
    case observations::News2Risk::Medium: return QStringLiteral("medium");
    case observations::News2Risk::High: return QStringLiteral("high");
  }
  return {};
}

QString monitoringId(observations::News2Monitoring monitoring) {
  switch (monitoring) {
    case observations::News2Monitoring::TwelveHourly: return QStringLiteral("12-hourly");
    case observations::News2Monitoring::FourToSixHourly: return QStringLiteral("4-6-hourly");
    case observations::News2Monitoring::Hourly: return QStringLiteral("1-hourly");
    case observations::News2Monitoring::Continuous: return QStringLiteral("continuous");
  }
  return {};
}

// Scores one read item; `complete` says whether it was scored.
fhir::JsonValue scored(const ItemReader& item, bool* complete) {
  const observations::News2Result result = observations::News2Scorer().score(item.input);
  fhir::JsonValue errors = fhir::JsonValue::array();
  for (const QString& refusal : item.refusals) {
    errors.append(fhir::JsonValue::fromString(refusal));
  }
  for (const QString& error : result.errors) {
    errors.append(fhir::JsonValue::fromString(error));
  }
  for (const News2Parameter parameter : result.missing) {
    if (!item.refused.contains(parameter)) {
      errors.append(fhir::JsonValue::fromString(observations::missingMessage(parameter)));
    }
  }
  fhir::JsonValue subscores = fhir::JsonValue::object();
  for (const Field& field : kFields) {
    subscores.insert(QLatin1String(field.name), optionalInt(result.subscore(field.parameter)));
  }
  *complete = result.complete && item.refusals.isEmpty();
  fhir::JsonValue out = fhir::JsonValue::object();
  out.insert(QStringLiteral("complete"), fhir::JsonValue::fromBool(*complete));
  out.insert(QStringLiteral("total"), optionalInt(result.total));
  out.insert(QStringLiteral("subscores"), subscores);
  out.insert(QStringLiteral("redScore"), fhir::JsonValue::fromBool(result.redScore));
  out.insert(QStringLiteral("risk"),
             result.risk ? fhir::JsonValue::fromString(riskId(*result.risk)) : fhir::JsonValue());
  out.insert(QStringLiteral("monitoring"), result.monitoring
                                               ? fhir::JsonValue::fromString(monitoringId(*result.monitoring))
                                               : fhir::JsonValue());
  out.insert(QStringLiteral("errors"), errors);
  return out;
}

}  // namespace

int runNews2(const QStringList& arguments) {
  QCommandLineParser parser;
  parser.setApplicationDescription(QStringLiteral(
      "news2: scores NEWS2 observation sets with the workstation's engine (RCP 2017).\n"
      "Input: one JSON object or an array of them, with respiratoryRate, spo2, spo2Scale (1 or 2;\n"
      "default 1), onOxygen (true/false), systolicBP, pulse, consciousness (\"A\", \"C\", \"V\",\n"
      "\"P\", \"U\"), temperature, and optionally confirmed (names of implausible values the\n"
      "clinician confirmed). Output: the same shape with complete, total, subscores, redScore,\n"
      "risk, monitoring and errors.\n"
      "Exit 0: every set scored; 1: a set incomplete or refused; 2: input unreadable."));
  parser.addHelpOption();
  parser.addPositionalArgument(QStringLiteral("file"),
                               QStringLiteral("The JSON file, or - (the default) for stdin."));
  parser.process(arguments);
  QTextStream err(stderr);
  const QStringList positional = parser.positionalArguments();
  if (positional.size() > 1) {
    err << "Usage: cwctl news2 [FILE|-]\n";
    return kExitUnreadable;
  }
  const QString path = positional.value(0, QStringLiteral("-"));
  QFile file;
  const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                 : (file.setFileName(path), file.open(QIODevice::ReadOnly));
  if (!opened) {
    err << "cwctl: cannot read " << path << ": " << file.errorString() << '\n';
    return kExitUnreadable;
  }
  const fhir::JsonParseResult parsed = fhir::parseJson(file.readAll());
  if (!parsed.ok()) {
    err << "cwctl: " << path << " is not valid JSON: " << parsed.error << '\n';
    return kExitUnreadable;
  }
  const bool isArray = parsed.value.isArray();
  if (!isArray && !parsed.value.isObject()) {
    err << "cwctl: " << path << " must hold one JSON object or an array of objects\n";
    return kExitUnreadable;
  }
  const QList<fhir::JsonValue> items = isArray ? parsed.value.items() : QList{parsed.value};
  fhir::JsonValue outputs = fhir::JsonValue::array();
  bool allComplete = true;
  for (qsizetype i = 0; i < items.size(); ++i) {
    ItemReader reader;
    if (!reader.read(items[i])) {
      err << "cwctl: " << path << ": "
          << (isArray ? QStringLiteral("item %1 of %2: ").arg(i + 1).arg(items.size()) : QString())
          << reader.readError << '\n';
      return kExitUnreadable;
    }
    bool complete = false;
    outputs.append(scored(reader, &complete));
    allComplete = allComplete && complete;
  }
  QTextStream(stdout) << (isArray ? outputs : outputs.at(0)).toJson() << '\n';
  return allComplete ? 0 : kExitIncomplete;
}

}  // namespace cw::cwctl
