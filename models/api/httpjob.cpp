#include "api/httpjob.h"

#include "api/endpointurl.h"
#include "api/requestlog.h"
#include "api/tokensource.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>

#include <algorithm>

// Method, host and path only: never a token, a query value or a body.
Q_LOGGING_CATEGORY(lcHttp, "placementdesk.api.http", QtWarningMsg)

namespace {

const char *verbOf(QNetworkAccessManager::Operation operation)
{
    switch (operation) {
    case QNetworkAccessManager::GetOperation:
        return "GET";
    case QNetworkAccessManager::PutOperation:
        return "PUT";
    case QNetworkAccessManager::PostOperation:
        return "POST";
    case QNetworkAccessManager::DeleteOperation:
        return "DELETE";
    case QNetworkAccessManager::HeadOperation:
        return "HEAD";
    default:
        return "OTHER";
    }
}

} // namespace

HttpJob::HttpJob(QNetworkAccessManager *network, QObject *parent) : QObject(parent), m_network(network)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &HttpJob::onDeadline);
}

HttpJob::~HttpJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void HttpJob::applyPolicy(QNetworkRequest *request)
{
    request->setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
}

QNetworkReply *HttpJob::get(QNetworkRequest request)
{
    applyPolicy(&request);
    return m_network->get(request);
}

QNetworkReply *HttpJob::put(QNetworkRequest request, const QByteArray &body)
{
    applyPolicy(&request);
    m_sentBody = body;
    return m_network->put(request, body);
}

QNetworkReply *HttpJob::post(QNetworkRequest request, const QByteArray &body)
{
    applyPolicy(&request);
    m_sentBody = body;
    return m_network->post(request, body);
}

void HttpJob::start()
{
    if (m_done || m_started)
        return;
    m_started = true;
    if (m_canceled) {
        fail(ApiError::fromNetworkError(QNetworkReply::OperationCanceledError, {}, {}));
        return;
    }
    prepare();
    if (m_deadlineMs > 0)
        m_deadline.start(m_deadlineMs);
    send();
}

void HttpJob::resend()
{
    if (m_done)
        return;
    if (m_canceled || m_deadlinePassed) {
        onDeadline();
        return;
    }
    send();
}

void HttpJob::setRetryPolicy(const RetryPolicy &policy, std::shared_ptr<RetryBudget> budget)
{
    m_retryPolicy = policy;
    m_retryBudget = std::move(budget);
}

void HttpJob::send()
{
    ++m_attempt;
    m_body.clear();
    m_sslErrors.clear();
    m_tooLarge = false;
    QNetworkReply *reply = sendRequest();
    m_reply = reply;
    m_sentAt = QDateTime::currentDateTimeUtc();
    m_sentClock.start();
    qCDebug(lcHttp).noquote() << verbOf(reply->operation())
                              << EndpointUrl::hostAndPort(reply->request().url())
                              << reply->request().url().path();
    connect(reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
    connect(reply, &QNetworkReply::readyRead, this, &HttpJob::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &HttpJob::onFinished);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        // Refuse early when the server announces a body above the limit.
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (announced > m_maxBytes && !m_tooLarge) {
            m_tooLarge = true;
            reply->abort();
        }
    });
}

void HttpJob::abort()
{
    if (m_done)
        return;
    m_canceled = true;
    if (m_waiting) {
        delete m_waiting.data();
        m_parked = false;
        fail(ApiError::fromNetworkError(QNetworkReply::OperationCanceledError, {}, {}));
        return;
    }
    if (m_reply)
        m_reply->abort(); // onFinished reports the cancel
    else if (!m_started)
        QTimer::singleShot(0, this, [this] { start(); }); // not started yet: report on the next turn
}

bool HttpJob::park()
{
    if (m_done || m_canceled || !m_reply || m_waiting)
        return false;
    const QNetworkAccessManager::Operation operation = m_reply->operation();
    if (operation != QNetworkAccessManager::GetOperation && operation != QNetworkAccessManager::HeadOperation)
        return false; // a write may have reached the server: never taken back here
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    logRequest(reply, tr("no answer; taken back to be sent again"));
    reply->abort();
    reply->deleteLater();
    --m_attempt; // it got no answer: not one of the sends a transient retry counts
    m_parked = true;
    waitFor(new QObject); // isRunning() stays true; abort() reports the cancel; the deadline runs on
    return true;
}

