// How the "Changes not sent" page asks before a decision that loses a
// version: a function, so tests answer for the user.
#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace cw::changes {

// Asks the user `question`; true to go ahead.
using Confirm = std::function<bool(QWidget* parent, const QString& question)>;

// The default: a Yes/No message box titled `title`, No unless chosen.
bool askYesNo(QWidget* parent, const QString& title, const QString& question);

}  // namespace cw::changes
