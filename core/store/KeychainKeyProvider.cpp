#include "core/store/KeychainKeyProvider.h"

#include "core/store/StoreTr.h"

#include <QEventLoop>

#include <qt6keychain/keychain.h>

namespace cw::store {
namespace {

void runJob(QKeychain::Job& job) {
  job.setAutoDelete(false);
  job.setInsecureFallback(false);
  QEventLoop loop;
  QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
  job.start();
  loop.exec();
}

QString unreachable(const QKeychain::Job& job) {
  return Tr::tr(
             "The system keychain cannot be reached (%1), so the offline cache key is not available. "
             "Ask IT to check the keychain service, or configure cache_key_provider=keyfile.")
      .arg(job.errorString());
}

}  // namespace

CacheKey KeychainKeyProvider::key() {
  QKeychain::ReadPasswordJob job(m_service);
  job.setKey(m_entry);
  runJob(job);
  if (job.error() == QKeychain::EntryNotFound) {
    if (m_creation == KeyCreation::IfMissing) {
      return create();
    }
    return {{},
            Tr::tr("The system keychain holds no offline cache key for this account. Set up this "
                   "workstation again with \"cwctl cache init\".")};
  }
  if (job.error() != QKeychain::NoError) {
    return {{}, unreachable(job)};
  }
  QByteArray data = job.binaryData();
  if (static_cast<std::size_t>(data.size()) != kCacheKeyBytes) {
    crypto::wipe(data);
    return {{}, Tr::tr("The offline cache key in the system keychain is not a cache key.")};
  }
  return {crypto::SecureBytes::takeFrom(data), {}};
}

CacheKey KeychainKeyProvider::create() {
  crypto::SecureBytes key = crypto::SecureBytes::random(kCacheKeyBytes);
  // QtKeychain takes a QByteArray: the job shares this copy, which is wiped
  // once the job (the other holder) is gone.
  QByteArray copy(key.data(), static_cast<qsizetype>(key.size()));
  QString error;
  {
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(m_entry);
    job.setBinaryData(copy);
    runJob(job);
    if (job.error() != QKeychain::NoError) {
      error = unreachable(job);
    }
  }
  crypto::wipe(copy);
  if (!error.isEmpty()) {
    return {{}, error};
  }
  return {std::move(key), {}};
}

}  // namespace cw::store