void HttpJob::unpark()
{
    if (!m_parked || m_done)
        return;
    m_parked = false;
    delete m_waiting.data();
    m_waiting = nullptr;
    resend();
}

void HttpJob::waitFor(QObject *placeholder)
{
    placeholder->setParent(this);
    m_waiting = placeholder;
}

void HttpJob::onDeadline()
{
    if (m_done)
        return;
    m_deadlinePassed = true;
    if (m_reply) {
        m_reply->abort(); // onFinished reports the timeout
        return;
    }
    if (m_waiting)
        delete m_waiting.data();
    if (m_canceled) {
        fail(ApiError::fromNetworkError(QNetworkReply::OperationCanceledError, {}, {}));
        return;
    }
    fail(adjustError(ApiError(ApiError::Kind::Timeout,
                              tr("No complete answer within %n second(s).", nullptr, m_deadlineMs / 1000)),
                     nullptr));
}

void HttpJob::onReadyRead()
{
    if (!m_reply || m_tooLarge)
        return;
    m_body += m_reply->readAll();
    if (m_body.size() > m_maxBytes) {
        m_tooLarge = true;
        m_reply->abort();
    }
}

ApiError HttpJob::redirectError(QNetworkReply *reply, int status) const
{
    const QUrl from = reply->request().url();
    const QUrl target = from.resolved(reply->header(QNetworkRequest::LocationHeader).toUrl());
    ApiError error = ApiError::fromHttp(status, m_body, reply->rawHeader("x-openstack-request-id"), from);
    if (!target.isValid() || target == from)
        return error; // 300 Multiple Choices without Location (Keystone's root): just an HTTP answer
    error.setRedirectTarget(target);
    error.setSummary(tr("%1 redirected the request to %2 (HTTP %3). Redirects are not followed, so the "
                        "token stays with the host it was meant for; use that URL as the endpoint if you "
                        "trust it.")
                         .arg(EndpointUrl::hostAndPort(from),
                              target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery),
                              QString::number(status)));
    return error;
}

void HttpJob::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_done)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    if (!m_tooLarge && reply->isOpen()) // an aborted reply is closed; reading it only warns
        m_body += reply->readAll();
    logRequest(reply, m_tooLarge         ? tr("answer too large; refused")
                      : m_deadlinePassed ? tr("no complete answer before the deadline")
                      : m_canceled       ? tr("canceled")
                                         : QString());

    if (m_tooLarge) {
        ApiError error(ApiError::Kind::ResponseTooLarge,
                       m_limitName.isEmpty()
                           ? tr("The server's answer exceeded %1 and was refused.")
                                 .arg(QLocale().formattedDataSize(m_maxBytes))
                           : tr("The server's answer exceeded %1, the limit for %2, and was refused.")
                                 .arg(QLocale().formattedDataSize(m_maxBytes), m_limitName));
        error.setUrl(reply->request().url());
        fail(adjustError(error, reply));
        return;
    }
    if (m_deadlinePassed && !m_canceled) {
        ApiError error(ApiError::Kind::Timeout,
                       tr("%1 sent no complete answer within %n second(s).", nullptr, m_deadlineMs / 1000)
                           .arg(EndpointUrl::hostAndPort(reply->request().url())));
        error.setUrl(reply->request().url());
        fail(adjustError(error, reply));
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool success =
        !m_canceled && reply->error() == QNetworkReply::NoError && status >= 200 && status < 300;
    if (success) {
        m_deadline.stop();
        handleSuccess(reply, m_body);
        // A subclass that forgot to report: never leave a caller waiting (unless it waits for
        // something, such as a parse on a worker thread, and reports after it).
        if (!m_done && !m_waiting)
            finishJob();
        return;
    }
    if (!m_canceled && (retryTransient(reply, status) || retryFailure(reply, status)))
        return;
    ApiError error;
    if (!m_canceled && status >= 300 && status < 400)
        error = redirectError(reply, status);
    else
        error = ApiError::fromReply(reply, m_body, m_canceled, m_sslErrors);
    if (error.kind() == ApiError::Kind::None) // 1xx, or a 2xx with a transport error after it
        error = ApiError::fromHttp(status, m_body, {}, reply->request().url());
    fail(error.isCanceled() ? error : adjustError(error, reply));
}

