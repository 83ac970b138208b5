// The result of proving the cardholder is present: PIN verified and a fresh
// challenge signed by key 9A, checked against the card's certificate.
#pragma once

#include "smartcard/CardError.h"

namespace cw::smartcard {

struct CardholderProof {
  enum class Outcome { Verified, WrongPin, Blocked, CardRemoved, Failed };
  Outcome outcome = Outcome::Failed;
  int triesLeft = -1;  // with WrongPin
  CardError error;     // with Failed and CardRemoved: what to tell the person
};

}  // namespace cw::smartcard
