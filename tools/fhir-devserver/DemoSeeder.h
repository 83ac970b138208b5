// Loads the demo patients (cw_synthetic with its demo seed, anchored today)
// through the same transaction path as HTTP, so demo loading exercises it.
#pragma once

#include <QString>

namespace cw::devserver {

class RequestRouter;

class DemoSeeder {
 public:
  // Returns what went wrong, or an empty string.
  static QString load(RequestRouter& router);
};

}  // namespace cw::devserver
