#include "api/discoverversionsjob.h"

#include "api/placementclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

DiscoverVersionsJob::DiscoverVersionsJob(PlacementClient *client, const Microversion &clientMaximum)
    : PlacementJob(client), m_clientMaximum(clientMaximum)
{
}

QNetworkReply *DiscoverVersionsJob::sendRequest()
{
    QNetworkRequest request = client()->makeRequest(QStringLiteral("/"), {}, {});
    // GET / needs no token; do not hand one to a URL that may turn out not to be Placement.
    request.setRawHeader("X-Auth-Token", QByteArray());
    return get(request);
}

VersionInfo DiscoverVersionsJob::parseVersionDocument(const QByteArray &body,
                                                      const Microversion &clientMaximum, ApiError *error)
{
    VersionInfo info;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonArray versions = document.object().value(QLatin1String("versions")).toArray();
    for (const QJsonValue &value : versions) {
        const QJsonObject entry = value.toObject();
        const Microversion minimum =
            Microversion::parse(entry.value(QLatin1String("min_version")).toString());
        const Microversion maximum =
            Microversion::parse(entry.value(QLatin1String("max_version")).toString());
        if (minimum.isValid() && maximum.isValid() && maximum.major() == 1) {
            info.minimum = minimum;
            info.maximum = maximum;
            info.status = entry.value(QLatin1String("status")).toString();
            break;
        }
    }
    if (!info.maximum.isValid()) {
        *error = ApiError(
            ApiError::Kind::NotPlacement,
            tr("The server answered, but not with Placement's version document. "
               "Check that the URL is the Placement endpoint (for example http://controller:8778)."));
        return info;
    }
    Microversion ceiling = Microversion::clientMaximum();
    if (clientMaximum.isValid() && clientMaximum < ceiling)
        ceiling = clientMaximum;
    info.negotiated =
        Microversion::negotiate(info.minimum, info.maximum, Microversion::clientMinimum(), ceiling);
    if (!info.negotiated.isValid()) {
        *error = ApiError(ApiError::Kind::UnsupportedVersion,
                          tr("This Placement speaks microversions %1 to %2; Placement Desk needs a version "
                             "between %3 (aggregates) and %4.")
                              .arg(info.minimum.toString(), info.maximum.toString(),
                                   Microversion::clientMinimum().toString(), ceiling.toString()));
    }
    return info;
}

void DiscoverVersionsJob::handleSuccess(QNetworkReply *reply, const QByteArray &body)
{
    ApiError error;
    const VersionInfo info = parseVersionDocument(body, m_clientMaximum, &error);
    if (error.isError()) {
        error.setUrl(reply->request().url());
        fail(error);
        return;
    }
    emit finished(info);
}

ApiError DiscoverVersionsJob::adjustError(const ApiError &error, const QNetworkReply *reply)
{
    // An HTTP error on GET / without Placement's error body means another kind of server is listening.
    // A redirect keeps its own explanation (it names the target).
    const bool redirect = error.redirectTarget().isValid();
    if (error.kind() != ApiError::Kind::Http || !error.detail().isEmpty() || redirect)
        return PlacementJob::adjustError(error, reply);
    ApiError adjusted(ApiError::Kind::NotPlacement,
                      tr("The server answered HTTP %1 to the version request; it does not look like a "
                         "Placement endpoint. Check the URL.")
                          .arg(error.httpStatus()));
    adjusted.setUrl(error.url());
    adjusted.setRequestId(error.requestId());
    return adjusted;
}

PlacementJob::Limits DiscoverVersionsJob::limits() const
{
    // The version document is a few hundred bytes.
    return {1024 * 1024, 60 * 1000, tr("the version document")};
}
