#include "tools/synthetic/Random.h"

namespace cw::synthetic {
namespace {

quint64 splitMix64(quint64& state) {
  state += 0x9E3779B97F4A7C15ULL;
  quint64 z = state;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

constexpr quint64 rotateLeft(quint64 value, int bits) {
  return (value << bits) | (value >> (64 - bits));
}

}  // namespace

Random::Random(quint64 seed, quint64 stream) {
  quint64 mix = seed;
  const quint64 streamKey = splitMix64(mix) ^ (stream * 0xD1B54A32D192ED03ULL);
  quint64 state = streamKey;
  for (quint64& word : m_state) {
    word = splitMix64(state);
  }
}

quint64 Random::next() {
  const quint64 result = rotateLeft(m_state[1] * 5, 7) * 9;
  const quint64 t = m_state[1] << 17;
  m_state[2] ^= m_state[0];
  m_state[3] ^= m_state[1];
  m_state[1] ^= m_state[2];
  m_state[0] ^= m_state[3];
  m_state[2] ^= t;
  m_state[3] = rotateLeft(m_state[3], 45);
  return result;
}

quint64 Random::below(quint64 bound) {
  Q_ASSERT(bound > 0);
  // Values under `threshold` would make the low residues more likely.
  const quint64 threshold = (0 - bound) % bound;
  for (;;) {
    const quint64 value = next();
    if (value >= threshold) {
      return value % bound;
    }
  }
}

int Random::between(int low, int high) {
  Q_ASSERT(low <= high);
  const auto span = static_cast<quint64>(static_cast<qint64>(high) - low + 1);
  return static_cast<int>(low + static_cast<qint64>(below(span)));
}

bool Random::percent(int percent) {
  return below(100) < static_cast<quint64>(percent);
}

}  // namespace cw::synthetic
