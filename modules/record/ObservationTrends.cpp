#include "modules/record/ObservationTrends.h"

#include "core/fhir/resources/Observation.h"
#include "core/store/Store.h"
#include "core/ui/BannerText.h"
#include "modules/record/RecordTr.h"
#include "modules/record/ValueText.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace cw::record {
namespace {

// Two codings of the same system and code are the same measurement;
// text-only codes group by their text.
QString seriesKey(const fhir::CodeableConcept& code) {
  for (const fhir::Coding& coding : code.codings) {
    if (!coding.code.isEmpty()) {
      return coding.system + QLatin1Char('|') + coding.code;
    }
  }
  return QStringLiteral("text|") + code.text;
}

bool isShown(const fhir::Observation& observation) {
  const QString status = observation.status();
  return status != u"entered-in-error" && status != u"cancelled";
}

Trend trendOf(const QList<ObservationPoint>& points) {
  if (points.size() < 2) {
    return Trend::Unknown;
  }
  const double last = points.last().value;
  const double before = points.at(points.size() - 2).value;
  return last > before ? Trend::Rising : last < before ? Trend::Falling : Trend::Steady;
}

}  // namespace

ObservationTrends loadObservationTrends(const store::Store& store, const QString& patientId, int limit) {
  ObservationTrends trends;
  trends.readLimit = limit;
  // One more than shown tells whether older ones exist.
  QList<fhir::Resource> resources = store.compartment(patientId, QStringLiteral("Observation"), limit + 1);
  trends.truncated = resources.size() > limit;
  resources = resources.mid(0, limit);

  QHash<QString, qsizetype> indexByKey;
  QSet<qsizetype> latestWithoutNumber;
  for (const fhir::Resource& resource : resources) {  // newest first
    const std::optional<fhir::Observation> observation = fhir::Observation::from(resource);
    if (!observation || !isShown(*observation)) {
      continue;
    }
    const fhir::CodeableConcept code = observation->code();
    const QString key = seriesKey(code);
    auto found = indexByKey.constFind(key);
    if (found == indexByKey.constEnd()) {
      found = indexByKey.insert(key, trends.series.size());
      ObservationSeries series;
      series.name = code.displayText().isEmpty() ? Tr::tr("(not named)") : code.displayText();
      series.latest = observationValueText(*observation);
      series.latestWhen = ui::bannerDateTime(observation->effective().dateTime());
      trends.series.append(series);
    }
    ObservationSeries& series = trends.series[*found];
    if (series.count == 1) {
      series.previous = observationValueText(*observation);
    }
    ++series.count;
    const std::optional<fhir::Quantity> quantity = observation->value().quantity();
    const std::optional<double> number =
        quantity && quantity->comparator.isEmpty() ? quantity->value() : std::nullopt;
    const std::optional<QDateTime> at = observation->effective().dateTime().start();
    if (number && at) {
      series.points.prepend({*at, *number});
    } else if (series.count == 1) {
      // The newest has no number: an arrow drawn from older values would
      // describe something other than what the latest column says.
      latestWithoutNumber.insert(*found);
    }
  }
  for (qsizetype index = 0; index < trends.series.size(); ++index) {
    ObservationSeries& series = trends.series[index];
    series.trend = latestWithoutNumber.contains(index) ? Trend::Unknown : trendOf(series.points);
  }
  std::sort(trends.series.begin(), trends.series.end(),
            [](const ObservationSeries& a, const ObservationSeries& b) {
              return a.name.localeAwareCompare(b.name) < 0;
            });
  return trends;
}

}  // namespace cw::record
