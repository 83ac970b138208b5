#include "core/config/SettingSchema.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include "core/config/ConfigTr.h"

namespace cw::config {
namespace {

constexpr int kMaxTextLength = 512;

// The offline cache and its key file sit in the account's local (never
// roaming) data folder under the product's name, so the workstation and cwctl
// find the same files whatever their application names.
QString defaultCacheFile(const char* name) {
  return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
         QStringLiteral("/clinical-workstation/") + QLatin1String(name);
}

// Windows keeps the cache key in the Credential Manager (DPAPI); Linux thin
// clients and kiosks usually have no Secret Service, so a key file that only
// the service account can read.
QString defaultKeyProvider() {
#ifdef Q_OS_WIN
  return QStringLiteral("keychain");
#else
  return QStringLiteral("keyfile");
#endif
}

std::optional<QString> validateEndpointUrl(const QString& value) {
  const QUrl url(value, QUrl::StrictMode);
  if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty()) {
    return Tr::tr("\"%1\" is not a valid URL; expected for example https://fhir.example.nhs.uk/R4")
        .arg(value);
  }
  if (!url.userInfo().isEmpty()) {
    return Tr::tr("the URL must not contain a user name or password");
  }
  if (!url.fragment().isEmpty()) {
    return Tr::tr("the URL must not contain a fragment (#…)");
  }
  const QString scheme = url.scheme().toLower();
  if (scheme == QLatin1String("https")) {
    return std::nullopt;
  }
  if (scheme == QLatin1String("http")) {
    if (isLoopbackHost(url.host())) {
      return std::nullopt;
    }
    return Tr::tr(
               "\"%1\" must use https:// (plain http:// is allowed only for this machine: "
               "127.0.0.1, ::1 or localhost)")
        .arg(value);
  }
  return Tr::tr("\"%1\" must be an https:// URL").arg(value);
}

std::optional<QString> validateText(const QString& value) {
  if (value.isEmpty()) {
    return Tr::tr("must not be empty");
  }
  if (value.size() > kMaxTextLength) {
    return Tr::tr("is longer than %1 characters").arg(kMaxTextLength);
  }
  for (const QChar c : value) {
    if (!c.isPrint()) {
      return Tr::tr("contains a control character");
    }
  }
  return std::nullopt;
}

std::optional<QString> validateChoice(const SettingDefinition& definition, const QString& value) {
  if (definition.choices.contains(value)) {
    return std::nullopt;
  }
  return Tr::tr("\"%1\" is not one of: %2").arg(value, definition.choices.join(QStringLiteral(", ")));
}

std::optional<QString> validateInteger(const SettingDefinition& definition, const QString& value) {
  bool ok = false;
  const int number = value.toInt(&ok);
  if (!ok || number < definition.minimum || number > definition.maximum) {
    return Tr::tr("\"%1\" is not a whole number from %2 to %3")
        .arg(value)
        .arg(definition.minimum)
        .arg(definition.maximum);
  }
  return std::nullopt;
}

// A value with no more than `decimals` places, scaled by 10^decimals.
std::optional<int> scaledDecimal(const QString& text, int decimals) {
  static const QRegularExpression number(QStringLiteral(R"(^(\d{1,4})(?:\.(\d+))?$)"));
  const QRegularExpressionMatch match = number.match(text.trimmed());
  if (!match.hasMatch() || match.captured(2).size() > decimals) {
    return std::nullopt;
  }
  int scaled = match.captured(1).toInt();
  const QString fraction = match.captured(2).leftJustified(decimals, QLatin1Char('0'));
  for (int i = 0; i < decimals; ++i) {
    scaled = scaled * 10 + fraction.at(i).digitValue();
  }
  return scaled;
}

std::optional<QString> validateRange(const SettingDefinition& definition, const QString& value) {
  if (parseRange(definition, value)) {
    return std::nullopt;
  }
  return Tr::tr(
             "\"%1\" is not a range such as %2-%3: two numbers from %2 to %3 (at most %4 decimal places), "
             "the lower first")
      .arg(value)
      .arg(definition.minimum)
      .arg(definition.maximum)
      .arg(definition.decimals);
}

QList<SettingDefinition> buildDefinitions() {
  using T = SettingType;
  return {
      {QLatin1String(keys::kFhirBaseUrl), T::EndpointUrl, true, {}, {}, 0, 0},
      {QLatin1String(keys::kOidcIssuer), T::EndpointUrl, true, {}, {}, 0, 0},
      {QLatin1String(keys::kOidcClientId), T::Text, true, {}, {}, 0, 0},
      // The CA certificates (a PEM file or a folder of them) that smartcard
      // certificates must chain to. No default: without it no card is
      // trusted and sign-in says so (fail closed).
      {QLatin1String(keys::kCardTrustAnchors), T::Text, false, {}, {}, 0, 0},
      {QLatin1String(keys::kCardRemoval),
       T::Choice,
       false,
       QStringLiteral("lock"),
       {QStringLiteral("lock"), QStringLiteral("logout")},
       0,
       0},
      // Never "off": a shared clinical workstation must lock itself. Four
      // hours is the longest a ward policy could reasonably ask for.
      {QLatin1String(keys::kIdleLockMinutes), T::Integer, false, QStringLiteral("10"), {}, 1, 240},
      // How long a signed-in session may be resumed with card and PIN alone
      // before the identity provider is asked again; ten hours is the
      // legacy Spine smartcard session (identity.md section 6).
      {QLatin1String(keys::kSessionMaxAgeHours), T::Integer, false, QStringLiteral("10"), {}, 1, 24},
      // Locked sessions kept for fast user switching on one workstation.
      {QLatin1String(keys::kParkedSessionsMax), T::Integer, false, QStringLiteral("5"), {}, 1, 20},
      // How long the identity provider may take, its login page included,
      // before the sign-in is given up: long enough for a slow N3/HSCN link.
      {QLatin1String(keys::kSignInTimeoutSeconds), T::Integer, false, QStringLiteral("120"), {}, 10, 600},
      // Where the identity provider's login page opens: the embedded
      // browser (default), or the system browser with a loopback redirect
      // (RFC 8252), for identity providers that need a full browser.
      {QLatin1String(keys::kSignInBrowser),
       T::Choice,
       false,
       QStringLiteral("embedded"),
       {QStringLiteral("embedded"), QStringLiteral("system")},
       0,
       0},
      // Where the key of the encrypted offline cache comes from; there is
      // no "none": without a key there is no cache (decision 005).
      {QLatin1String(keys::kCacheKeyProvider),
       T::Choice,
       false,
       defaultKeyProvider(),
       {QStringLiteral("keyfile"), QStringLiteral("keychain")},
       0,
       0},
      {QLatin1String(keys::kCacheKeyFile), T::Text, false, defaultCacheFile("cache.key"), {}, 0, 0},
      {QLatin1String(keys::kCachePath), T::Text, false, defaultCacheFile("cache.sqlcipher"), {}, 0, 0},
      // The wards this workstation serves, as FHIR Location ids separated by
      // commas: their in-patients are kept in the cache and listed on the
      // record viewer's ward list. No default: a GP practice has no wards.
      {QLatin1String(keys::kWardLocations), T::Text, false, {}, {}, 0, 0},
      // NEWS2 plausible ranges (issue 6): outside them a value is a typing
      // error until the clinician confirms it. A trust may widen or narrow
      // them; the bounds keep out the absurd.
      {QLatin1String(keys::kNews2RangeRespiratoryRate), T::Range, false, QStringLiteral("1-80"), {}, 0, 200},
      {QLatin1String(keys::kNews2RangeSpo2), T::Range, false, QStringLiteral("50-100"), {}, 0, 100},
      {QLatin1String(keys::kNews2RangeSystolicBP), T::Range, false, QStringLiteral("40-300"), {}, 0, 400},
      {QLatin1String(keys::kNews2RangePulse), T::Range, false, QStringLiteral("20-300"), {}, 0, 400},
      {QLatin1String(keys::kNews2RangeTemperature),
       T::Range,
       false,
       QStringLiteral("25.0-45.0"),
       {},
       15,
       50,
       1},
      // The longest time to the next set per monitoring band. The RCP's
      // minimum frequencies are the maxima, so a trust can only shorten them:
      // a longer value is a configuration error (and DueTime clamps anyway).
      {QLatin1String(keys::kNews2IntervalLowMinutes), T::Integer, false, QStringLiteral("720"), {}, 15, 720},
      {QLatin1String(keys::kNews2IntervalLowMediumMinutes),
       T::Integer,
       false,
       QStringLiteral("360"),
       {},
       15,
       360},
      {QLatin1String(keys::kNews2IntervalHourlyMinutes), T::Integer, false, QStringLiteral("60"), {}, 5, 60},
      // How soon the escalation's roles must respond: RCP defaults, and a
      // trust may only ask for sooner.
      {QLatin1String(keys::kNews2RespondSingleRedMinutes),
       T::Integer,
       false,
       QStringLiteral("60"),
       {},
       5,
       60},
      {QLatin1String(keys::kNews2RespondUrgentMinutes), T::Integer, false, QStringLiteral("60"), {}, 5, 60},
      {QLatin1String(keys::kNews2RespondEmergencyMinutes),
       T::Integer,
       false,
       QStringLiteral("30"),
       {},
       5,
       30},
      {QLatin1String(keys::kLanguage),
       T::Choice,
       false,
       QStringLiteral("en_GB"),
       {QStringLiteral("en_GB"), QStringLiteral("cy")},
       0,
       0},
  };
}

}  // namespace

