#include "api/apierror.h"

#include "api/endpointurl.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>

namespace {

QString hostOf(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return ApiError::tr("the server");
    return EndpointUrl::hostAndPort(url);
}

} // namespace

ApiError::ApiError(Kind kind, const QString &message) : m_kind(kind), m_summary(message) {}

QList<PlacementErrorEntry> ApiError::parseErrorBody(const QByteArray &body)
{
    QList<PlacementErrorEntry> entries;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return entries;
    const QJsonValue errors = document.object().value(QLatin1String("errors"));
    if (!errors.isArray())
        return entries;
    const QJsonArray array = errors.toArray();
    for (const QJsonValue &value : array) {
        if (!value.isObject())
            continue;
        const QJsonObject object = value.toObject();
        PlacementErrorEntry entry;
        entry.status = object.value(QLatin1String("status")).toInt();
        entry.title = object.value(QLatin1String("title")).toString();
        entry.detail = object.value(QLatin1String("detail")).toString().trimmed();
        entry.code = object.value(QLatin1String("code")).toString();
        entry.requestId = object.value(QLatin1String("request_id")).toString();
        entries.append(entry);
    }
    return entries;
}

QString ApiError::statusSummary(int status)
{
    switch (status) {
    case 400:
        return tr("Placement rejected the request as invalid (HTTP 400).");
    case 401:
        return tr("Authentication failed (HTTP 401): the token is missing, invalid or expired.");
    case 403:
        return tr("Permission denied (HTTP 403): this token is not allowed to do this; "
                  "Placement's aggregate calls need the admin or service role.");
    case 404:
        return tr("Not found (HTTP 404).");
    case 405:
        return tr("The server does not allow this method here (HTTP 405). Is this a Placement endpoint?");
    case 406:
        return tr("The server does not accept the requested API version or media type (HTTP 406).");
    case 409:
        return tr("Conflict (HTTP 409): the data changed on the server.");
    case 413:
        return tr("The request is too large for the server (HTTP 413).");
    case 415:
        return tr("The server does not accept the request's media type (HTTP 415).");
    case 429:
        return tr("Too many requests (HTTP 429): the server is rate limiting; try again later.");
    default:
        break;
    }
    if (status >= 500)
        return tr("The server failed to handle the request (HTTP %1). Check the Placement service's log.")
            .arg(status);
    return tr("The server answered with HTTP %1.").arg(status);
}

ApiError ApiError::fromHttp(int status, const QByteArray &body, const QByteArray &requestIdHeader,
                            const QUrl &url)
{
    ApiError error(Kind::Http, statusSummary(status));
    error.m_httpStatus = status;
    error.m_url = url;
    const QList<PlacementErrorEntry> entries = parseErrorBody(body);
    if (!entries.isEmpty()) {
        const PlacementErrorEntry &first = entries.first();
        error.m_title = first.title;
        error.m_detail = first.detail;
        error.m_code = first.code;
        error.m_requestId = first.requestId;
        // Several entries are rare; keep every detail rather than silently dropping some.
        for (qsizetype i = 1; i < entries.size(); ++i)
            error.m_detail += QLatin1String("\n") + entries.at(i).detail;
    } else {
        // keystonemiddleware and Keystone answer {"error": {"code", "title", "message"}} instead, and
        // Nova {"itemNotFound": {"code", "message"}} with the fault's name as the only key.
        const QJsonObject root = QJsonDocument::fromJson(body).object();
        QJsonObject other = root.value(QLatin1String("error")).toObject();
        if (other.isEmpty() && root.size() == 1 && root.begin().value().isObject()) {
            other = root.begin().value().toObject();
            error.m_code = root.begin().key();
        }
        error.m_title = other.value(QLatin1String("title")).toString();
        error.m_detail = other.value(QLatin1String("message")).toString().trimmed();
    }
    if (error.m_requestId.isEmpty())
        error.m_requestId = QString::fromLatin1(requestIdHeader);
    return error;
}

ApiError ApiError::fromNetworkError(QNetworkReply::NetworkError code, const QString &qtMessage,
                                    const QUrl &url)
{
    const QString host = hostOf(url);
    QString message;
    Kind kind = Kind::Network;
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
        message = tr("Connection refused by %1. Is Placement running there, on this port?").arg(host);
        break;
    case QNetworkReply::HostNotFoundError:
        message = tr("The host name of %1 could not be resolved. Check the endpoint URL.").arg(host);
        break;
    case QNetworkReply::RemoteHostClosedError:
        message = tr("%1 closed the connection before answering completely.").arg(host);
        break;
    case QNetworkReply::TimeoutError:
        kind = Kind::Timeout;
        message = tr("%1 did not answer in time.").arg(host);
        break;
    case QNetworkReply::OperationCanceledError:
        kind = Kind::Canceled;
        message = tr("Canceled.");
        break;
    case QNetworkReply::SslHandshakeFailedError:
        kind = Kind::Tls;
        message = tr("The secure connection to %1 failed: %2").arg(host, qtMessage);
        break;
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        message = tr("The network is unavailable: %1").arg(qtMessage);
        break;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        message = tr("The proxy failed: %1").arg(qtMessage);
        break;
    case QNetworkReply::ProtocolUnknownError:
        message = tr("The URL scheme is not supported; use http:// or https://.");
        break;
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        message = tr("%1 redirected the request in a way that is not followed: %2").arg(host, qtMessage);
        break;
    default:
        message = tr("Network error talking to %1: %2").arg(host, qtMessage);
        break;
    }
    ApiError error(kind, message);
    error.m_networkError = code;
    error.m_url = url;
    return error;
}

