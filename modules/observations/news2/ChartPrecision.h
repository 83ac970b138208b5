// Brings a measured value to NEWS2 chart precision (whole numbers, or tenths
// for temperature) by rounding half-up once, at input, so that the bands are
// compared with integers only and a device's 35.05 °C scores as 35.1 °C.
#pragma once

#include <QByteArrayView>

#include <optional>

namespace cw::observations {

// `text` is a decimal number as written (JSON number syntax: "35.05",
// "-2", "3.505e1"); the result is the value times 10^decimals, rounded
// half-up (halves away from zero) with exact decimal arithmetic. Empty for
// text that is not a number, and for magnitudes beyond nine digits, which no
// vital sign reaches.
std::optional<int> roundHalfUp(QByteArrayView text, int decimals);

// For values that arrive as doubles (a spin box): the double is first written
// with ten decimals, which removes binary representation error (35.05 is held
// as 35.04999…, written "35.0500000000") while keeping any real digit a
// device gives, then rounded as text. Empty for NaN and infinities.
std::optional<int> roundHalfUp(double value, int decimals);

}  // namespace cw::observations