void HttpJob::logRequest(const QNetworkReply *reply, const QString &outcome)
{
    RequestLog *log = RequestLog::of(m_network);
    if (!log)
        return;
    RequestLogEntry entry;
    entry.time = m_sentAt;
    entry.service = serviceName();
    entry.method = QString::fromLatin1(verbOf(reply->operation()));
    entry.url = reply->request().url().adjusted(QUrl::RemoveUserInfo);
    entry.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    entry.outcome = outcome;
    if (entry.outcome.isEmpty() && entry.status == 0)
        entry.outcome = reply->errorString();
    entry.durationMs = m_sentClock.isValid() ? m_sentClock.elapsed() : 0;
    entry.microversion = QString::fromLatin1(reply->request().rawHeader("OpenStack-API-Version"));
    QByteArray requestId = reply->rawHeader("x-openstack-request-id");
    if (requestId.isEmpty())
        requestId = reply->rawHeader("x-compute-request-id");
    entry.requestId = QString::fromLatin1(requestId.left(128));
    if (logsBodies() && (entry.method == QLatin1String("PUT") || entry.method == QLatin1String("POST")))
        entry.body = m_sentBody.left(64 * 1024);
    entry.attempt = m_attempt;
    log->record(entry);
}

bool HttpJob::retryTransient(QNetworkReply *reply, int status)
{
    if (m_attempt >= m_retryPolicy.maxAttempts || m_deadlinePassed ||
        !RetryPolicy::isTransient(status, reply->error()))
        return false;
    const int retryAfter = RetryPolicy::retryAfterMs(reply->rawHeader("Retry-After"));
    const int delay = m_retryPolicy.delayMs(m_attempt, QRandomGenerator::global()->generate(), retryAfter);
    // Not when the server asks for too long a pause, nor when the deadline would pass meanwhile.
    if (delay < 0 || (m_deadline.isActive() && m_deadline.remainingTime() <= delay))
        return false;
    if (m_retryBudget && !m_retryBudget->take())
        return false;
    ApiError reason = ApiError::fromReply(reply, m_body, false, m_sslErrors);
    if (reason.kind() == ApiError::Kind::None)
        reason = ApiError::fromHttp(status, m_body, {}, reply->request().url());
    qCInfo(lcHttp).noquote() << verbOf(reply->operation()) << EndpointUrl::hostAndPort(reply->request().url())
                             << reply->request().url().path() << "failed transiently (" << status
                             << reply->error() << "); attempt" << m_attempt + 1 << "in" << delay << "ms";
    emit retrying(QString::fromLatin1(verbOf(reply->operation())), reply->request().url().path(),
                  m_attempt + 1, delay, reason);
    // The timer is the placeholder: isRunning() stays true and abort() cancels the pause.
    auto *timer = new QTimer;
    timer->setSingleShot(true);
    waitFor(timer);
    connect(timer, &QTimer::timeout, this, [this, timer] {
        m_waiting = nullptr;
        timer->deleteLater();
        resend();
    });
    timer->start(delay);
    return true;
}

void HttpJob::applyLimits(const Limits &kind, qint64 clientMaxBytes, int clientDeadlineMs)
{
    const qint64 bytes = std::min(clientMaxBytes, kind.bytes);
    setMaxResponseBytes(bytes, bytes == kind.bytes ? kind.what : QString());
    if (m_deadlineMs == 0)
        setDeadline(clientDeadlineMs > 0 ? std::min(clientDeadlineMs, kind.deadlineMs) : kind.deadlineMs);
}

bool HttpJob::readJsonObject(const QByteArray &body, QJsonObject *object, QString *reason)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *reason =
            parseError.error != QJsonParseError::NoError ? parseError.errorString() : tr("not an object");
        return false;
    }
    *object = document.object();
    return true;
}

bool HttpJob::renewTokenAndResend(TokenSource *source)
{
    if (m_replayedAfter401 || !source || !source->canRefresh())
        return false;
    m_replayedAfter401 = true;
    // A placeholder keeps isRunning() true and abort() working while the token is renewed.
    auto *context = new QObject;
    waitFor(context);
    connect(source, &TokenSource::refreshed, context, [this, context] {
        context->deleteLater();
        resend();
    });
    connect(source, &TokenSource::refreshFailed, context, [this, context](const ApiError &error) {
        context->deleteLater();
        fail(error);
    });
    source->refresh();
    return true;
}

void HttpJob::fail(const ApiError &error)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    emit failed(error);
    emit done();
    deleteLater();
}

void HttpJob::finishJob()
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    emit done();
    deleteLater();
}
