// What went wrong talking to a card, as a value: a kind the caller can act on
// and a translated sentence a person can read.
#pragma once

#include <QString>

namespace cw::smartcard {

struct CardError {
  enum class Kind {
    ServiceUnavailable,  // pcscd / the Smart Card service is not running
    NoReader,            // the named reader is not there
    NoCard,              // the reader is empty
    CardRemoved,         // the card went away during or between commands
    CardReset,           // another program reset the card; the session state is gone
    Communication,       // the reader or card did not answer properly
    Malformed,           // the card answered with bytes that do not parse
    NotPiv,              // the card has no PIV application
    NotFound,            // the object or key is not on the card
    NotVerified,         // the command needs the PIN first
    InvalidPin,          // the PIN was refused before reaching the card
    Untrusted,           // the card's certificate failed the trust check
    Unsupported,         // the card or certificate uses something we do not handle
    CardRefused,         // any other status word
  };

  Kind kind = Kind::Communication;
  QString message;
  quint16 statusWord = 0;  // the card's status word when the card answered
};

}  // namespace cw::smartcard
