// The effective settings as a table: setting, value, and where the value came
// from (policy, machine or user file, or the built-in default).
#pragma once

#include "core/config/EffectiveConfig.h"

#include <QAbstractTableModel>

namespace cw::status {

class EffectiveConfigModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column { KeyColumn, ValueColumn, SourceColumn, ColumnCount };

  explicit EffectiveConfigModel(const config::EffectiveConfig& config, QObject* parent = nullptr);

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

 private:
  QList<config::EffectiveSetting> m_settings;
};

}  // namespace cw::status
