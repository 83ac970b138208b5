// The reference data every patient record points at: the trust and GP
// practices, the two wards and their beds, the demo staff and their roles
// (DemoPersonas.h). Loaded first.
#pragma once

#include "tools/synthetic/TransactionBundle.h"

#include <QString>

namespace cw::synthetic {

class ReferenceDataBuilder {
 public:
  static void build(TransactionBundle& bundle);

  // Location ids and names of the beds, shared with the patient records.
  static QString bedId(int ward, int bed);
  static QString bedName(int ward, int bed);  // "Bed 3, Ward 7 (Acute Medicine)"
};

}  // namespace cw::synthetic
