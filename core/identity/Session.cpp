#include "core/identity/Session.h"

#include <algorithm>

namespace cw::identity {

Session::Session(UserIdentity user, RoleAssignment role, QObject* parent)
    : QObject(parent), m_user(std::move(user)), m_role(std::move(role)) {}

bool Session::grantsAll(const QStringList& activities) const {
  return std::all_of(activities.begin(), activities.end(),
                     [this](const QString& code) { return m_role.activityCodes.contains(code); });
}

void Session::lock() {
  if (!m_locked) {
    m_locked = true;
    Q_EMIT lockedChanged(true);
  }
}

void Session::unlock() {
  if (m_locked) {
    m_locked = false;
    Q_EMIT lockedChanged(false);
  }
}

}  // namespace cw::identity
