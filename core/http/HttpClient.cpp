#include "core/http/HttpClient.h"

#include "core/base/Clock.h"
#include "core/http/CurlGlobal.h"
#include "core/http/CurlTransfer.h"

#include <QLoggingCategory>
#include <QPromise>
#include <QRandomGenerator>

#include <atomic>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace cw::http {
namespace {

// Per-request lines are for diagnosis only: off unless QT_LOGGING_RULES asks.
Q_LOGGING_CATEGORY(lcHttp, "cw.http", QtInfoMsg)

using SteadyClock = std::chrono::steady_clock;
using std::chrono::milliseconds;

// future.cancel() raises no event a curl loop could wait on, so while any
// request is pending the loop looks at the futures this often.
constexpr milliseconds kCancelCheckInterval{50};
// With nothing pending the loop sleeps until send() or the destructor wakes it.
constexpr milliseconds kIdleWait{std::chrono::minutes(1)};

struct Job {
  HttpRequest request;
  QPromise<HttpResponse> promise;
  int attempts = 0;
  bool fromRefresh = false;  // sent by the refreshAfterUnauthorized hook
  bool sentToken = false;    // the current attempt carries the bearerToken hook's token
  bool refreshUsed = false;
  bool done = false;
  std::unique_ptr<CurlTransfer> transfer;          // while an attempt is on the wire
  std::optional<SteadyClock::time_point> retryAt;  // while waiting to retry
  std::optional<HttpResponse> unauthorized;        // while waiting for a token refresh
};

// Method and path only: queries carry patient identifiers.
QString describe(const HttpRequest& request) {
  return QString::fromLatin1(request.method) + QLatin1Char(' ') + request.url.path();
}

CURLM* createMulti() {
  initCurlOnce();
  return curl_multi_init();
}

HttpResponse failure(TransportError error, const QString& text) {
  HttpResponse response;
  response.error = error;
  response.errorText = text;
  return response;
}

}  // namespace

class HttpClient::Worker {
 public:
  explicit Worker(HttpClientOptions options)
      : m_options(std::move(options)),
        m_policy(m_options.retry, m_clock, [] { return QRandomGenerator::global()->generateDouble(); }),
        m_multi(createMulti()),
        m_thread(&Worker::run, this) {}

  ~Worker() {
    {
      const std::lock_guard lock(m_mutex);
      m_stopping = true;
    }
    curl_multi_wakeup(m_multi);
    m_thread.join();
    if (m_refreshThread.joinable()) {
      m_refreshThread.join();
    }
    curl_multi_cleanup(m_multi);
  }

  QFuture<HttpResponse> send(HttpRequest request) {
    auto job = std::make_unique<Job>();
    job->request = std::move(request);
    job->fromRefresh = std::this_thread::get_id() == m_refreshThreadId.load();
    job->promise.start();
    QFuture<HttpResponse> future = job->promise.future();
    if (!isWellFormed(job->request.headers)) {
      complete(*job, failure(TransportError::Other, QStringLiteral("a request header is not valid")));
      return future;
    }
    std::unique_lock lock(m_mutex);
    if (m_stopping) {  // a token refresh called send() while the client shuts down
      lock.unlock();
      complete(*job, failure(TransportError::Cancelled, QStringLiteral("the HTTP client is shutting down")));
      return future;
    }
    m_incoming.push_back(std::move(job));
    lock.unlock();
    curl_multi_wakeup(m_multi);
    return future;
  }

 private:
  void run() {
    while (takeIncoming()) {
      dropCancelled();
      collectRefresh();
      startDueRetries();
      int running = 0;
      curl_multi_perform(m_multi, &running);
      collectFinished();
      std::erase_if(m_jobs, [](const auto& job) { return job->done; });
      const milliseconds wait = m_jobs.empty() ? kIdleWait : kCancelCheckInterval;
      curl_multi_poll(m_multi, nullptr, 0, static_cast<int>(wait.count()), nullptr);
    }
    cancelAll();
  }

  void cancelAll() {
    {
      const std::lock_guard lock(m_mutex);
      std::move(m_incoming.begin(), m_incoming.end(), std::back_inserter(m_jobs));
      m_incoming.clear();
    }
    for (const auto& job : m_jobs) {
      detach(*job);
      if (!job->done) {
        complete(*job, failure(TransportError::Cancelled, QStringLiteral("the HTTP client was closed")));
      }
    }
    m_jobs.clear();
  }

  // False once the client is stopping.
  bool takeIncoming() {
    std::vector<std::unique_ptr<Job>> incoming;
    {
      const std::lock_guard lock(m_mutex);
      if (m_stopping) {
        return false;
      }
      incoming.swap(m_incoming);
    }
    for (auto& job : incoming) {
      startAttempt(*job);
      m_jobs.push_back(std::move(job));
    }
    return true;
  }

