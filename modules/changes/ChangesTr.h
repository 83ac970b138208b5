// The translation context of every message the changes module's logic shows.
#pragma once

#include <QCoreApplication>

namespace cw::changes {

struct Tr {
  Q_DECLARE_TR_FUNCTIONS(cw::changes)
};

}  // namespace cw::changes
