#include "modules/status/EffectiveConfigModel.h"

namespace cw::status {
namespace {

QString describeSource(const config::EffectiveSetting& setting) {
  switch (setting.source) {
    case config::ConfigSource::Policy: return EffectiveConfigModel::tr("Policy (%1)").arg(setting.location);
    case config::ConfigSource::Machine:
      return EffectiveConfigModel::tr("Machine configuration (%1)").arg(setting.location);
    case config::ConfigSource::User:
      return EffectiveConfigModel::tr("User configuration (%1)").arg(setting.location);
    case config::ConfigSource::Default: return EffectiveConfigModel::tr("Built-in default");
  }
  return {};
}

}  // namespace

EffectiveConfigModel::EffectiveConfigModel(const config::EffectiveConfig& config, QObject* parent)
    : QAbstractTableModel(parent), m_settings(config.settings()) {}

int EffectiveConfigModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(m_settings.size());
}

int EffectiveConfigModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : ColumnCount;
}

QVariant EffectiveConfigModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole) {
    return {};
  }
  const config::EffectiveSetting& setting = m_settings.at(index.row());
  switch (index.column()) {
    case KeyColumn: return setting.key;
    case ValueColumn: return setting.value;
    case SourceColumn: return describeSource(setting);
    default: return {};
  }
}

QVariant EffectiveConfigModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
    return {};
  }
  switch (section) {
    case KeyColumn: return tr("Setting");
    case ValueColumn: return tr("Value");
    case SourceColumn: return tr("Set by");
    default: return {};
  }
}

}  // namespace cw::status
