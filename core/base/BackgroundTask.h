// Runs blocking work (network, PC/SC, disk) on Qt's thread pool and delivers
// the result on the owner's thread, so the UI thread never waits.
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

namespace cw::base {

// `done(result)` runs on `owner`'s thread; it is dropped if `owner` is
// destroyed first.
template <typename Work, typename Done>
void runInBackground(QObject* owner, Work work, Done done) {
  using Result = std::invoke_result_t<Work>;
  auto* watcher = new QFutureWatcher<Result>(owner);
  QObject::connect(watcher, &QFutureWatcher<Result>::finished, owner, [watcher, done] {
    done(watcher->result());
    watcher->deleteLater();
  });
  watcher->setFuture(QtConcurrent::run(std::move(work)));
}

}  // namespace cw::base
