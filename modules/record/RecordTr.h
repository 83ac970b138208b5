// The translation context of every message the record module's logic shows.
#pragma once

#include <QCoreApplication>

namespace cw::record {

struct Tr {
  Q_DECLARE_TR_FUNCTIONS(cw::record)
};

}  // namespace cw::record
