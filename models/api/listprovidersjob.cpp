#include "api/listprovidersjob.h"

#include "api/placementclient.h"
#include "api/uuids.h"

#include <QFutureWatcher>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

ListProvidersJob::ListProvidersJob(PlacementClient *client, const ProviderQuery &query)
    : PlacementJob(client), m_query(query)
{
}

QNetworkReply *ListProvidersJob::sendRequest()
{
    QUrlQuery query;
    if (!m_query.name.isEmpty())
        query.addQueryItem(QStringLiteral("name"), m_query.name);
    // Repeated member_of: every one must hold (1.24+).
    for (const QString &memberOf : m_query.memberOfParameters())
        query.addQueryItem(QStringLiteral("member_of"), memberOf);
    if (!m_query.inTree.isEmpty())
        query.addQueryItem(QStringLiteral("in_tree"), m_query.inTree);
    if (!m_query.required.isEmpty())
        query.addQueryItem(QStringLiteral("required"), m_query.required);
    if (!m_query.resources.isEmpty())
        query.addQueryItem(QStringLiteral("resources"), m_query.resources);
    return get(client()->makeRequest(QStringLiteral("/resource_providers"), query));
}

QList<ProviderInfo> ListProvidersJob::addressable(const QList<ProviderInfo> &listed, QStringList *rejected)
{
    QList<ProviderInfo> providers;
    providers.reserve(listed.size());
    QSet<QString> seen;
    seen.reserve(listed.size());
    for (const ProviderInfo &info : listed) {
        const QString key = Uuids::canonical(info.uuid);
        if (key.isNull() || seen.contains(key)) {
            if (rejected)
                rejected->append(info.uuid.left(64));
            continue;
        }
        seen.insert(key);
        providers.append(info);
    }
    return providers;
}

bool ListProvidersJob::parseProviders(const QJsonObject &object, QList<ProviderInfo> *providers)
{
    const QJsonValue list = object.value(QLatin1String("resource_providers"));
    if (!list.isArray())
        return false;
    const QJsonArray array = list.toArray();
    providers->reserve(array.size());
    for (const QJsonValue &value : array) {
        const QJsonObject entry = value.toObject();
        ProviderInfo info;
        info.uuid = entry.value(QLatin1String("uuid")).toString();
        info.name = entry.value(QLatin1String("name")).toString();
        info.generation = entry.value(QLatin1String("generation")).toInteger(-1);
        info.parentUuid = entry.value(QLatin1String("parent_provider_uuid")).toString();
        info.rootUuid = entry.value(QLatin1String("root_provider_uuid")).toString();
        if (info.uuid.isEmpty())
            return false;
        providers->append(info);
    }
    return true;
}

struct ListProvidersJob::ParsedListing
{
    bool json = false;  // a JSON object
    QString reason;     // why not
    bool shape = false; // {"resource_providers": [...]} with valid entries
    QList<ProviderInfo> providers;
};

namespace {

// Below this a listing is parsed at once: a few thousand providers take a few milliseconds.
constexpr qsizetype AsyncParseBytes = 512 * 1024;

} // namespace

void ListProvidersJob::handleSuccess(QNetworkReply *reply, const QByteArray &body)
{
    const auto parse = [](const QByteArray &bytes) {
        ParsedListing parsed;
        QJsonObject object;
        parsed.json = readJsonObject(bytes, &object, &parsed.reason);
        if (parsed.json)
            parsed.shape = parseProviders(object, &parsed.providers);
        return parsed;
    };
    const QUrl url = reply->request().url();
    if (body.size() < AsyncParseBytes) {
        report(parse(body), url);
        return;
    }
    // 10,000 providers are ~8 MB of JSON: ~80 ms of parsing that would freeze the window. A
    // worker thread parses; the job stays running (abort() drops the result) until it is back.
    auto *watcher = new QFutureWatcher<ParsedListing>;
    waitFor(watcher);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, url] {
        const ParsedListing parsed = watcher->result();
        watcher->deleteLater();
        report(parsed, url);
    });
    watcher->setFuture(QtConcurrent::run(parse, body));
}

void ListProvidersJob::report(const ParsedListing &parsed, const QUrl &url)
{
    if (!parsed.json) {
        fail(ApiError(ApiError::Kind::InvalidResponse,
                      PlacementJob::tr("The server's answer is not the JSON Placement sends (%1).")
                          .arg(parsed.reason)));
        return;
    }
    if (!parsed.shape) {
        ApiError error(ApiError::Kind::InvalidResponse,
                       tr("The provider list from the server does not have the shape Placement sends."));
        error.setUrl(url);
        fail(error);
        return;
    }
    emit finished(parsed.providers);
    finishJob();
}

PlacementJob::Limits ListProvidersJob::limits() const
{
    // ~400 bytes per provider: 100,000 providers are ~40 MB; a slow link gets minutes.
    return {256ll * 1024 * 1024, 10 * 60 * 1000, tr("the provider list")};
}
