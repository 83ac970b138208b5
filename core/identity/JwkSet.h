// An identity provider's published signing keys (its JWKS), looked up by kid.
#pragma once

#include "core/identity/Jwk.h"

#include <QByteArray>
#include <QList>

namespace cw::identity {

class JwkSet {
 public:
  // nullopt when `document` is not a JWKS ({"keys": [...]}). Keys that are
  // not usable signing keys (Jwk::fromJson) are left out.
  static std::optional<JwkSet> parse(const QByteArray& document);

  const QList<Jwk>& keys() const { return m_keys; }
  // The key with this kid, or nullptr.
  const Jwk* find(const QString& keyId) const;

 private:
  QList<Jwk> m_keys;
};

}  // namespace cw::identity
