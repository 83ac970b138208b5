#include "bench/BenchReport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>

namespace cw::bench {

BenchReport::BenchReport(QString resultsPath) : m_path(std::move(resultsPath)) {
  QFile existing(m_path);
  if (existing.open(QIODevice::ReadOnly)) {
    m_results = QJsonDocument::fromJson(existing.readAll()).object();
  }
}

BenchReport::~BenchReport() {
  QDir().mkpath(QFileInfo(m_path).absolutePath());
  QFile file(m_path);
  if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
    file.write(QJsonDocument(m_results).toJson(QJsonDocument::Indented));
  }
}

void BenchReport::add(const QString& name, double value, const QString& unit) {
  QTextStream(stdout) << "BENCH " << name << ' ' << QString::number(value, 'f', 2) << ' ' << unit << Qt::endl;
  m_results.insert(name, QJsonObject{{QStringLiteral("value"), value}, {QStringLiteral("unit"), unit}});
}

double median(QList<double> samples) {
  if (samples.isEmpty()) {
    return 0;
  }
  std::sort(samples.begin(), samples.end());
  const qsizetype middle = samples.size() / 2;
  return samples.size() % 2 == 1 ? samples[middle] : (samples[middle - 1] + samples[middle]) / 2;
}

}  // namespace cw::bench
