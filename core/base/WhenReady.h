// Hands a future's result to a QObject on its own thread, or to nobody when
// the object has gone by then. Qt 6.4's future.then(context, …) asserts if
// the context dies first (a request still open when a window or manager is
// destroyed, e.g. at shutdown or when a sign-in is given up); this drops the
// call instead, as later Qt versions do.
#pragma once

#include <QFuture>
#include <QMetaObject>
#include <QObject>
#include <QPointer>

#include <utility>

namespace cw::base {

template <typename T, typename Handler>
void whenReady(QFuture<T> future, QObject* context, Handler handler) {
  future.then(QtFuture::Launch::Sync,
              [guard = QPointer<QObject>(context), handler = std::move(handler)](const T& result) mutable {
                if (guard) {
                  // Queued when the future finished on another thread; a posted
                  // call dies with its receiver if that is destroyed meanwhile.
                  QMetaObject::invokeMethod(
                      guard.data(), [handler = std::move(handler), result]() mutable { handler(result); });
                }
              });
}

}  // namespace cw::base
