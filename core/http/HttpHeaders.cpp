#include "core/http/HttpHeaders.h"

#include <algorithm>

namespace cw::http {
namespace {

auto findLast(const HttpHeaders& headers, QByteArrayView name) {
  return std::find_if(headers.crbegin(), headers.crend(), [name](const auto& header) {
    return name.compare(header.first, Qt::CaseInsensitive) == 0;
  });
}

bool isTokenChar(char c) {
  static constexpr QByteArrayView kSymbols = "!#$%&'*+-.^_`|~";
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || kSymbols.contains(c);
}

bool isValueChar(char c) {
  return c != '\r' && c != '\n' && c != '\0';
}

}  // namespace

QByteArray headerValue(const HttpHeaders& headers, QByteArrayView name) {
  const auto found = findLast(headers, name);
  return found == headers.crend() ? QByteArray() : found->second;
}

bool hasHeader(const HttpHeaders& headers, QByteArrayView name) {
  return findLast(headers, name) != headers.crend();
}

bool isWellFormed(const HttpHeaders& headers) {
  return std::all_of(headers.cbegin(), headers.cend(), [](const auto& header) {
    return !header.first.isEmpty() && std::all_of(header.first.cbegin(), header.first.cend(), isTokenChar) &&
           std::all_of(header.second.cbegin(), header.second.cend(), isValueChar);
  });
}

}  // namespace cw::http
