#include "core/http/CurlTransfer.h"

#include "core/base/Version.h"

#include <QFile>

namespace cw::http {
namespace {

TransportError classify(CURLcode result) {
  switch (result) {
    case CURLE_OK: return TransportError::None;
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT: return TransportError::ConnectFailed;
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM: return TransportError::ConnectionLost;
    case CURLE_OPERATION_TIMEDOUT: return TransportError::Timeout;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_INVALIDCERTSTATUS: return TransportError::TlsFailed;
    case CURLE_FILESIZE_EXCEEDED: return TransportError::TooLarge;
    default: return TransportError::Other;
  }
}

QByteArray userAgent() {
  return QByteArrayLiteral("ClinicalWorkstation/") + base::productVersion().toUtf8();
}

}  // namespace

CurlTransfer::CurlTransfer(const HttpRequest& request, const QByteArray& bearerToken,
                           const HttpClientOptions& options)
    : m_handle(curl_easy_init()),
      m_body(request.body),
      m_query(request.url.query(QUrl::FullyEncoded).toUtf8()),
      m_maxResponseBytes(options.maxResponseBytes) {
  // libcurl copies every string option except the request body.
  curl_easy_setopt(m_handle, CURLOPT_URL, request.url.toEncoded().constData());
  curl_easy_setopt(m_handle, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(m_handle, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(m_handle, CURLOPT_USERAGENT, userAgent().constData());
  curl_easy_setopt(m_handle, CURLOPT_ERRORBUFFER, m_errorBuffer);

  // Verification stays on, with no way to switch it off (libcurl's default,
  // stated so that nobody wonders).
  curl_easy_setopt(m_handle, CURLOPT_SSL_VERIFYPEER, 1L);
  curl_easy_setopt(m_handle, CURLOPT_SSL_VERIFYHOST, 2L);
  curl_easy_setopt(m_handle, CURLOPT_PROXY_SSL_VERIFYPEER, 1L);
  curl_easy_setopt(m_handle, CURLOPT_PROXY_SSL_VERIFYHOST, 2L);
  if (!options.caBundle.isEmpty()) {
    const QByteArray caBundle = QFile::encodeName(options.caBundle);
    curl_easy_setopt(m_handle, CURLOPT_CAINFO, caBundle.constData());
    curl_easy_setopt(m_handle, CURLOPT_PROXY_CAINFO, caBundle.constData());
  }
  // Left unset without a configured proxy: setting it, even to "", would stop
  // libcurl from reading http_proxy, https_proxy and no_proxy.
  if (!options.proxy.isEmpty()) {
    curl_easy_setopt(m_handle, CURLOPT_PROXY, options.proxy.toUtf8().constData());
  }

  curl_easy_setopt(m_handle, CURLOPT_ACCEPT_ENCODING, "");  // every encoding libcurl can decode
  curl_easy_setopt(m_handle, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(options.connectTimeout.count()));
  curl_easy_setopt(m_handle, CURLOPT_TIMEOUT_MS, static_cast<long>(options.totalTimeout.count()));
  curl_easy_setopt(m_handle, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(m_maxResponseBytes));

  const QByteArray& method = request.method;
  if (method == "GET" && m_body.isEmpty()) {
    curl_easy_setopt(m_handle, CURLOPT_HTTPGET, 1L);
  } else if (method == "HEAD") {
    curl_easy_setopt(m_handle, CURLOPT_NOBODY, 1L);
  } else {
    // DELETE and friends without a body send none; POST, PUT and PATCH
    // always state their length, even when it is zero.
    if (!m_body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH") {
      curl_easy_setopt(m_handle, CURLOPT_POSTFIELDS, m_body.constData());
      curl_easy_setopt(m_handle, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(m_body.size()));
    }
    if (method != "POST") {
      curl_easy_setopt(m_handle, CURLOPT_CUSTOMREQUEST, method.constData());
    }
  }

  for (const auto& [name, value] : request.headers) {
    m_headerLines = curl_slist_append(m_headerLines, (name + ": " + value).constData());
  }
  if (!bearerToken.isEmpty()) {
    m_headerLines = curl_slist_append(m_headerLines, ("Authorization: Bearer " + bearerToken).constData());
  }
  // "Name:" removes a header libcurl would add: no 100-continue round trip
  // for large bodies, and no form content type the caller did not ask for.
  m_headerLines = curl_slist_append(m_headerLines, "Expect:");
  if (!hasHeader(request.headers, "Content-Type")) {
    m_headerLines = curl_slist_append(m_headerLines, "Content-Type:");
  }
  curl_easy_setopt(m_handle, CURLOPT_HTTPHEADER, m_headerLines);

  curl_easy_setopt(m_handle, CURLOPT_HEADERFUNCTION, &CurlTransfer::onHeader);
  curl_easy_setopt(m_handle, CURLOPT_HEADERDATA, this);
  curl_easy_setopt(m_handle, CURLOPT_WRITEFUNCTION, &CurlTransfer::onBody);
  curl_easy_setopt(m_handle, CURLOPT_WRITEDATA, this);
}

CurlTransfer::~CurlTransfer() {
  curl_easy_cleanup(m_handle);
  curl_slist_free_all(m_headerLines);
}

HttpResponse CurlTransfer::finish(CURLcode result) {
  m_response.error = m_tooLarge ? TransportError::TooLarge : classify(result);
  if (m_response.error == TransportError::None) {
    long status = 0;
    curl_easy_getinfo(m_handle, CURLINFO_RESPONSE_CODE, &status);
    m_response.status = static_cast<int>(status);
  } else {
    m_response.errorText = errorText(result, m_response.error);
    m_response.headers.clear();
    m_response.body.clear();
  }
  return std::move(m_response);
}

QString CurlTransfer::errorText(CURLcode result, TransportError error) const {
  if (error == TransportError::TooLarge) {
    return QStringLiteral("the response is larger than %1 bytes").arg(m_maxResponseBytes);
  }
  // libcurl's messages name hosts and ports; should one ever quote the query
  // (where FHIR searches carry patient identifiers), use the generic text.
  const QByteArray detail(m_errorBuffer);
  if (detail.isEmpty() || (!m_query.isEmpty() && detail.contains(m_query))) {
    return QString::fromUtf8(curl_easy_strerror(result));
  }
  return QString::fromUtf8(detail);
}

size_t CurlTransfer::onHeader(char* data, size_t size, size_t count, void* self) {
  auto* transfer = static_cast<CurlTransfer*>(self);
  const QByteArrayView line = QByteArrayView(data, static_cast<qsizetype>(size * count)).trimmed();
  if (line.startsWith("HTTP/")) {
    // A new response begins (after 100 Continue or a proxy's CONNECT reply):
    // only the final one's headers count.
    transfer->m_response.headers.clear();
  } else if (const qsizetype colon = line.indexOf(':'); colon > 0) {
    transfer->m_response.headers.append(
        {line.first(colon).trimmed().toByteArray(), line.sliced(colon + 1).trimmed().toByteArray()});
  }
  return size * count;
}

size_t CurlTransfer::onBody(char* data, size_t size, size_t count, void* self) {
  auto* transfer = static_cast<CurlTransfer*>(self);
  const size_t total = size * count;
  const auto bytes = static_cast<qsizetype>(total);
  // Checked after decoding, so a small gzip bomb cannot fill the memory.
  if (transfer->m_response.body.size() + bytes > transfer->m_maxResponseBytes) {
    transfer->m_tooLarge = true;
    return 0;  // anything but `bytes` makes libcurl abort with CURLE_WRITE_ERROR
  }
  transfer->m_response.body.append(data, bytes);
  return total;
}

}  // namespace cw::http
