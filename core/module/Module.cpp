#include "core/module/Module.h"

namespace cw::module {

Module::~Module() = default;

}  // namespace cw::module
