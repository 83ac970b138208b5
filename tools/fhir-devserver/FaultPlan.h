// Injected faults for testing clients: latency, error statuses (5xx, 429 with
// Retry-After) and dropped connections, each at a rate, decided per request
// from a seed so a run can be repeated exactly.
//
// Grammar (--faults), rules separated by commas, each at most once except
// status rules:
//   latency=<N>ms@<rate> | latency=<N>s@<rate>   delay the answer
//   <status>[:retry-after=<seconds>]@<rate>      answer 429 or 500-504 with an
//                                                OperationOutcome; 429 always
//                                                carries Retry-After (default 1)
//   drop@<rate>                                  close the connection without
//                                                processing the request
//   drop-after@<rate>                            process it, then close the
//                                                connection before answering
//   seed=<unsigned integer>                      default 0
// <rate> is a decimal from 0 to 1. Example:
//   latency=200ms@0.3,503@0.1,429:retry-after=2@0.1,drop@0.05,seed=42
//
// Each rule draws independently for each request, from a hash of (seed,
// request number, rule number), so request N always meets the same faults.
// Latency delays whatever follows; of the other rules the first that fires,
// in SPEC order, decides the answer. GET /fhir/metadata and websocket
// upgrades never meet faults and do not count as requests, so a client can
// always discover the server.
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <chrono>
#include <optional>

namespace cw::devserver {

struct FaultDecision {
  enum class Action { None, Status, Drop, DropAfter };
  std::chrono::milliseconds latency{0};
  Action action = Action::None;
  int status = 0;
  int retryAfterSeconds = -1;  // -1: no Retry-After header
};

class FaultPlan {
 public:
  // Nothing, with `error` set, for a SPEC that does not follow the grammar.
  static std::optional<FaultPlan> parse(QStringView spec, QString* error);

  bool isEmpty() const { return m_rules.isEmpty(); }
  // The faults for the next request.
  FaultDecision next();

 private:
  struct Rule {
    FaultDecision::Action action = FaultDecision::Action::None;
    std::chrono::milliseconds latency{0};
    int status = 0;
    int retryAfterSeconds = -1;
    double rate = 0;
  };

  double draw(int rule) const;

  QList<Rule> m_rules;
  quint64 m_seed = 0;
  quint64 m_requests = 0;
};

}  // namespace cw::devserver
