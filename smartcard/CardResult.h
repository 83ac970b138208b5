// A value or the CardError that prevented it: card operations report
// failures as values, never as exceptions.
#pragma once

#include "smartcard/CardError.h"

#include <optional>
#include <utility>

namespace cw::smartcard {

template <typename T>
class CardResult {
 public:
  CardResult(T value) : m_value(std::move(value)) {}          // NOLINT(google-explicit-constructor)
  CardResult(CardError error) : m_error(std::move(error)) {}  // NOLINT(google-explicit-constructor)

  bool ok() const { return m_value.has_value(); }
  explicit operator bool() const { return ok(); }
  const T& value() const& { return *m_value; }
  T& value() & { return *m_value; }
  T&& value() && { return std::move(*m_value); }
  const T* operator->() const { return &*m_value; }
  const CardError& error() const { return m_error; }

 private:
  std::optional<T> m_value;
  CardError m_error;
};

}  // namespace cw::smartcard
