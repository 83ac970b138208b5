// Secrets (tokens, PINs, keys) in libsodium secure memory: locked so it is
// never swapped, fenced by guard pages, and wiped when released. Move-only,
// so a secret is never copied by accident.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>

namespace cw::crypto {

class SecureBytes {
 public:
  SecureBytes() = default;
  // Copies `size` bytes from `data` into secure memory.
  SecureBytes(const char* data, std::size_t size);
  // Takes the secret out of `source` and wipes the source's bytes, so the
  // only copy left is the secure one.
  static SecureBytes takeFrom(QByteArray& source);
  // `size` zero bytes, to be filled through data().
  static SecureBytes zeroed(std::size_t size);
  // `size` bytes from the operating system's CSPRNG, for new keys.
  static SecureBytes random(std::size_t size);

  SecureBytes(SecureBytes&& other) noexcept;
  SecureBytes& operator=(SecureBytes&& other) noexcept;
  SecureBytes(const SecureBytes&) = delete;
  SecureBytes& operator=(const SecureBytes&) = delete;
  ~SecureBytes();

  bool isEmpty() const { return m_size == 0; }
  std::size_t size() const { return m_size; }
  char* data() { return m_data; }
  const char* data() const { return m_data; }
  QByteArrayView view() const { return {m_data, static_cast<qsizetype>(m_size)}; }

  // Constant-time comparison, for PINs and MACs.
  bool equals(QByteArrayView other) const;
  // Wipes and releases the secret now.
  void clear();

 private:
  char* m_data = nullptr;
  std::size_t m_size = 0;
};

// Wipes bytes that briefly held a secret outside secure memory (a request
// header, a text field's copy) and empties the array. Only this array's bytes
// are wiped: call it on the last holder, not on one of several shared copies.
void wipe(QByteArray& bytes);

}  // namespace cw::crypto
