// A loopback TCP port that nothing listens on, for "server is down" tests.
#pragma once

#include <QtGlobal>

namespace cw::test {

quint16 unusedLoopbackPort();

}  // namespace cw::test
