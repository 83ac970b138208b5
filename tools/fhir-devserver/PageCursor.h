// Where the next page of a search or history starts: the snapshot (the last
// sequence number when the first page was served), the total seen then, and
// the sort key and sequence of the last entry served. Later pages are read as
// of the snapshot, so changes in between neither duplicate nor shift entries.
// Clients see only an opaque token.
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace cw::devserver {

struct PageCursor {
  qint64 snapshot = 0;
  qint64 total = -1;  // -1 when no total was asked for
  qint64 lastKey = 0;
  qint64 lastSeq = 0;

  QString encode() const;
  // Nothing for a token this server did not write.
  static std::optional<PageCursor> decode(QStringView token);
};

}  // namespace cw::devserver
