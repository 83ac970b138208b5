#include "tests/support/MockClock.h"

namespace cw::test {

MockClock::MockClock(QDateTime start) : m_now(std::move(start)) {}

}  // namespace cw::test
