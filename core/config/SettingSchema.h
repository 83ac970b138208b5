// The settings the workstation understands: name, type, default and whether
// it is required. The same key names are used in policy files, the Windows
// policy registry key, machine and user files. Later features add rows here.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cw::config {

namespace keys {
inline constexpr char kFhirBaseUrl[] = "fhir_base_url";
inline constexpr char kOidcIssuer[] = "oidc_issuer";
inline constexpr char kOidcClientId[] = "oidc_client_id";
inline constexpr char kCardTrustAnchors[] = "card_trust_anchors";
inline constexpr char kCardRemoval[] = "card_removal";
inline constexpr char kSessionMaxAgeHours[] = "session_max_age_hours";
inline constexpr char kParkedSessionsMax[] = "parked_sessions_max";
inline constexpr char kSignInTimeoutSeconds[] = "sign_in_timeout_seconds";
inline constexpr char kSignInBrowser[] = "sign_in_browser";
inline constexpr char kIdleLockMinutes[] = "idle_lock_minutes";
inline constexpr char kLanguage[] = "language";
inline constexpr char kCacheKeyProvider[] = "cache_key_provider";
inline constexpr char kCacheKeyFile[] = "cache_key_file";
inline constexpr char kCachePath[] = "cache_path";
inline constexpr char kWardLocations[] = "ward_locations";
// NEWS2 (decision 008): plausible ranges, a trust's shorter intervals between
// sets, and how soon each escalation must be answered.
inline constexpr char kNews2RangeRespiratoryRate[] = "news2_range_respiratory_rate";
inline constexpr char kNews2RangeSpo2[] = "news2_range_spo2";
inline constexpr char kNews2RangeSystolicBP[] = "news2_range_systolic_bp";
inline constexpr char kNews2RangePulse[] = "news2_range_pulse";
inline constexpr char kNews2RangeTemperature[] = "news2_range_temperature";
inline constexpr char kNews2IntervalLowMinutes[] = "news2_interval_low_minutes";
inline constexpr char kNews2IntervalLowMediumMinutes[] = "news2_interval_low_medium_minutes";
inline constexpr char kNews2IntervalHourlyMinutes[] = "news2_interval_hourly_minutes";
inline constexpr char kNews2RespondSingleRedMinutes[] = "news2_respond_single_red_minutes";
inline constexpr char kNews2RespondUrgentMinutes[] = "news2_respond_urgent_minutes";
inline constexpr char kNews2RespondEmergencyMinutes[] = "news2_respond_emergency_minutes";
}  // namespace keys

enum class SettingType {
  EndpointUrl,  // https, or http to a loopback address only
  Text,         // one line of printable text
  Choice,       // one of `choices`
  Integer,      // whole number from `minimum` to `maximum`
  Range,        // "low-high", each from `minimum` to `maximum` with up to `decimals` places
};

struct SettingDefinition {
  QString key;
  SettingType type = SettingType::Text;
  bool required = false;
  QString defaultValue;
  QStringList choices;
  int minimum = 0;
  int maximum = 0;
  int decimals = 0;  // Range only
};

// A Range setting's bounds, scaled by 10^decimals ("25.0-45.0" with one
// decimal is 250 and 450).
struct SettingRange {
  int low;
  int high;
};
// Nothing when `value` is not "low-high" with low below high, both within
// the definition's bounds and with no more than its decimals.
std::optional<SettingRange> parseRange(const SettingDefinition& definition, const QString& value);

const QList<SettingDefinition>& settingDefinitions();
const SettingDefinition* findSetting(const QString& key);

// A translated message saying why `value` is not acceptable, or nothing.
std::optional<QString> validateSetting(const SettingDefinition& definition, const QString& value);

// True for 127.0.0.0/8, ::1 and "localhost": the only hosts plain http may reach.
bool isLoopbackHost(const QString& host);

}  // namespace cw::config
