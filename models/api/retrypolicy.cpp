#include "api/retrypolicy.h"

#include <QLocale>

#include <algorithm>

RetryPolicy RetryPolicy::transient()
{
    RetryPolicy policy;
    policy.maxAttempts = 4;
    return policy;
}

int RetryPolicy::backoffMs(int retry, quint32 random) const
{
    const int exponent = std::clamp(retry - 1, 0, 20);
    const qint64 ceiling = std::min<qint64>(maxDelayMs, qint64(baseDelayMs) << exponent);
    // Full jitter over [ceiling/2, ceiling]: spread out, but never a busy retry at 0 ms.
    const qint64 half = ceiling / 2;
    return int(half + (qint64(random) % (ceiling - half + 1)));
}

int RetryPolicy::delayMs(int retry, quint32 random, int retryAfter) const
{
    if (retryAfter > maxRetryAfterMs)
        return -1;
    return std::max(backoffMs(retry, random), retryAfter);
}

bool RetryPolicy::isTransient(int httpStatus, QNetworkReply::NetworkError error)
{
    switch (httpStatus) {
    case 429:
    case 500:
    case 502:
    case 503:
    case 504:
        return true;
    case 0:
        break;
    default:
        return false;
    }
    switch (error) {
    case QNetworkReply::RemoteHostClosedError:  // reset or closed before the answer
    case QNetworkReply::ConnectionRefusedError: // a worker or the server restarting
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionClosedError:
        return true;
    default:
        return false;
    }
}

int RetryPolicy::retryAfterMs(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool isNumber = false;
    const qint64 seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? -1 : int(std::min<qint64>(seconds, 24 * 3600) * 1000);
    // IMF-fixdate, e.g. "Wed, 21 Oct 2026 07:28:00 GMT".
    const QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(trimmed),
                                                   QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return -1;
    QDateTime utc = when;
    utc.setTimeSpec(Qt::UTC);
    return int(std::clamp<qint64>(now.msecsTo(utc), 0, 24ll * 3600 * 1000));
}

bool RetryBudget::take()
{
    int left = m_remaining.load();
    while (left > 0) {
        if (m_remaining.compare_exchange_weak(left, left - 1)) {
            ++m_used;
            return true;
        }
    }
    return false;
}
