#pragma once

#include "api/apierror.h"
#include "api/retrypolicy.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>

#include <memory>

class QJsonObject;
class QNetworkAccessManager;
class QNetworkReply;
class TokenSource;

// One HTTP request to any service (Nextcloud's AbstractNetworkJob pattern), the base under every
// Placement, Keystone and Nova request. start() sends it; the subclass turns a 2xx answer into its
// typed finished() signal; anything else becomes failed(ApiError). Exactly one of them is emitted,
// then done(), and the job deletes itself.
//
// What every request gets here, so no client has to remember it:
// - redirects are never followed (a 3xx becomes an error that names the target), so a token or a
//   request body never reaches a host it was not meant for;
// - the body is capped (announced Content-Length or bytes received), so a misbehaving server cannot
//   exhaust memory;
// - an overall deadline (besides Qt's per-request transfer timeout, which restarts with every byte),
//   so a trickling server cannot hold a request forever;
// - certificate errors are kept to explain a TLS failure; transport errors become ApiError;
// - transient faults (5xx, 429, a reset) are retried per RetryPolicy, within a shared RetryBudget
//   and the deadline, each retry announced by retrying().
class HttpJob : public QObject
{
    Q_OBJECT

public:
    explicit HttpJob(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~HttpJob() override;

    void start();
    // Cancels the request; failed() reports ApiError::Kind::Canceled.
    void abort();
    bool isRunning() const { return !m_reply.isNull() || !m_waiting.isNull(); }
    // Takes a read off the wire without reporting (aborting closes its connection), to be sent again
    // by unpark(): for a request stuck on a connection the server does not serve (RequestQueue's
    // stall check). False, and nothing changes, for a write or when nothing is on the wire.
    bool park();
    void unpark();

    // Answers larger than this are aborted. Default 256 MiB.
    // `what` names the kind of answer in the error ("the provider list"); empty: no name.
    void setMaxResponseBytes(qint64 bytes, const QString &what = {})
    {
        m_maxBytes = bytes;
        m_limitName = what;
    }
    qint64 maxResponseBytes() const { return m_maxBytes; }
    // The whole request, replays included, must be answered within this time; 0 means no deadline.
    void setDeadline(int msecs) { m_deadlineMs = msecs; }
    int deadline() const { return m_deadlineMs; }
    // Transient faults are retried per `policy` while `budget` (shared by a submit or load; null:
    // no shared limit) has retries left. Default: never.
    void setRetryPolicy(const RetryPolicy &policy, std::shared_ptr<RetryBudget> budget = {});
    // Sends made so far (1 after the first).
    int attempt() const { return m_attempt; }

    // What every request needs before it is sent: manual redirects. The send helpers apply it.
    static void applyPolicy(QNetworkRequest *request);

signals:
    void failed(const ApiError &error);
    void done();
    // A transient fault (`reason`) is retried: send number `attempt` starts after `delayMs`.
    // `method` and `path` name the request (never a query or a body).
    void retrying(const QString &method, const QString &path, int attempt, int delayMs,
                  const ApiError &reason);

protected:
    // What one kind of answer may take (a service's job class says per kind): size, overall
    // deadline, and a name for the error text.
    struct Limits
    {
        qint64 bytes;
        int deadlineMs;
        QString what;
    };
    // Applies a kind's limits under the client's caps (tests and options lower those); a deadline
    // set on the job itself wins. Call from prepare().
    void applyLimits(const Limits &kind, qint64 clientMaxBytes, int clientDeadlineMs);
    // Parses a JSON object body; false with Qt's reason (or "not an object") in *reason.
    static bool readJsonObject(const QByteArray &body, QJsonObject *object, QString *reason);

    // Sends the request with get()/put()/post() and returns the reply. Called again for a replay.
    virtual QNetworkReply *sendRequest() = 0;
    // Called for a 2xx answer with the whole body. Emit the typed result or call fail().
    virtual void handleSuccess(QNetworkReply *reply, const QByteArray &body) = 0;
    // Lets a subclass explain a failure better (the service's name, "not a Placement endpoint", ...),
    // with the answer's headers and Qt's transport error text at hand. `reply` is null when no answer
    // came at all (deadline). Not called for a cancel.
    virtual ApiError adjustError(const ApiError &error, const QNetworkReply *reply)
    {
        Q_UNUSED(reply)
        return error;
    }
    // A failed answer (not a cancel): return true to take over, then call resend() or fail() later
    // (e.g. renew the token after a 401 and replay once).
    virtual bool retryFailure(QNetworkReply *reply, int status)
    {
        Q_UNUSED(reply)
        Q_UNUSED(status)
        return false;
    }
    // Called by start() before the first send: read limits and the retry policy from a client.
    virtual void prepare() {}
    // For the request log (api/RequestLog): the service's name, and whether a write's body may be
    // kept there (never for a login, which carries a password).
    virtual QString serviceName() const { return QStringLiteral("HTTP"); }
    virtual bool logsBodies() const { return false; }

    QNetworkReply *get(QNetworkRequest request);
    QNetworkReply *put(QNetworkRequest request, const QByteArray &body);
    QNetworkReply *post(QNetworkRequest request, const QByteArray &body);

    // Sends the request again (after a retryFailure() that returned true).
    void resend();
    // Keeps the job running while something else happens (a token renewal); abort() deletes the
    // placeholder and reports the cancel. The placeholder is owned by the job.
    void waitFor(QObject *placeholder);
    // The 401 replay every OpenStack service gets: once per job, when `source` can renew the token,
    // wait for the renewal and send again (or fail with the renewal's error). False: not handled.
    bool renewTokenAndResend(TokenSource *source);
    bool isCanceled() const { return m_canceled; }
    void fail(const ApiError &error);
    void finishJob();

private:
    void send();
    void onReadyRead();
    void onFinished();
    void onDeadline();
    ApiError redirectError(QNetworkReply *reply, int status) const;
    bool retryTransient(QNetworkReply *reply, int status);
    void logRequest(const QNetworkReply *reply, const QString &outcome = {});

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QPointer<QObject> m_waiting;
    QByteArray m_body;
    QByteArray m_sentBody; // the last write's body, for the request log when logsBodies()
    QDateTime m_sentAt;    // the last send, for the request log
    QElapsedTimer m_sentClock;
    QList<QSslError> m_sslErrors; // reported during the handshake; explain a Tls failure
    QString m_limitName;
    QTimer m_deadline;
    qint64 m_maxBytes = 256ll * 1024 * 1024;
    int m_deadlineMs = 0;
    RetryPolicy m_retryPolicy;
    std::shared_ptr<RetryBudget> m_retryBudget;
    int m_attempt = 0;
    bool m_started = false;
    bool m_canceled = false;
    bool m_tooLarge = false;
    bool m_deadlinePassed = false;
    bool m_done = false;
    bool m_replayedAfter401 = false;
    bool m_parked = false;
};
