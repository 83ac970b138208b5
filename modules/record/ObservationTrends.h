// A patient's observations and results grouped by what was measured, newest
// value first with the values before it, so a trend can be read at a glance.
// Only the most recent observations are read (a long stay has tens of
// thousands); when the limit cut the list, the screen must say so.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace cw::store {
class Store;
}

namespace cw::record {

struct ObservationPoint {
  QDateTime at;
  double value = 0;  // numeric results only
};

enum class Trend { Unknown, Rising, Falling, Steady };

struct ObservationSeries {
  QString name;        // what was measured, as recorded
  QString latest;      // "37.5 Cel", "120/80 mmHg", "No value: not performed"
  QString latestWhen;  // "05-Mar-2024 10:30"
  QString previous;    // the value before, empty when there is none
  Trend trend = Trend::Unknown;
  int count = 0;
  QList<ObservationPoint> points;  // oldest first, numeric values only
};

struct ObservationTrends {
  QList<ObservationSeries> series;  // by name
  bool truncated = false;           // older observations exist that were not read
  int readLimit = 0;
};

ObservationTrends loadObservationTrends(const store::Store& store, const QString& patientId,
                                        int limit = 3000);

}  // namespace cw::record
