#include "app/RolePickerPage.h"

#include <QListWidget>
#include <QPushButton>

#include <algorithm>

namespace cw::shell {
namespace {

constexpr int kRoleProfileIdRole = Qt::UserRole + 1;
constexpr int kMaxVisibleRows = 6;

}  // namespace

RolePickerPage::RolePickerPage(QWidget* parent)
    : SignInPage(QStringLiteral("rolePage"), parent), m_roles(new QListWidget) {
  setHeading(tr("Choose your role"));
  m_roles->setObjectName(QStringLiteral("roleList"));
  m_roles->setAccessibleName(tr("Your roles"));
  m_roles->setAccessibleDescription(tr("Use the arrow keys to pick a role, then press Enter"));
  m_roles->setSelectionMode(QAbstractItemView::SingleSelection);
  m_roles->setWordWrap(true);
  m_roles->setUniformItemSizes(false);
  m_roles->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  addContent(m_roles);

  auto* next = addPrimaryButton(tr("Continue"), QStringLiteral("roleContinue"));
  next->setAccessibleDescription(tr("Signs you in with the selected role"));
  addCancelButton();

  // Enter and double-click activate an item.
  connect(m_roles, &QListWidget::itemActivated, this, &RolePickerPage::choose);
  connect(next, &QPushButton::clicked, this, [this] { choose(m_roles->currentItem()); });
}

void RolePickerPage::prepare(const QList<identity::RoleAssignment>& roles, const QString& displayName) {
  setText(tr("%1, you have more than one role. Choose the one you are working in now.").arg(displayName));
  m_roles->clear();
  for (const identity::RoleAssignment& role : roles) {
    const QString organisation = tr("%1 (%2)").arg(role.orgName, role.orgCode);
    auto* item = new QListWidgetItem(role.roleName + QLatin1Char('\n') + organisation, m_roles);
    item->setData(kRoleProfileIdRole, role.roleProfileId);
    item->setData(Qt::AccessibleTextRole, tr("%1 at %2").arg(role.roleName, organisation));
  }
  if (!roles.isEmpty()) {
    // Tall enough for every role without scrolling, up to a point.
    const int rows = std::min(static_cast<int>(roles.size()), kMaxVisibleRows);
    m_roles->setFixedHeight(rows * m_roles->sizeHintForRow(0) + 2 * m_roles->frameWidth());
    m_roles->setCurrentRow(0);
  }
  m_roles->setFocus(Qt::OtherFocusReason);
}

void RolePickerPage::choose(const QListWidgetItem* item) {
  if (item != nullptr) {
    Q_EMIT roleChosen(item->data(kRoleProfileIdRole).toString());
  }
}

}  // namespace cw::shell
