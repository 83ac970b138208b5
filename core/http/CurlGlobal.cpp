#include "core/http/CurlGlobal.h"

#include <curl/curl.h>

#include <mutex>

namespace cw::http {

void initCurlOnce() {
  // Before 7.84 curl_global_init was not thread-safe; call_once makes it so
  // on every version a Windows build might ship with.
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

}  // namespace cw::http
