#include "nova/novaversionsjob.h"

#include "nova/novaclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

NovaVersionsJob::NovaVersionsJob(NovaClient *client) : NovaJob(client) {}

QNetworkReply *NovaVersionsJob::sendRequest()
{
    // With the trailing slash: Nova answers /v2.1 itself with a redirect to /v2.1/.
    return get(client()->makeRequest(QStringLiteral("/")));
}

NovaVersionInfo NovaVersionsJob::parseVersionDocument(const QByteArray &body, ApiError *error)
{
    NovaVersionInfo info;
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    QList<QJsonObject> entries;
    if (root.value(QLatin1String("version")).isObject())
        entries << root.value(QLatin1String("version")).toObject();
    const QJsonArray versions = root.value(QLatin1String("versions")).toArray();
    for (const QJsonValue &value : versions)
        entries << value.toObject();
    for (const QJsonObject &entry : std::as_const(entries)) {
        const Microversion minimum =
            Microversion::parse(entry.value(QLatin1String("min_version")).toString());
        const Microversion maximum = Microversion::parse(entry.value(QLatin1String("version")).toString());
        if (minimum.isValid() && maximum.isValid() && maximum.major() == 2) {
            info.minimum = minimum;
            info.maximum = maximum;
            break;
        }
    }
    if (!info.maximum.isValid()) {
        *error = ApiError(ApiError::Kind::InvalidResponse,
                          tr("The compute endpoint answered, but not with Nova's version document. Check "
                             "compute_endpoint_override or the catalog's compute entry (for example "
                             "http://controller:8774/v2.1)."));
        return info;
    }
    info.negotiated = Microversion::negotiate(info.minimum, info.maximum, NovaClient::clientMinimum(),
                                              NovaClient::clientMaximum());
    if (!info.negotiated.isValid()) {
        *error = ApiError(ApiError::Kind::UnsupportedVersion,
                          tr("This Nova speaks microversions %1 to %2; Placement Desk needs %3 or later "
                             "(aggregate UUIDs) to match Nova's aggregates with Placement's.")
                              .arg(info.minimum.toString(), info.maximum.toString(),
                                   NovaClient::clientMinimum().toString()));
    }
    return info;
}

void NovaVersionsJob::handleSuccess(QNetworkReply *reply, const QByteArray &body)
{
    ApiError error;
    const NovaVersionInfo info = parseVersionDocument(body, &error);
    if (error.isError()) {
        error.setUrl(reply->request().url());
        fail(explain(error, reply->request().url()));
        return;
    }
    emit finished(info);
}
