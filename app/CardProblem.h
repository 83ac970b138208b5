// The card and account problems that stop a sign-in, each with the plain
// words the sign-in screen shows: what happened and what to do about it.
#pragma once

#include "core/identity/SignInProblem.h"

#include <QString>

namespace cw::shell {

using CardProblem = identity::SignInProblem;

struct CardProblemText {
  QString title;
  QString whatToDo;
};

CardProblemText cardProblemText(CardProblem problem);

}  // namespace cw::shell
