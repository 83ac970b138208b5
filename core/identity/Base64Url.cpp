#include "core/identity/Base64Url.h"

namespace cw::identity {
namespace {

bool isBase64UrlCharacter(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

}  // namespace

std::optional<QByteArray> decodeBase64Url(QByteArrayView text) {
  for (const char c : text) {
    if (!isBase64UrlCharacter(c)) {
      return std::nullopt;
    }
  }
  if (text.size() % 4 == 1) {
    return std::nullopt;
  }
  QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(
      text.toByteArray(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals |
                              QByteArray::AbortOnBase64DecodingErrors);
  if (!decoded) {
    return std::nullopt;
  }
  return std::move(decoded.decoded);
}

}  // namespace cw::identity
