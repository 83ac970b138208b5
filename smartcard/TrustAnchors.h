// The CA certificates a card certificate must chain to, loaded from PEM files
// or from every *.pem / *.crt file of a directory.
#pragma once

#include "smartcard/CardResult.h"

#include <QString>

#include <memory>

struct x509_store_st;

namespace cw::smartcard {

class TrustAnchors {
 public:
  // An error when the path does not exist, a file is not PEM, or no
  // certificate at all was found: no anchors would mean trusting nothing.
  static CardResult<TrustAnchors> load(const QString& path);

  int count() const { return m_count; }
  x509_store_st* store() const { return m_store.get(); }

 private:
  std::shared_ptr<x509_store_st> m_store;
  int m_count = 0;
};

}  // namespace cw::smartcard
