#include "core/ui/FreshnessText.h"

#include "core/sync/SyncStatus.h"
#include "core/ui/BannerText.h"

#include <QCoreApplication>

namespace cw::ui {
namespace {

struct Tr {
  Q_DECLARE_TR_FUNCTIONS(cw::ui::Freshness)
};

QString linkText(sync::SyncStatus::Connection connection) {
  switch (connection) {
    case sync::SyncStatus::Connection::Online: return Tr::tr("online");
    case sync::SyncStatus::Connection::Offline: return Tr::tr("offline");
    case sync::SyncStatus::Connection::Unknown: break;
  }
  return Tr::tr("connection not checked yet");
}

}  // namespace

QString freshnessText(const sync::SyncStatus& status, const QDateTime& now) {
  const QString link = linkText(status.connection());
  if (!status.lastSynced().isValid()) {
    return Tr::tr("Not yet synced with the server: showing only what this workstation holds — %1").arg(link);
  }
  const QDateTime synced = status.lastSynced().toLocalTime();
  const QString time = synced.time().toString(QStringLiteral("HH:mm"));
  const QString when =
      synced.date() == now.toLocalTime().date() ? time : bannerDate(synced.date()) + QLatin1Char(' ') + time;
  return Tr::tr("Data as of %1 — %2").arg(when, link);
}

}  // namespace cw::ui
