// A clock that moves only when a test moves it.
#pragma once

#include "core/base/Clock.h"

namespace cw::test {

class MockClock final : public base::Clock {
 public:
  explicit MockClock(QDateTime start = QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC));

  QDateTime now() const override { return m_now; }
  void setNow(const QDateTime& now) { m_now = now; }
  void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }
  void advanceMinute() { advanceSeconds(60); }

 private:
  QDateTime m_now;
};

}  // namespace cw::test
