#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QNetworkReply>

#include <atomic>

// When and how often a request is sent again after a transient fault: Placement answering 500
// ("database is locked" on SQLite, deadlocks on MySQL), 502/503/504 from a proxy in front, 429
// with Retry-After, or a connection reset or refused while a worker restarts. Delays grow
// exponentially with full jitter (so a crowd of clients does not retry in step) and honour the
// server's Retry-After. Any other 4xx is never retried.
//
// Retrying a PUT is safe here: it carries the generation it was read at, so a PUT that was applied
// but whose answer was lost comes back as 409, and the submitter's already-applied check settles it.
struct RetryPolicy
{
    int maxAttempts = 1;         // sends per request, the first one included; 1 = never retry
    int baseDelayMs = 250;       // the first retry waits up to this (full jitter), then doubles
    int maxDelayMs = 8000;       // cap of the exponential part
    int maxRetryAfterMs = 30000; // a longer Retry-After is not waited for: the request fails

    static RetryPolicy none() { return {}; }
    // What Placement requests use: up to 4 sends.
    static RetryPolicy transient();

    // Delay before retry number `retry` (1 for the first), for a random value in [0, 2^32).
    int backoffMs(int retry, quint32 random) const;
    // The delay to use, or -1 when the server asks for longer than maxRetryAfterMs.
    int delayMs(int retry, quint32 random, int retryAfterMs) const;

    // An answer worth retrying: 429, 500, 502, 503, 504, or a transport fault before any answer.
    static bool isTransient(int httpStatus, QNetworkReply::NetworkError error);
    // Retry-After as delay-seconds or an HTTP date; -1 when absent or unreadable.
    static int retryAfterMs(const QByteArray &value, const QDateTime &now = QDateTime::currentDateTimeUtc());
};

// A shared allowance of retries for one submit or one load, so a server failing every request gets
// a bounded amount of extra load instead of maxAttempts times everything.
class RetryBudget
{
public:
    explicit RetryBudget(int retries) : m_remaining(retries) {}
    // True (and one fewer left) if a retry may be made.
    bool take();
    // More retries for a flow that grew (a load that now knows how many providers it reads).
    void grant(int retries) { m_remaining += retries; }
    int used() const { return m_used; }
    int remaining() const { return m_remaining; }

private:
    std::atomic<int> m_remaining;
    std::atomic<int> m_used{0};
};
