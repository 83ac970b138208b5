// Prints "shown" on stdout once a window has painted for the first time, so
// the start-up benchmark can time launch to first paint from outside.
#pragma once

#include <QObject>

class QWidget;

namespace cw::shell {

class ShownAnnouncer : public QObject {
  Q_OBJECT

 public:
  explicit ShownAnnouncer(QWidget* window);

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;
};

}  // namespace cw::shell
