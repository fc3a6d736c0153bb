#include "auth/keystonestatus.h"

#include "api/endpointurl.h"

QString KeystoneStatus::hostAndPort(const QUrl &url)
{
    return EndpointUrl::hostAndPort(url);
}

QString KeystoneStatus::secondFactorRequired()
{
    return tr("Keystone wants a second factor for this user (multi-factor authentication), which Placement "
              "Desk does not support. Use an application credential instead.");
}

QString KeystoneStatus::loginFailure(int status, const QUrl &url)
{
    const QString host = hostAndPort(url);
    switch (status) {
    case 400:
        return tr("Keystone at %1 rejected the login request as invalid (HTTP 400). Check the user, project "
                  "and "
                  "domain settings.")
            .arg(host);
    case 403:
        return tr("Keystone at %1 refused this login (HTTP 403): the user or application credential may not "
                  "get "
                  "a token for this scope.")
            .arg(host);
    case 404:
    case 405:
        return tr("There is no Keystone v3 API at %1 (HTTP %2). Check auth_url, for example "
                  "https://keystone.example.com:5000/v3.")
            .arg(url.adjusted(QUrl::RemoveUserInfo).toDisplayString(), QString::number(status));
    default:
        break;
    }
    if (status >= 300 && status < 400)
        return tr("Keystone at %1 redirected the login (HTTP %2); logins are not followed to another "
                  "address. "
                  "Use the final URL as auth_url.")
            .arg(host, QString::number(status));
    if (status >= 500)
        return tr("Keystone at %1 failed to handle the login (HTTP %2). Try again later, or check Keystone's "
                  "log.")
            .arg(host, QString::number(status));
    return tr("Keystone at %1 answered the login with HTTP %2.").arg(host, QString::number(status));
}

ApiError KeystoneStatus::explain(ApiError error, const QUrl &url, const QString &qtMessage)
{
    error.setService(ApiError::Service::Keystone);
    const QString host = hostAndPort(url);
    if (error.httpStatus() > 0) {
        // ApiError's status sentences speak of Placement; Keystone's own detail stays in detail().
        error.setSummary(
            tr("Keystone at %1 answered HTTP %2.").arg(host, QString::number(error.httpStatus())));
        return error;
    }
    switch (error.kind()) {
    case ApiError::Kind::Timeout:
    case ApiError::Kind::ResponseTooLarge:
        if (!error.summary().contains(QLatin1String("Keystone")))
            error.setSummary(tr("Keystone: %1").arg(error.summary()));
        break;
    case ApiError::Kind::Tls:
        if (error.sslErrors().isEmpty())
            error.setSummary(tr("The secure connection to Keystone at %1 failed: %2").arg(host, qtMessage));
        break;
    case ApiError::Kind::Network:
        error.setSummary(tr("Cannot reach Keystone at %1: %2. Check auth_url and that Keystone is running.")
                             .arg(host, qtMessage));
        break;
    default: // canceled, configuration, answers of the wrong shape: their own words are right
        break;
    }
    return error;
}