  void startAttempt(Job& job) {
    job.retryAt.reset();
    job.unauthorized.reset();
    QByteArray token;
    // The refresh hook's own requests (to a token endpoint) get no stale
    // token, and so never wait on a 401 for the refresh that sent them.
    if (m_options.bearerToken && !job.fromRefresh && !hasHeader(job.request.headers, "Authorization")) {
      token = m_options.bearerToken();
    }
    if (!isWellFormed({{QByteArrayLiteral("Authorization"), token}})) {
      complete(job, failure(TransportError::Other,
                            QStringLiteral("the access token is not a valid header value")));
      return;
    }
    job.sentToken = !token.isEmpty();
    ++job.attempts;
    job.transfer = std::make_unique<CurlTransfer>(job.request, token, m_options);
    curl_easy_setopt(job.transfer->handle(), CURLOPT_PRIVATE, &job);
    if (curl_multi_add_handle(m_multi, job.transfer->handle()) != CURLM_OK) {
      job.transfer.reset();
      complete(job, failure(TransportError::Other, QStringLiteral("libcurl could not start the transfer")));
    }
  }

  void detach(Job& job) {
    if (job.transfer) {
      curl_multi_remove_handle(m_multi, job.transfer->handle());
      job.transfer.reset();
    }
  }

  void dropCancelled() {
    for (const auto& job : m_jobs) {
      if (!job->done && job->promise.isCanceled()) {
        qCDebug(lcHttp) << describe(job->request) << "cancelled";
        detach(*job);
        job->promise.finish();
        job->done = true;
      }
    }
  }

  void startDueRetries() {
    const SteadyClock::time_point now = SteadyClock::now();
    for (const auto& job : m_jobs) {
      if (!job->done && job->retryAt && *job->retryAt <= now) {
        startAttempt(*job);
      }
    }
  }

  void collectFinished() {
    int queued = 0;
    while (const CURLMsg* message = curl_multi_info_read(m_multi, &queued)) {
      if (message->msg != CURLMSG_DONE) {
        continue;
      }
      // The message dies with the handle's removal: read it first.
      CURL* const handle = message->easy_handle;
      const CURLcode result = message->data.result;
      void* owner = nullptr;
      curl_easy_getinfo(handle, CURLINFO_PRIVATE, &owner);
      Job& job = *static_cast<Job*>(owner);
      HttpResponse response = job.transfer->finish(result);
      detach(job);
      response.attempts = job.attempts;
      handleResponse(job, std::move(response));
    }
  }

  void handleResponse(Job& job, HttpResponse response) {
    if (response.status == 401 && job.sentToken && !job.refreshUsed && m_options.refreshAfterUnauthorized) {
      job.refreshUsed = true;
      job.unauthorized = std::move(response);
      startRefresh();
      return;
    }
    if (const auto delay = m_policy.delayBeforeRetry(job.request, response)) {
      qCDebug(lcHttp) << describe(job.request) << "attempt" << job.attempts << "got" << response.status
                      << response.errorText << "- retrying in" << delay->count() << "ms";
      job.retryAt = SteadyClock::now() + *delay;
      return;
    }
    complete(job, std::move(response));
  }

  // One refresh at a time, on its own thread: the hook may block on the
  // network, even on this client, which must keep serving meanwhile. Every
  // request that meets a 401 while it runs waits for the same outcome.
  void startRefresh() {
    if (m_refreshing) {
      return;
    }
    if (m_refreshThread.joinable()) {
      m_refreshThread.join();  // the previous refresh has already reported
    }
    m_refreshing = true;
    m_refreshDone = false;
    m_refreshThread = std::thread([this] {
      m_refreshThreadId = std::this_thread::get_id();
      m_refreshSucceeded = m_options.refreshAfterUnauthorized();
      m_refreshThreadId = std::thread::id();
      m_refreshDone = true;
      curl_multi_wakeup(m_multi);
    });
  }

  void collectRefresh() {
    if (!m_refreshing || !m_refreshDone) {
      return;
    }
    m_refreshing = false;
    for (const auto& job : m_jobs) {
      if (!job->done && job->unauthorized) {
        if (m_refreshSucceeded) {
          startAttempt(*job);
        } else {
          complete(*job, std::move(*job->unauthorized));
        }
      }
    }
  }

  void complete(Job& job, HttpResponse response) {
    qCDebug(lcHttp) << describe(job.request) << "->" << response.status << response.errorText << "after"
                    << job.attempts << "attempt(s)";
    job.promise.addResult(std::move(response));
    job.promise.finish();
    job.done = true;
  }

  const HttpClientOptions m_options;
  const base::SystemClock m_clock;
  const RetryPolicy m_policy;
  CURLM* const m_multi;

  std::mutex m_mutex;  // guards m_incoming and m_stopping
  std::vector<std::unique_ptr<Job>> m_incoming;
  bool m_stopping = false;

  std::vector<std::unique_ptr<Job>> m_jobs;  // the worker thread's alone

  std::thread m_refreshThread;
  std::atomic<std::thread::id> m_refreshThreadId;  // while the hook runs
  bool m_refreshing = false;                       // worker thread only
  std::atomic<bool> m_refreshDone = false;
  bool m_refreshSucceeded = false;  // published by m_refreshDone

  std::thread m_thread;  // last: starts once everything above exists
};

HttpClient::HttpClient(HttpClientOptions options) : m_worker(std::make_unique<Worker>(std::move(options))) {}

HttpClient::~HttpClient() = default;

QFuture<HttpResponse> HttpClient::send(HttpRequest request) {
  return m_worker->send(std::move(request));
}

}  // namespace cw::http
