// The signed-in sessions this workstation holds: the one in use and the
// locked ones parked for fast user switching. Bounded in number and age, so
// a shared PC never keeps yesterday's sessions.
#pragma once

#include "core/identity/Session.h"
#include "core/identity/TokenSet.h"

#include <QByteArray>
#include <QDateTime>

#include <memory>
#include <vector>

namespace cw::identity {

struct SessionEntry {
  std::unique_ptr<Session> session;
  TokenSet tokens;
  QByteArray cardCertificate;  // DER of the card that opened it: only that card resumes it
  QDateTime signedInAt;        // at the identity provider
  QDateTime lastUsed;
};

class ParkedSessions {
 public:
  // Null when this user has no session here.
  SessionEntry* find(const QString& userId);
  SessionEntry* findSession(const Session* session);
  const SessionEntry* findSession(const Session* session) const;
  SessionEntry& add(SessionEntry entry);
  // Takes the entry out (none when unknown) so the caller can audit its end.
  std::vector<SessionEntry> take(const Session* session);

  // Entries signed in before `cutoff`, then the least recently used beyond
  // `maximum` (never `keep`), taken out so the caller can audit their end.
  std::vector<SessionEntry> takeExpired(const QDateTime& cutoff, const Session* keep);
  std::vector<SessionEntry> takeBeyond(std::size_t maximum, const Session* keep);

  std::size_t size() const { return m_entries.size(); }

 private:
  std::vector<SessionEntry> m_entries;
};

}  // namespace cw::identity
