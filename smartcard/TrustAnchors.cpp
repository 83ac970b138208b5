#include "smartcard/TrustAnchors.h"

#include "smartcard/SmartcardTr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <openssl/bio.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace cw::smartcard {
namespace {

constexpr qint64 kMaxPemBytes = 1024 * 1024;

CardError anchorError(const QString& message) {
  return {CardError::Kind::Malformed, message};
}

// Adds every certificate of one PEM file; the count added, or an error.
CardResult<int> addPemFile(X509_STORE* store, const QString& path) {
  QFile file(path);
  if (file.size() > kMaxPemBytes || !file.open(QIODevice::ReadOnly)) {
    return anchorError(Tr::tr("Cannot read the trust anchor file %1.").arg(path));
  }
  const QByteArray pem = file.readAll();
  std::unique_ptr<BIO, decltype(&BIO_free)> bio(
      BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())), BIO_free);
  int added = 0;
  while (X509* certificate = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)) {
    const int rc = X509_STORE_add_cert(store, certificate);
    X509_free(certificate);
    if (rc != 1) {
      return anchorError(Tr::tr("The trust anchor file %1 holds a certificate OpenSSL refuses.").arg(path));
    }
    ++added;
  }
  if (added == 0) {
    return anchorError(Tr::tr("The trust anchor file %1 holds no PEM certificate.").arg(path));
  }
  return added;
}

}  // namespace

CardResult<TrustAnchors> TrustAnchors::load(const QString& path) {
  const QFileInfo info(path);
  QStringList files;
  if (info.isDir()) {
    const QDir dir(path);
    for (const QString& name :
         dir.entryList({QStringLiteral("*.pem"), QStringLiteral("*.crt")}, QDir::Files, QDir::Name)) {
      files.append(dir.filePath(name));
    }
  } else if (info.isFile()) {
    files.append(path);
  } else {
    return anchorError(Tr::tr("The trust anchor path %1 does not exist.").arg(path));
  }
  TrustAnchors anchors;
  anchors.m_store.reset(X509_STORE_new(), X509_STORE_free);
  for (const QString& file : files) {
    const CardResult<int> added = addPemFile(anchors.m_store.get(), file);
    if (!added) {
      return added.error();
    }
    anchors.m_count += added.value();
  }
  if (anchors.m_count == 0) {
    return anchorError(Tr::tr("No trust anchor certificate was found in %1.").arg(path));
  }
  return anchors;
}

}  // namespace cw::smartcard
