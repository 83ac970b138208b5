#include "core/base/Clock.h"

namespace cw::base {

QDateTime SystemClock::now() const {
  return QDateTime::currentDateTimeUtc();
}

}  // namespace cw::base