ApiError ApiError::fromSslErrors(const QList<QSslError> &errors, const QUrl &url)
{
    QStringList reasons;
    QSslCertificate certificate;
    for (const QSslError &error : errors) {
        const QString reason = error.errorString();
        if (!reasons.contains(reason))
            reasons << reason;
        if (certificate.isNull() && !error.certificate().isNull())
            certificate = error.certificate();
    }
    QString message =
        tr("The certificate of %1 was rejected: %2.").arg(hostOf(url), reasons.join(QLatin1String("; ")));
    if (!certificate.isNull()) {
        const auto name = [](const QStringList &parts) {
            return parts.isEmpty() ? tr("(no common name)") : parts.join(QLatin1String(", "));
        };
        message += QLatin1Char(' ') + tr("It was issued to %1 by %2.")
                                          .arg(name(certificate.subjectInfo(QSslCertificate::CommonName)),
                                               name(certificate.issuerInfo(QSslCertificate::CommonName)));
    }
    message +=
        QLatin1Char(' ') +
        tr("If the server is right, add its CA with cacert; never turn verification off to hide this.");
    ApiError error(Kind::Tls, message);
    error.m_networkError = QNetworkReply::SslHandshakeFailedError;
    error.m_url = url;
    error.m_sslErrors = errors;
    return error;
}

ApiError ApiError::fromReply(const QNetworkReply *reply, const QByteArray &body, bool canceledByUs,
                             const QList<QSslError> &sslErrors)
{
    const QUrl url = reply->request().url();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray requestId = reply->rawHeader("x-openstack-request-id");
    // An HTTP answer wins over the transport error Qt derives from it (e.g. ContentNotFoundError).
    if (status >= 400)
        return fromHttp(status, body, requestId, url);
    const QNetworkReply::NetworkError code = reply->error();
    // A 1xx/3xx answer Qt did not follow (Keystone's root says 300 Multiple Choices) is an HTTP answer,
    // not a transport failure: Qt reports NoError for it.
    if (status > 0 && code == QNetworkReply::NoError)
        return fromHttp(status, body, requestId, url);
    if (code == QNetworkReply::OperationCanceledError && !canceledByUs) {
        // Qt aborts with OperationCanceledError when the transfer timeout elapses.
        ApiError error(Kind::Timeout, tr("%1 did not answer within %2 seconds.")
                                          .arg(hostOf(url))
                                          .arg(reply->request().transferTimeout() / 1000));
        error.m_networkError = QNetworkReply::TimeoutError;
        error.m_url = url;
        return error;
    }
    if (code == QNetworkReply::SslHandshakeFailedError && !sslErrors.isEmpty())
        return fromSslErrors(sslErrors, url);
    return fromNetworkError(code, reply->errorString(), url);
}

QString ApiError::shortDetail() const
{
    // SQLAlchemy appends the statement, its parameters and a link to a 500's message; a banner
    // with a screenful of SQL says less, not more. The whole detail stays in fullDetail() (Details…).
    const auto isTrailer = [](const QString &line) {
        return line.startsWith(QLatin1String("[SQL:")) || line.startsWith(QLatin1String("[parameters:")) ||
               line.startsWith(QLatin1String("(Background on this error at:"));
    };
    const QStringList lines = m_detail.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const QString line = it->trimmed();
        if (line.isEmpty() || isTrailer(line))
            continue;
        constexpr int MaxBannerDetail = 200;
        return line.size() > MaxBannerDetail ? line.left(MaxBannerDetail - 1) + QChar(0x2026) : line;
    }
    return {};
}

QString ApiError::serviceSays() const
{
    const QString detail = shortDetail();
    if (detail.isEmpty())
        return {};
    switch (m_service) {
    case Service::Keystone:
        return tr("Keystone says: %1").arg(detail);
    case Service::Nova:
        return tr("Nova says: %1").arg(detail);
    case Service::Placement:
        break;
    }
    return tr("Placement says: %1").arg(detail);
}

QString ApiError::bannerText() const
{
    const QString says = serviceSays();
    return says.isEmpty() ? m_summary : m_summary + QLatin1Char('\n') + says;
}

QString ApiError::fullText() const
{
    QString text = bannerText();
    if (!m_requestId.isEmpty())
        text += QLatin1Char('\n') + tr("Request ID: %1").arg(m_requestId);
    return text;
}
