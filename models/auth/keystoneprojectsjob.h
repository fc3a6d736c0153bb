#pragma once

#include "api/httpjob.h"

#include <QSslConfiguration>
#include <QStringList>
#include <QUrl>

// GET /v3/auth/projects with an (unscoped) token: the projects a user has a role on, to explain a
// 401 for a project the user may not use.
class KeystoneProjectsJob : public HttpJob
{
    Q_OBJECT

public:
    KeystoneProjectsJob(QNetworkAccessManager *network, const QUrl &projectsUrl, const QByteArray &token,
                        const QSslConfiguration &configuration, int transferTimeoutMs,
                        QObject *parent = nullptr);

signals:
    // "name (domain id)", sorted.
    void finished(const QStringList &projects);

protected:
    QString serviceName() const override { return QStringLiteral("Keystone"); }
    // Keystone: no body goes into the request log (a login carries a password).
    bool logsBodies() const override { return false; }
    QNetworkReply *sendRequest() override;
    void handleSuccess(QNetworkReply *reply, const QByteArray &body) override;
    ApiError adjustError(const ApiError &error, const QNetworkReply *reply) override;

private:
    QUrl m_url;
    QByteArray m_token;
    QSslConfiguration m_sslConfiguration;
    int m_transferTimeoutMs;
};
