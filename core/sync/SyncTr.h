// The translation context of every message core/sync shows to people.
#pragma once

#include <QCoreApplication>

namespace cw::sync {

struct Tr {
  Q_DECLARE_TR_FUNCTIONS(cw::sync)
};

}  // namespace cw::sync
