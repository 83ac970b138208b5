#include "core/base/ProcessHardening.h"

#include <windows.h>

namespace cw::base {

void hardenProcess() {
  // No Windows Error Reporting dialogs or dumps, and no DLLs from the
  // current directory.
  SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX);
  SetDllDirectoryW(L"");
}

}  // namespace cw::base
