#include "modules/changes/ui/Confirm.h"

#include <QMessageBox>

namespace cw::changes {

bool askYesNo(QWidget* parent, const QString& title, const QString& question) {
  return QMessageBox::question(parent, title, question, QMessageBox::Yes | QMessageBox::No,
                               QMessageBox::No) == QMessageBox::Yes;
}

}  // namespace cw::changes
