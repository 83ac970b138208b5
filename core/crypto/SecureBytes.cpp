#include "core/crypto/SecureBytes.h"

#include <sodium.h>

#include <cstring>
#include <new>
#include <utility>

namespace cw::crypto {
namespace {

void ensureSodium() {
  // sodium_init is idempotent and thread-safe; -1 means no usable entropy
  // source, and nothing secret may be handled without one.
  if (sodium_init() < 0) {
    throw std::bad_alloc();
  }
}

char* allocate(std::size_t size) {
  ensureSodium();
  auto* memory = static_cast<char*>(sodium_malloc(size));
  if (memory == nullptr) {
    throw std::bad_alloc();
  }
  return memory;
}

}  // namespace

SecureBytes::SecureBytes(const char* data, std::size_t size) {
  if (size == 0) {
    return;
  }
  m_data = allocate(size);
  m_size = size;
  std::memcpy(m_data, data, size);
}

SecureBytes SecureBytes::takeFrom(QByteArray& source) {
  SecureBytes secret(source.constData(), static_cast<std::size_t>(source.size()));
  wipe(source);
  return secret;
}

SecureBytes SecureBytes::zeroed(std::size_t size) {
  SecureBytes secret;
  if (size > 0) {
    secret.m_data = allocate(size);
    secret.m_size = size;
    sodium_memzero(secret.m_data, size);
  }
  return secret;
}

SecureBytes SecureBytes::random(std::size_t size) {
  SecureBytes secret = zeroed(size);
  if (size > 0) {
    randombytes_buf(secret.m_data, size);
  }
  return secret;
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0)) {}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept {
  if (this != &other) {
    clear();
    m_data = std::exchange(other.m_data, nullptr);
    m_size = std::exchange(other.m_size, 0);
  }
  return *this;
}

SecureBytes::~SecureBytes() {
  clear();
}

bool SecureBytes::equals(QByteArrayView other) const {
  if (static_cast<std::size_t>(other.size()) != m_size) {
    return false;
  }
  return m_size == 0 || sodium_memcmp(m_data, other.data(), m_size) == 0;
}

void SecureBytes::clear() {
  if (m_data != nullptr) {
    sodium_free(m_data);  // wipes before releasing
  }
  m_data = nullptr;
  m_size = 0;
}

void wipe(QByteArray& bytes) {
  if (!bytes.isEmpty()) {
    sodium_memzero(bytes.data(), static_cast<std::size_t>(bytes.size()));
  }
  bytes.clear();
}

}  // namespace cw::crypto
