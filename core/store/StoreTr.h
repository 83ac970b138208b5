// The translation context of every message core/store shows to people.
#pragma once

#include <QCoreApplication>

namespace cw::store {

struct Tr {
  Q_DECLARE_TR_FUNCTIONS(cw::store)
};

}  // namespace cw::store
