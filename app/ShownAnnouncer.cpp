#include "app/ShownAnnouncer.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace cw::shell {

ShownAnnouncer::ShownAnnouncer(QWidget* window) : QObject(window) {
  window->installEventFilter(this);
}

bool ShownAnnouncer::eventFilter(QObject* watched, QEvent* event) {
  if (event->type() == QEvent::Paint) {
    watched->removeEventFilter(this);
    // After this paint event the frame is flushed to the screen.
    QTimer::singleShot(0, this, [] {
      static_cast<void>(std::fputs("shown\n", stdout));
      static_cast<void>(std::fflush(stdout));
    });
  }
  return QObject::eventFilter(watched, event);
}

}  // namespace cw::shell
