#include "app/LoopbackRequestReader.h"

#include <string_view>

namespace cw::shell {
namespace {

constexpr int kMaxMethodLength = 16;
constexpr int kMaxTargetLength = 2048;
constexpr int kMaxContentLengthDigits = 9;

bool isTokenChar(char c) {
  constexpr std::string_view kSymbols = "!#$%&'*+-.^_`|~";
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         kSymbols.find(c) != std::string_view::npos;
}

// Field values: visible ASCII, spaces and tabs, and obs-text; never a
// control character, which is how header injection and smuggling start.
bool isFieldValue(const QByteArray& value) {
  for (const char c : value) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte != '\t' && (byte < 0x20 || byte == 0x7f)) {
      return false;
    }
  }
  return true;
}

bool isOriginFormTarget(const QByteArray& target) {
  if (target.isEmpty() || target.size() > kMaxTargetLength || !target.startsWith('/')) {
    return false;
  }
  for (const char c : target) {
    if (c < 0x21 || c > 0x7e) {
      return false;
    }
  }
  return true;
}

bool isMethod(const QByteArray& method) {
  if (method.isEmpty() || method.size() > kMaxMethodLength) {
    return false;
  }
  for (const char c : method) {
    if (c < 'A' || c > 'Z') {
      return false;
    }
  }
  return true;
}

}  // namespace

QByteArray LoopbackRequest::path() const {
  const qsizetype query = target.indexOf('?');
  return query < 0 ? target : target.left(query);
}

QByteArray LoopbackRequest::header(const QByteArray& name) const {
  for (const auto& [key, value] : headers) {
    if (key == name) {
      return value;
    }
  }
  return {};
}

bool LoopbackRequest::hasHeader(const QByteArray& name) const {
  for (const auto& entry : headers) {
    if (entry.first == name) {
      return true;
    }
  }
  return false;
}

LoopbackRequestReader::Status LoopbackRequestReader::feed(const QByteArray& bytes) {
  if (m_status != Status::NeedMore) {
    return m_status;
  }
  m_buffer.append(bytes);
  if (!m_headRead) {
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0) {
      m_status = m_buffer.size() > kMaxHeaderBytes ? Status::TooLarge : Status::NeedMore;
      return m_status;
    }
    if (end > kMaxHeaderBytes) {
      m_status = Status::TooLarge;
      return m_status;
    }
    m_status = parseHead(m_buffer.left(end));
    if (m_status != Status::NeedMore) {
      return m_status;
    }
    m_headRead = true;
    m_buffer.remove(0, end + 4);
  }
  m_status = readBody();
  return m_status;
}

LoopbackRequestReader::Status LoopbackRequestReader::parseHead(const QByteArray& head) {
  // Lines end in CR LF; a bare CR or LF is refused.
  const qsizetype lineBreaks = head.count("\r\n");
  if (head.count('\r') != lineBreaks || head.count('\n') != lineBreaks) {
    return Status::Malformed;
  }
  const QList<QByteArray> lines = QByteArray(head).replace("\r\n", "\n").split('\n');
  const QList<QByteArray> requestLine = lines.first().split(' ');
  if (requestLine.size() != 3 || !isMethod(requestLine.at(0)) || !isOriginFormTarget(requestLine.at(1)) ||
      (requestLine.at(2) != "HTTP/1.1" && requestLine.at(2) != "HTTP/1.0")) {
    return Status::Malformed;
  }
  m_request.method = requestLine.at(0);
  m_request.target = requestLine.at(1);
  if (lines.size() - 1 > kMaxHeaders) {
    return Status::TooLarge;
  }

  int hosts = 0;
  int contentLengths = 0;
  for (qsizetype i = 1; i < lines.size(); ++i) {
    const QByteArray& line = lines.at(i);
    const qsizetype colon = line.indexOf(':');
    // No colon, an empty name, or a continuation line (obsolete folding).
    if (colon <= 0) {
      return Status::Malformed;
    }
    const QByteArray name = line.left(colon).toLower();
    for (const char c : name) {
      if (!isTokenChar(c)) {
        return Status::Malformed;
      }
    }
    const QByteArray value = line.mid(colon + 1).trimmed();
    if (!isFieldValue(value)) {
      return Status::Malformed;
    }
    if (name == "host") {
      ++hosts;
    } else if (name == "content-length") {
      ++contentLengths;
    } else if (name == "transfer-encoding") {
      return Status::Malformed;  // only Content-Length framing; nothing to smuggle
    }
    m_request.headers.append({name, value});
  }
  if (hosts != 1 || contentLengths > 1) {
    return Status::Malformed;
  }
  if (contentLengths == 1) {
    const QByteArray length = m_request.header("content-length");
    if (length.isEmpty() || length.size() > kMaxContentLengthDigits) {
      return length.isEmpty() ? Status::Malformed : Status::TooLarge;
    }
    for (const char c : length) {
      if (c < '0' || c > '9') {
        return Status::Malformed;
      }
    }
    m_bodyLength = length.toLongLong();
    if (m_bodyLength > kMaxBodyBytes) {
      return Status::TooLarge;
    }
  }
  return Status::NeedMore;
}

LoopbackRequestReader::Status LoopbackRequestReader::readBody() {
  if (m_buffer.size() < m_bodyLength) {
    return Status::NeedMore;
  }
  // Anything after the body is a second request; one per connection.
  m_request.body = m_buffer.left(m_bodyLength);
  m_buffer.clear();
  return Status::Complete;
}

}  // namespace cw::shell
