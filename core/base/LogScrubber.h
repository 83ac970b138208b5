// Removes patient-identifiable data and secrets from log text before it is
// written anywhere: NHS numbers, tokens, PINs, keys, e-mail addresses, and the
// exact terms (patient names, dates of birth) registered while they are on screen.
#pragma once

#include <QMutex>
#include <QString>
#include <QStringList>

namespace cw::base {

class LogScrubber {
 public:
  static LogScrubber& instance();

  QString scrub(const QString& text) const;

  // Terms that are PHI only in context (a name, a date of birth): redacted
  // wherever they appear. Terms shorter than three characters are ignored
  // because they would redact ordinary words.
  void addSensitiveTerm(const QString& term);
  void clearSensitiveTerms();

 private:
  mutable QMutex m_mutex;
  QStringList m_terms;  // longest first, so "Jane Smith" goes before "Jane"
};

}  // namespace cw::base
