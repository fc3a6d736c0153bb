#include "placementjob.h"

#include "placementclient.h"
#include "tokensource.h"

#include <QJsonDocument>
#include <QLocale>
#include <QNetworkReply>
#include <QTimer>

PlacementJob::PlacementJob(PlacementClient *client) : QObject(client), m_client(client) {}

PlacementJob::~PlacementJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void PlacementJob::start()
{
    if (m_done || m_reply)
        return;
    if (m_canceled) {
        fail(ApiError::fromNetworkError(QNetworkReply::OperationCanceledError, {}, {}));
        return;
    }
    m_maxBytes = m_client->maxResponseBytes();
    send();
}

void PlacementJob::send()
{
    m_body.clear();
    m_sslErrors.clear();
    m_tooLarge = false;
    QNetworkReply *reply = sendRequest();
    m_reply = reply;
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
    connect(reply, &QNetworkReply::readyRead, this, &PlacementJob::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &PlacementJob::onFinished);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        // Refuse early when the server announces a body above the limit.
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (announced > m_maxBytes && !m_tooLarge) {
            m_tooLarge = true;
            reply->abort();
        }
    });
}

void PlacementJob::abort()
{
    if (m_done)
        return;
    m_canceled = true;
    if (m_waitingForToken) {
        delete m_waitingForToken.data();
        fail(ApiError::fromNetworkError(QNetworkReply::OperationCanceledError, {}, {}));
        return;
    }
    if (m_reply)
        m_reply->abort(); // onFinished reports the cancel
    else
        QTimer::singleShot(0, this, [this] { start(); }); // not started yet: report on the next turn
}

void PlacementJob::onReadyRead()
{
    if (!m_reply || m_tooLarge)
        return;
    m_body += m_reply->readAll();
    if (m_body.size() > m_maxBytes) {
        m_tooLarge = true;
        m_reply->abort();
    }
}

void PlacementJob::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_done)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    if (!m_tooLarge && reply->isOpen()) // an aborted reply is closed; reading it only warns
        m_body += reply->readAll();

    if (m_tooLarge) {
        ApiError error(ApiError::Kind::ResponseTooLarge,
                       tr("The server's answer exceeded %1 and was refused. Is this a Placement endpoint?")
                           .arg(QLocale().formattedDataSize(m_maxBytes)));
        error.setUrl(reply->request().url());
        fail(error);
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!m_canceled && retryAfterUnauthorized(status))
        return;
    if (m_canceled || reply->error() != QNetworkReply::NoError || status < 200 || status >= 300) {
        ApiError error = ApiError::fromReply(reply, m_body, m_canceled, m_sslErrors);
        if (error.kind() == ApiError::Kind::None) // 1xx/3xx that Qt did not follow
            error = ApiError::fromHttp(status, m_body, {}, reply->request().url());
        fail(error.isCanceled() ? error : adjustError(error));
        return;
    }
    handleSuccess(reply, m_body);
    if (!m_done) // a subclass that forgot to report: never leave a caller waiting
        finishJob();
}

bool PlacementJob::retryAfterUnauthorized(int status)
{
    TokenSource *source = m_client->tokenSource();
    if (status != 401 || m_replayedAfter401 || !source || !source->canRefresh())
        return false;
    m_replayedAfter401 = true;
    // Keep a placeholder so isRunning() stays true and abort() works while the token is renewed.
    auto *context = new QObject(this);
    connect(source, &TokenSource::refreshed, context, [this, context] {
        context->deleteLater();
        if (!m_canceled)
            send();
        else
            fail(ApiError::fromNetworkError(QNetworkReply::OperationCanceledError, {}, {}));
    });
    connect(source, &TokenSource::refreshFailed, context, [this, context](const ApiError &error) {
        context->deleteLater();
        fail(error);
    });
    m_waitingForToken = context;
    source->refresh();
    return true;
}

void PlacementJob::fail(const ApiError &error)
{
    if (m_done)
        return;
    m_done = true;
    emit failed(error);
    emit done();
    deleteLater();
}

void PlacementJob::finishJob()
{
    if (m_done)
        return;
    m_done = true;
    emit done();
    deleteLater();
}

bool PlacementJob::parseObject(const QByteArray &body, QJsonObject *object)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        ApiError error(ApiError::Kind::InvalidResponse,
                       tr("The server's answer is not the JSON Placement sends (%1).")
                           .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                             : tr("not an object")));
        fail(error);
        return false;
    }
    *object = document.object();
    return true;
}
