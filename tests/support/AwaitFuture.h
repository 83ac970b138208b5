// Waits for a future while this thread keeps handling events, so a test
// server living on this thread goes on answering the client's worker thread.
#pragma once

#include <QDeadlineTimer>
#include <QFuture>
#include <QTest>

namespace cw::test {

// True when `future` finished; the guard only protects against a hang.
template <typename T>
bool finishesWhileServing(const QFuture<T>& future, int guardMs = 60000) {
  const QDeadlineTimer guard(guardMs);
  while (!future.isFinished() && !guard.hasExpired()) {
    QTest::qWait(5);
  }
  return future.isFinished();
}

}  // namespace cw::test
