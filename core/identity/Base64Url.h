// Strict unpadded base64url (RFC 7515 2), as JWS parts and JWK members use it.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace cw::identity {

// nullopt for anything outside the base64url alphabet (padding and
// whitespace included) or a length that cannot come from whole bytes.
std::optional<QByteArray> decodeBase64Url(QByteArrayView text);

}  // namespace cw::identity
