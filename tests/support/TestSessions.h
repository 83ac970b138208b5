// Signed-in sessions for tests. The product creates sessions only through
// smartcard sign-on; tests create them directly through the Session API.
#pragma once

#include "core/identity/Session.h"

#include <memory>

namespace cw::test {

std::unique_ptr<identity::Session> makeSession(const QString& displayName, const QString& roleName,
                                               const QStringList& activities = {});

}  // namespace cw::test
