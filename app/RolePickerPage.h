// The sign-in step for a user with several roles: which role, at which
// organisation, they are working in for this session.
#pragma once

#include "app/SignInPage.h"
#include "core/identity/Session.h"

#include <QList>

class QListWidget;
class QListWidgetItem;

namespace cw::shell {

class RolePickerPage : public SignInPage {
  Q_OBJECT

 public:
  explicit RolePickerPage(QWidget* parent = nullptr);

  void prepare(const QList<identity::RoleAssignment>& roles, const QString& displayName);

 Q_SIGNALS:
  void roleChosen(const QString& roleProfileId);

 private:
  void choose(const QListWidgetItem* item);

  QListWidget* m_roles;
};

}  // namespace cw::shell
