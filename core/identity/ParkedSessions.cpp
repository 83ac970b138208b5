#include "core/identity/ParkedSessions.h"

#include <algorithm>

namespace cw::identity {

SessionEntry* ParkedSessions::find(const QString& userId) {
  const auto it = std::find_if(m_entries.begin(), m_entries.end(), [&](const SessionEntry& entry) {
    return entry.session->user().userId == userId;
  });
  return it == m_entries.end() ? nullptr : &*it;
}

SessionEntry* ParkedSessions::findSession(const Session* session) {
  const auto it = std::find_if(m_entries.begin(), m_entries.end(),
                               [&](const SessionEntry& entry) { return entry.session.get() == session; });
  return it == m_entries.end() ? nullptr : &*it;
}

const SessionEntry* ParkedSessions::findSession(const Session* session) const {
  return const_cast<ParkedSessions*>(this)->findSession(session);
}

SessionEntry& ParkedSessions::add(SessionEntry entry) {
  m_entries.push_back(std::move(entry));
  return m_entries.back();
}

std::vector<SessionEntry> ParkedSessions::take(const Session* session) {
  std::vector<SessionEntry> taken;
  const auto it = std::find_if(m_entries.begin(), m_entries.end(),
                               [&](const SessionEntry& entry) { return entry.session.get() == session; });
  if (it != m_entries.end()) {
    taken.push_back(std::move(*it));
    m_entries.erase(it);
  }
  return taken;
}

std::vector<SessionEntry> ParkedSessions::takeExpired(const QDateTime& cutoff, const Session* keep) {
  std::vector<SessionEntry> expired;
  for (auto it = m_entries.begin(); it != m_entries.end();) {
    if (it->session.get() != keep && it->signedInAt < cutoff) {
      expired.push_back(std::move(*it));
      it = m_entries.erase(it);
    } else {
      ++it;
    }
  }
  return expired;
}

std::vector<SessionEntry> ParkedSessions::takeBeyond(std::size_t maximum, const Session* keep) {
  std::vector<SessionEntry> evicted;
  while (m_entries.size() > maximum) {
    auto oldest = m_entries.end();
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
      if (it->session.get() != keep && (oldest == m_entries.end() || it->lastUsed < oldest->lastUsed)) {
        oldest = it;
      }
    }
    if (oldest == m_entries.end()) {
      break;
    }
    evicted.push_back(std::move(*oldest));
    m_entries.erase(oldest);
  }
  return evicted;
}

}  // namespace cw::identity
