#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QNetworkReply>
#include <QSslError>
#include <QString>
#include <QUrl>

// One entry of Placement's error body: {"errors": [{"status", "title", "detail", "code", "request_id"}]}.
struct PlacementErrorEntry
{
    int status = 0;
    QString title;
    QString detail;
    QString code;
    QString requestId;
};

// A typed failure of one request: transport, HTTP status, or a response we cannot use.
// Carries Placement's own detail and request id so the UI can show them verbatim.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None,
        Network,            // connection refused, host not found, reset, ...
        Timeout,            // no complete answer within the transfer timeout
        Canceled,           // the user canceled; not a failure to report
        Tls,                // certificate or handshake failure
        Http,               // a 4xx/5xx answer
        InvalidResponse,    // 2xx but the body is not what Placement sends
        NotPlacement,       // the URL answers, but it is not a Placement API
        UnsupportedVersion, // Placement too old (no 1.1) or no version in common
        ResponseTooLarge,   // the body exceeded our size limit; transfer aborted
        Configuration,      // the settings or Keystone's catalog lead to no usable Placement endpoint
    };

    // Which server the error came from; Keystone errors are reported by KeystoneSession, Nova's by
    // the Nova jobs.
    enum class Service {
        Placement,
        Keystone,
        Nova,
    };

    ApiError() = default;
    ApiError(Kind kind, const QString &message);

    // Builds an error from a finished reply and the body read so far. Parses Placement's error JSON.
    // `sslErrors` are the certificate problems QNetworkReply::sslErrors reported, if any: a handshake
    // failure then becomes a Tls error that names host and reasons.
    static ApiError fromReply(const QNetworkReply *reply, const QByteArray &body, bool canceledByUs,
                              const QList<QSslError> &sslErrors = {});
    static ApiError fromHttp(int status, const QByteArray &body, const QByteArray &requestIdHeader = {},
                             const QUrl &url = {});
    static ApiError fromNetworkError(QNetworkReply::NetworkError error, const QString &qtMessage,
                                     const QUrl &url);
    // A rejected certificate: Kind::Tls, naming the host, each reason, and the certificate's subject
    // and issuer.
    static ApiError fromSslErrors(const QList<QSslError> &errors, const QUrl &url);

    // Parses {"errors": [...]}; empty if the body has another shape (keystonemiddleware's 401, HTML, ...).
    static QList<PlacementErrorEntry> parseErrorBody(const QByteArray &body);

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    QNetworkReply::NetworkError networkError() const { return m_networkError; }
    QString title() const { return m_title; }
    QString detail() const { return m_detail; }
    // The last non-empty line of detail: webob prepends a generic explanation (osc-placement shows this
    // too). SQLAlchemy's trailer lines ([SQL: …], [parameters: …], the link) are skipped and the line
    // is cut at 200 characters: it goes into a one-line banner; detail() keeps everything.
    QString shortDetail() const;
    QString code() const { return m_code; }
    QString requestId() const { return m_requestId; }
    QUrl url() const { return m_url; }
    Service service() const { return m_service; }
    QList<QSslError> sslErrors() const { return m_sslErrors; }

    bool isConcurrentUpdate() const
    {
        return m_httpStatus == 409 && m_code == QLatin1String("placement.concurrent_update");
    }
    bool isNotFound() const { return m_kind == Kind::Http && m_httpStatus == 404; }
    bool isCanceled() const { return m_kind == Kind::Canceled; }

    // One translated sentence saying what went wrong and what to check.
    QString summary() const { return m_summary; }
    // "Placement says: …" / "Keystone says: …" with the service's own detail; empty without one.
    QString serviceSays() const;
    // Summary plus the service's detail: what a banner shows, for any service.
    QString bannerText() const;
    // bannerText() plus the request id, for dialogs and tooltips.
    QString fullText() const;

    void setUrl(const QUrl &url) { m_url = url; }
    // Where a 3xx answer pointed (redirects are never followed); invalid otherwise.
    QUrl redirectTarget() const { return m_redirectTarget; }
    void setRedirectTarget(const QUrl &target) { m_redirectTarget = target; }
    void setRequestId(const QString &id) { m_requestId = id; }
    void setService(Service service) { m_service = service; }
    void setDetail(const QString &detail) { m_detail = detail; }
    void setSummary(const QString &summary) { m_summary = summary; }

    // Translated sentence for an HTTP status (without server detail).
    static QString statusSummary(int status);

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QNetworkReply::NetworkError m_networkError = QNetworkReply::NoError;
    QString m_summary;
    QString m_title;
    QString m_detail;
    QString m_code;
    QString m_requestId;
    QUrl m_url;
    QUrl m_redirectTarget;
    Service m_service = Service::Placement;
    QList<QSslError> m_sslErrors;
};

Q_DECLARE_METATYPE(ApiError)