const QList<SettingDefinition>& settingDefinitions() {
  static const QList<SettingDefinition> definitions = buildDefinitions();
  return definitions;
}

const SettingDefinition* findSetting(const QString& key) {
  for (const SettingDefinition& definition : settingDefinitions()) {
    if (definition.key == key) {
      return &definition;
    }
  }
  return nullptr;
}

std::optional<QString> validateSetting(const SettingDefinition& definition, const QString& value) {
  switch (definition.type) {
    case SettingType::EndpointUrl: return validateEndpointUrl(value);
    case SettingType::Text: return validateText(value);
    case SettingType::Choice: return validateChoice(definition, value);
    case SettingType::Integer: return validateInteger(definition, value);
    case SettingType::Range: return validateRange(definition, value);
  }
  return std::nullopt;
}

std::optional<SettingRange> parseRange(const SettingDefinition& definition, const QString& value) {
  const QStringList parts = value.split(QLatin1Char('-'));
  if (parts.size() != 2) {
    return std::nullopt;
  }
  const std::optional<int> low = scaledDecimal(parts.at(0), definition.decimals);
  const std::optional<int> high = scaledDecimal(parts.at(1), definition.decimals);
  int scale = 1;
  for (int i = 0; i < definition.decimals; ++i) {
    scale *= 10;
  }
  if (!low || !high || *low >= *high || *low < definition.minimum * scale ||
      *high > definition.maximum * scale) {
    return std::nullopt;
  }
  return SettingRange{*low, *high};
}

bool isLoopbackHost(const QString& host) {
  static const QRegularExpression ipv4Loopback(
      QStringLiteral(R"(^127\.(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){2}$)"));
  return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 || host == QLatin1String("::1") ||
         ipv4Loopback.match(host).hasMatch();
}

}  // namespace cw::config
