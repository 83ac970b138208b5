// libcurl's process-wide set-up, done once whichever thread asks first.
#pragma once

namespace cw::http {

void initCurlOnce();

}  // namespace cw::http
