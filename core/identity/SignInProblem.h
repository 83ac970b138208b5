// The known reasons a sign-in stops. The session manager names the reason;
// the shell words it (app/CardProblem), so the texts live with the screens.
#pragma once

namespace cw::identity {

enum class SignInProblem {
  Other,                 // worded by the session manager: title and message in its prompt
  NotPiv,                // the card has no PIV application
  CertificateExpired,    // certificate 9A is out of date
  CertificateUntrusted,  // certificate 9A was not issued by a trust anchor
  Blocked,               // no PIN tries left
  IdentityMismatch,      // the identity provider signed in someone other than the card holder
  NoRoles,               // the account has no role for this workstation
};

}  // namespace cw::identity
