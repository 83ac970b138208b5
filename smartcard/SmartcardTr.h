// The translation context of every message smartcard/ shows to people.
#pragma once

#include <QCoreApplication>

namespace cw::smartcard {

struct Tr {
  Q_DECLARE_TR_FUNCTIONS(cw::smartcard)
};

}  // namespace cw::smartcard
