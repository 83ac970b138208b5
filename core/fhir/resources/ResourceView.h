// Gives a typed resource view its checked constructor: View::from(resource)
// is empty unless the resource has the view's type.
#pragma once

#include "core/fhir/resources/ResourceElements.h"

#include <optional>

namespace cw::fhir {

// `View` declares `static constexpr QStringView kResourceType`, inherits this
// constructor privately and befriends this class. Views of resources the
// modules create make `create()` public.
template <typename View, typename Base = ResourceElements>
class ResourceView : public Base {
 public:
  static std::optional<View> from(const Resource& resource) {
    if (resource.resourceType() != View::kResourceType) {
      return std::nullopt;
    }
    return View(resource);
  }

 protected:
  explicit ResourceView(Resource resource) : Base(std::move(resource)) {}

  // A new resource with nothing but its resourceType.
  static View create() { return View(Base::emptyResource(View::kResourceType)); }
};

}  // namespace cw::fhir
