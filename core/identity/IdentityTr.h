// The translation context of every message core/identity shows to people.
#pragma once

#include <QCoreApplication>

namespace cw::identity {

struct Tr {
  Q_DECLARE_TR_FUNCTIONS(cw::identity)
};

}  // namespace cw::identity
