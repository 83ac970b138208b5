#include "core/store/KeyFileProvider.h"

#include "core/store/StoreTr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cerrno>
#include <cstring>

namespace cw::store {
namespace {

class Fd {
 public:
  explicit Fd(int fd) : m_fd(fd) {}
  ~Fd() {
    if (m_fd >= 0) {
      ::close(m_fd);
    }
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  int get() const { return m_fd; }

 private:
  int m_fd;
};

CacheKey failure(QString message) {
  return {{}, std::move(message)};
}

bool writeAll(int fd, const char* data, std::size_t size) {
  while (size > 0) {
    const ssize_t written = ::write(fd, data, size);
    if (written < 0) {
      if (errno == EINTR) {
        continue;
      }
      return false;
    }
    data += written;
    size -= static_cast<std::size_t>(written);
  }
  return true;
}

}  // namespace

CacheKey KeyFileProvider::key() {
  const QByteArray path = QFile::encodeName(m_path);
  // O_NOFOLLOW: a symbolic link could point the check at one file and the
  // read at another. The checks run on the open descriptor for the same reason.
  Fd fd(::open(path.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
  if (fd.get() < 0) {
    if (errno == ENOENT) {
      if (m_creation == KeyCreation::IfMissing) {
        return create();
      }
      return failure(Tr::tr("The cache key file %1 does not exist. Without it the offline cache cannot be "
                            "opened. Ask IT to restore it, or set up this workstation again with "
                            "\"cwctl cache init\".")
                         .arg(m_path));
    }
    return failure(Tr::tr("The cache key file %1 cannot be opened (%2).")
                       .arg(m_path, QString::fromLocal8Bit(std::strerror(errno))));
  }
  struct stat info {};
  if (::fstat(fd.get(), &info) != 0 || !S_ISREG(info.st_mode)) {
    return failure(Tr::tr("The cache key file %1 is not a regular file.").arg(m_path));
  }
  if (info.st_uid != ::geteuid()) {
    return failure(Tr::tr("The cache key file %1 belongs to another user. It must belong to the account "
                          "that runs the workstation.")
                       .arg(m_path));
  }
  if ((info.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
    return failure(Tr::tr("The cache key file %1 can be read or changed by other users. Restrict it to its "
                          "owner (chmod 600) and ask IT whether the key must be replaced.")
                       .arg(m_path));
  }
  if (info.st_size != static_cast<off_t>(kCacheKeyBytes)) {
    return failure(Tr::tr("The cache key file %1 is not a cache key (it must hold exactly %2 bytes).")
                       .arg(m_path)
                       .arg(kCacheKeyBytes));
  }
  crypto::SecureBytes key = crypto::SecureBytes::zeroed(kCacheKeyBytes);
  std::size_t got = 0;
  while (got < kCacheKeyBytes) {
    const ssize_t n = ::read(fd.get(), key.data() + got, kCacheKeyBytes - got);
    if (n < 0 && errno == EINTR) {
      continue;
    }
    if (n <= 0) {
      return failure(Tr::tr("The cache key file %1 could not be read.").arg(m_path));
    }
    got += static_cast<std::size_t>(n);
  }
  return {std::move(key), {}};
}

CacheKey KeyFileProvider::create() {
  const QFileInfo target(m_path);
  if (!QDir().mkpath(target.absolutePath())) {
    return failure(Tr::tr("The folder for the cache key file %1 cannot be created.").arg(m_path));
  }
  // Written whole to a private temporary file, then linked into place: a
  // reader never sees a partial key, and link() never replaces a key that
  // another process made in the meantime.
  const QByteArray temporary = QFile::encodeName(target.absolutePath() + QStringLiteral("/.cache-key-") +
                                                 QUuid::createUuid().toString(QUuid::Id128));
  const crypto::SecureBytes key = crypto::SecureBytes::random(kCacheKeyBytes);
  {
    Fd fd(::open(temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600));
    if (fd.get() < 0 || !writeAll(fd.get(), key.data(), key.size()) || ::fsync(fd.get()) != 0) {
      ::unlink(temporary.constData());
      return failure(Tr::tr("The cache key file %1 cannot be written.").arg(m_path));
    }
  }
  const int linked = ::link(temporary.constData(), QFile::encodeName(m_path).constData());
  const int linkError = errno;
  ::unlink(temporary.constData());
  if (linked != 0 && linkError != EEXIST) {
    return failure(Tr::tr("The cache key file %1 cannot be written.").arg(m_path));
  }
  // Read back through the checks (and take the other process's key if it won).
  m_creation = KeyCreation::Never;
  return this->key();
}

}  // namespace cw::store
