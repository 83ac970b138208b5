// A deterministic random source (xoshiro256**, seeded by SplitMix64) with its
// own integer helpers, so a seed gives the same data on every platform and
// standard library; std:: distributions are implementation-defined.
#pragma once

#include <QtGlobal>

#include <array>
#include <span>

namespace cw::synthetic {

class Random {
 public:
  // An independent stream per (seed, stream) pair: patient N's data does not
  // depend on how many numbers patient N-1 drew.
  explicit Random(quint64 seed, quint64 stream = 0);

  quint64 next();

  // Uniform in [0, bound); bound must be positive. Rejection sampling keeps
  // it unbiased without 128-bit arithmetic.
  quint64 below(quint64 bound);
  // Uniform in [low, high], both inclusive.
  int between(int low, int high);
  // True with probability percent / 100.
  bool percent(int percent);

  template <typename T>
  const T& pick(std::span<const T> items) {
    Q_ASSERT(!items.empty());
    return items[below(items.size())];
  }
  template <typename T, std::size_t N>
  const T& pick(const std::array<T, N>& items) {
    return pick(std::span<const T>(items));
  }

 private:
  std::array<quint64, 4> m_state{};
};

}  // namespace cw::synthetic
