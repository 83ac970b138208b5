// The translation context of every message the NEWS2 engine shows to people.
#pragma once

#include <QCoreApplication>

namespace cw::observations {

struct Tr {
  Q_DECLARE_TR_FUNCTIONS(cw::observations)
};

}  // namespace cw::observations
