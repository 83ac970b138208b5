// Prints benchmark figures as `BENCH <name> <value> <unit>` and merges them
// into a results.json that maps each name to {"value": number, "unit": "..."}.
#pragma once

#include <QJsonObject>
#include <QString>

namespace cw::bench {

class BenchReport {
 public:
  explicit BenchReport(QString resultsPath);
  ~BenchReport();

  void add(const QString& name, double value, const QString& unit);

 private:
  QString m_path;
  QJsonObject m_results;
};

// The median of `samples` (which it sorts).
double median(QList<double> samples);

}  // namespace cw::bench
