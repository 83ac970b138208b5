// Reads one HTTP/1.1 request from the bytes a loopback connection delivers,
// strictly and within small limits: the only clients of the workstation's
// loopback listener are a browser's redirect and the identity provider's
// login page, so anything unusual is refused rather than interpreted.
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace cw::shell {

struct LoopbackRequest {
  QByteArray method;                             // e.g. "GET"
  QByteArray target;                             // origin-form: "/path?query"
  QList<QPair<QByteArray, QByteArray>> headers;  // names in lower case
  QByteArray body;

  QByteArray path() const;
  // The value of header `name` (lower case), or empty.
  QByteArray header(const QByteArray& name) const;
  bool hasHeader(const QByteArray& name) const;
};

class LoopbackRequestReader {
 public:
  enum class Status { NeedMore, Complete, Malformed, TooLarge };

  static constexpr int kMaxHeaderBytes = 8 * 1024;
  static constexpr int kMaxBodyBytes = 4 * 1024;
  static constexpr int kMaxHeaders = 64;

  // Takes the next bytes; once the answer is Complete, Malformed or TooLarge
  // it no longer changes.
  Status feed(const QByteArray& bytes);
  Status status() const { return m_status; }
  // Valid once status() is Complete.
  const LoopbackRequest& request() const { return m_request; }

 private:
  Status parseHead(const QByteArray& head);
  Status readBody();

  QByteArray m_buffer;
  Status m_status = Status::NeedMore;
  bool m_headRead = false;
  qsizetype m_bodyLength = 0;
  LoopbackRequest m_request;
};

}  // namespace cw::shell
