// `cwctl news2 [FILE|-]`: scores NEWS2 observation sets given as JSON (one
// object or an array of them) with the workstation's own engine, so clinical
// safety officers can validate it, and prints the same shape back. Exit 0
// when every set was scored, 1 when any was incomplete or refused, 2 when the
// input cannot be read.
#pragma once

#include <QStringList>

namespace cw::cwctl {

int runNews2(const QStringList& arguments);

}  // namespace cw::cwctl
