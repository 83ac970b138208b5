// The translation context of every message core/config shows to people.
#pragma once

#include <QCoreApplication>

namespace cw::config {

struct Tr {
  Q_DECLARE_TR_FUNCTIONS(cw::config)
};

}  // namespace cw::config
