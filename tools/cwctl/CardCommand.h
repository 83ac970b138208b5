// `cwctl card insert|remove|status`: drives a running `cardsim serve` over
// its control socket (--control or CW_CARDSIM_CONTROL). Exit code 0 when
// cardsim answered ok, 1 when it refused or is not running, 2 on bad
// arguments.
#pragma once

#include <QStringList>

namespace cw::cwctl {

int runCard(const QStringList& arguments);

}  // namespace cw::cwctl
