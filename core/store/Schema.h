// The cache's tables and their migrations, numbered by PRAGMA user_version.
#pragma once

namespace cw::store {

class CipherConnection;

inline constexpr int kSchemaVersion = 1;

// Brings the database from its user_version up to kSchemaVersion, each step
// in its own transaction. Returns the version found before migrating; the
// caller refuses versions above kSchemaVersion (a newer release wrote them)
// before calling this.
int schemaVersion(CipherConnection& connection);
void migrate(CipherConnection& connection);

}  // namespace cw::store
