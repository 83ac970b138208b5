#include "app/CardProblem.h"

#include "app/ShellTr.h"

namespace cw::shell {

CardProblemText cardProblemText(CardProblem problem) {
  switch (problem) {
    case CardProblem::Other: break;  // worded by whoever reported it
    case CardProblem::NotPiv:
      return {Tr::tr("This card cannot be used to sign in"),
              Tr::tr("It is not an NHS smartcard. Take it out and insert your NHS smartcard.")};
    case CardProblem::CertificateExpired:
      return {Tr::tr("Your smartcard has expired"),
              Tr::tr("Ask your registration authority to renew it. Until then, you cannot sign in with "
                     "this card.")};
    case CardProblem::CertificateUntrusted:
      return {Tr::tr("This smartcard is not recognised"),
              Tr::tr("It was not issued by an NHS registration authority this workstation trusts. Take "
                     "it out and insert your own NHS smartcard. If this is your card, tell IT.")};
    case CardProblem::Blocked:
      return {Tr::tr("Your smartcard is blocked"),
              Tr::tr("A wrong PIN was entered 3 times, so the card is blocked. To unblock it, go to "
                     "https://digital.nhs.uk/unlock on another device, or ask your registration "
                     "authority.")};
    case CardProblem::IdentityMismatch:
      return {Tr::tr("Sign-in stopped: the account does not match the card"),
              Tr::tr("The sign-in service returned a different person from the one on this card. "
                     "Take the card out and try again. If it happens again, tell IT.")};
    case CardProblem::NoRoles:
      return {Tr::tr("You have no role to sign in with"),
              Tr::tr("Your account has no role that lets you use this workstation. Ask your "
                     "registration authority or your manager to add one.")};
  }
  return {};
}

}  // namespace cw::shell
