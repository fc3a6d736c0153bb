#pragma once

#include "api/httpjob.h"
#include "auth/keystonetoken.h"

#include <QSslConfiguration>
#include <QUrl>

// POST /v3/auth/tokens on the shared job base: a login, a renewal or an unscoped probe. finished()
// carries the parsed token; failed() an error that names Keystone (KeystoneStatus). A 401 is
// reported as it is (the session explains it); secondFactorRequested() tells an MFA receipt apart.
class KeystoneTokenJob : public HttpJob
{
    Q_OBJECT

public:
    KeystoneTokenJob(QNetworkAccessManager *network, const QUrl &tokensUrl, const QByteArray &body,
                     QObject *parent = nullptr);

    // TLS settings and Qt's per-request transfer timeout for this request (defaults: Qt's, 30 s).
    void setSslConfiguration(const QSslConfiguration &configuration) { m_sslConfiguration = configuration; }
    void setTransferTimeout(int msecs) { m_transferTimeoutMs = msecs; }
    bool secondFactorRequested() const { return m_secondFactor; }

    // Every Keystone request: JSON, our User-Agent, no cache, TLS settings, transfer timeout.
    static QNetworkRequest keystoneRequest(const QUrl &url, const QSslConfiguration &configuration,
                                           int transferTimeoutMs);

signals:
    void finished(const KeystoneToken &token);

protected:
    QString serviceName() const override { return QStringLiteral("Keystone"); }
    // A login carries a password: its body never goes into the request log.
    bool logsBodies() const override { return false; }
    QNetworkReply *sendRequest() override;
    void handleSuccess(QNetworkReply *reply, const QByteArray &body) override;
    ApiError adjustError(const ApiError &error, const QNetworkReply *reply) override;

private:
    QUrl m_url;
    QByteArray m_body; // holds secrets; never logged
    QSslConfiguration m_sslConfiguration = QSslConfiguration::defaultConfiguration();
    int m_transferTimeoutMs = 30000;
    bool m_secondFactor = false;
};
