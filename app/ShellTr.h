// The translation context of messages the shell shows outside any widget class.
#pragma once

#include <QCoreApplication>

namespace cw::shell {

struct Tr {
  Q_DECLARE_TR_FUNCTIONS(cw::shell)
};

}  // namespace cw::shell
