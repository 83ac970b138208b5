// The time source for everything that depends on wall-clock time (idle lock,
// token expiry, NEWS2 due times), replaceable by a mock clock in tests.
#pragma once

#include <QDateTime>

namespace cw::base {

class Clock {
 public:
  virtual ~Clock() = default;
  // The current time in UTC.
  virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock {
 public:
  QDateTime now() const override;
};

}  // namespace cw::base
