// The Workstation status page: version, effective configuration with the
// source of each value, card readers seen and endpoint reachability.
#pragma once

#include "core/module/Module.h"

class QLabel;

namespace cw::status {

class StatusChecks;

class StatusView : public module::ModuleView {
  Q_OBJECT

 public:
  StatusView(const module::ModuleContext& context, QWidget* parent);

 private:
  void showReaders();
  void showEndpoints();

  StatusChecks* m_checks;
  QLabel* m_readers;
  QLabel* m_endpoints;
};

}  // namespace cw::status
