#include "membership/providercache.h"

#include "api/uuids.h"
#include "membership/directorysync.h"
#include "membership/editjournal.h"
#include "membership/membershipstore.h"
#include "membership/membershiptable.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

// Counts and file names only: the cache's content is the cloud's inventory.
Q_LOGGING_CATEGORY(lcCache, "placementdesk.membership.cache", QtInfoMsg)

namespace {

const QLatin1String kFormat("placement-desk-provider-cache");
constexpr int kVersion = 1;
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

struct ReadOutcome
{
    ProviderCacheData data;
    QString problem;
};

// Runs on a worker thread: nothing here touches a QObject.
ReadOutcome readFile(const QString &path, const QString &endpoint, qint64 maxBytes)
{
    ReadOutcome outcome;
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return outcome;
    if (info.isSymLink() || !info.isFile()) {
        outcome.problem = ProviderCache::tr("%1 is not a regular file.").arg(path);
        return outcome;
    }
#ifdef Q_OS_UNIX
    if (info.ownerId() != ::getuid()) {
        outcome.problem = ProviderCache::tr("%1 belongs to another user.").arg(path);
        return outcome;
    }
#endif
    if (info.permissions() & (QFileDevice::WriteGroup | QFileDevice::WriteOther)) {
        outcome.problem = ProviderCache::tr("Others can write to %1.").arg(path);
        return outcome;
    }
    const QString tooLarge =
        ProviderCache::tr("%1 is larger than %2 MiB.").arg(path).arg(double(maxBytes) / (1 << 20));
    if (info.size() > maxBytes) {
        outcome.problem = tooLarge;
        return outcome;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        outcome.problem = ProviderCache::tr("Could not read %1: %2").arg(path, file.errorString());
        return outcome;
    }
    const QByteArray bytes = file.read(maxBytes + 1); // it may have grown since
    if (bytes.size() > maxBytes) {
        outcome.problem = tooLarge;
        return outcome;
    }
    QString problem;
    switch (ProviderCache::parse(bytes, endpoint, &outcome.data, &problem)) {
    case ProviderCache::ParseResult::Ok:
        // The store's table too, here on the worker: at 100,000 rows building and ordering the
        // records would otherwise hold the UI thread for a fifth of a second.
        if (!outcome.data.isEmpty())
            outcome.data.table =
                std::make_shared<MembershipTable>(MembershipStore::prepareCached(outcome.data));
        break;
    case ProviderCache::ParseResult::NewerFormat:
        outcome.problem = ProviderCache::tr("%1 was written by a newer Placement Desk.").arg(path);
        break;
    case ProviderCache::ParseResult::Foreign:
    case ProviderCache::ParseResult::Corrupt:
        outcome.problem = ProviderCache::tr("%1: %2").arg(path, problem);
        break;
    }
    return outcome;
}

// Runs on a worker thread. Returns the error, empty if the file was written.
QString writeFile(const QString &directory, const QString &path, const ProviderCacheData &data,
                  qint64 maxBytes)
{
    const QByteArray bytes = ProviderCache::serialize(data);
    if (bytes.size() > maxBytes) {
        QFile::remove(path); // an older, smaller table would come back as current
        return ProviderCache::tr("The table is larger than the cache keeps (%1 MiB); it is not cached.")
            .arg(double(maxBytes) / (1 << 20));
    }
    if (!QDir().mkpath(directory))
        return ProviderCache::tr("Could not create the folder %1.").arg(directory);
    // The cloud's providers and aggregates: the owner's eyes only.
    QFile::setPermissions(directory, kOwnerOnly | QFileDevice::ExeOwner);
    QSaveFile file(path); // atomic: a crash mid-write leaves the previous cache intact
    if (!file.open(QIODevice::WriteOnly))
        return ProviderCache::tr("Could not write %1: %2").arg(path, file.errorString());
    file.setPermissions(kOwnerOnly); // the temporary file, before anything is in it
    if (file.write(bytes) != bytes.size() || !file.commit())
        return ProviderCache::tr("Could not write %1: %2").arg(path, file.errorString());
    DirectorySync::sync(directory);
    return {};
}

bool isCount(const QJsonValue &value, qint64 *out)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    // Integral, not negative, and exact in a double.
    if (!(number >= 0 && number <= 9007199254740991.0) || std::floor(number) != number)
        return false;
    *out = qint64(number);
    return true;
}

} // namespace

ProviderCache::ProviderCache(QObject *parent) : QObject(parent), m_directory(defaultDirectory()) {}

ProviderCache::~ProviderCache()
{
    waitForWrites();
}

QString ProviderCache::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QLatin1String("/providers");
}

void ProviderCache::setDirectory(const QString &directory)
{
    m_directory = directory;
}

void ProviderCache::setEndpoint(const QUrl &endpoint)
{
    m_endpoint = EditJournal::normalizedEndpoint(endpoint);
}

QString ProviderCache::filePath() const
{
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(m_endpoint.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
    return m_directory + QLatin1String("/providers-") + hash + QLatin1String(".json");
}

bool ProviderCache::exists() const
{
    const QFileInfo info(filePath());
    return !m_endpoint.isEmpty() && (info.exists() || info.isSymLink());
}

void ProviderCache::read()
{
    const quint64 generation = ++m_readGeneration;
    m_reading = true;
    auto *watcher = new QFutureWatcher<ReadOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_readGeneration)
            return;
        m_reading = false;
        const ReadOutcome outcome = watcher->result();
        if (!outcome.problem.isEmpty())
            qCWarning(lcCache).noquote() << "cache ignored:" << outcome.problem;
        else
            qCInfo(lcCache) << "cache read:" << outcome.data.rows.size() << "providers";
        emit readFinished(outcome.data, outcome.problem);
    });
    watcher->setFuture(QtConcurrent::run(readFile, filePath(), m_endpoint, m_maxBytes));
}

void ProviderCache::cancelRead()
{
    ++m_readGeneration;
    m_reading = false;
}

void ProviderCache::save(const MembershipStore &store)
{
    if (!m_enabled || m_endpoint.isEmpty())
        return;
    ProviderCacheData data = snapshot(store, m_endpoint);
    if (m_write.isRunning()) {
        m_queued = std::move(data); // only the newest table matters
        m_writeQueued = true;
        return;
    }
    startWrite(data);
}

void ProviderCache::startWrite(const ProviderCacheData &data)
{
    const QString path = filePath();
    m_write = QtConcurrent::run(writeFile, m_directory, path, data, m_maxBytes);
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const QString error = watcher->result();
        if (!error.isEmpty()) {
            qCWarning(lcCache).noquote() << "cache not written:" << error;
            emit writeFailed(error);
        }
        if (std::exchange(m_writeQueued, false))
            startWrite(std::exchange(m_queued, {}));
    });
    watcher->setFuture(m_write);
}

void ProviderCache::waitForWrites()
{
    // The watcher's queued write would run after this: write it here, on this thread.
    m_write.waitForFinished();
    if (std::exchange(m_writeQueued, false)) {
        const ProviderCacheData data = std::exchange(m_queued, {});
        const QString error = writeFile(m_directory, filePath(), data, m_maxBytes);
        if (!error.isEmpty())
            qCWarning(lcCache).noquote() << "cache not written:" << error;
    }
}

void ProviderCache::remove()
{
    waitForWrites();
    QFile::remove(filePath());
}

ProviderCacheData ProviderCache::snapshot(const MembershipStore &store, const QString &endpoint)
{
    ProviderCacheData data;
    data.endpoint = endpoint;
    data.savedAt = QDateTime::currentDateTimeUtc();
    // Only what the server confirmed at the generation the row is listed with: a failed, canceled
    // or unverified row is read again next time anyway.
    QVector<int> indexOfId(store.aggregateIdCount(), -1);
    data.rows.reserve(store.providerCount());
    for (int row = 0; row < store.providerCount(); ++row) {
        const ProviderRecord &record = store.provider(row);
        if (record.state != ProviderRecord::State::Loaded || record.aggregatesGeneration < 0 ||
            record.aggregatesGeneration != record.generation)
            continue;
        ProviderCacheData::Row cached;
        cached.info.uuid = record.uuid;
        cached.info.name = record.name;
        cached.info.generation = record.generation;
        cached.info.parentUuid = record.parentUuid;
        cached.info.rootUuid = record.rootUuid;
        cached.aggregates.reserve(record.aggregates.size());
        for (int id : record.aggregates) {
            int &index = indexOfId[id];
            if (index < 0) {
                index = int(data.aggregates.size());
                data.aggregates.append(store.aggregateById(id));
            }
            cached.aggregates.append(index);
        }
        data.rows.append(std::move(cached));
    }
    return data;
}

QByteArray ProviderCache::serialize(const ProviderCacheData &data)
{
    // Rows as arrays, aggregates as indexes: a 10,000-provider table stays near 1 MB.
    QJsonArray rows;
    for (const ProviderCacheData::Row &row : data.rows) {
        QJsonArray aggregates;
        for (int index : row.aggregates)
            aggregates.append(index);
        rows.append(QJsonArray{row.info.uuid, row.info.name, row.info.generation, row.info.parentUuid,
                               row.info.rootUuid, aggregates});
    }
    const QJsonObject root{
        {QLatin1String("format"), kFormat},
        {QLatin1String("version"), kVersion},
        {QLatin1String("endpoint"), data.endpoint},
        {QLatin1String("saved"), data.savedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QLatin1String("aggregates"), QJsonArray::fromStringList(data.aggregates)},
        {QLatin1String("providers"), rows},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

ProviderCache::ParseResult ProviderCache::parse(const QByteArray &bytes, const QString &endpoint,
                                                ProviderCacheData *data, QString *problem)
{
    *data = {};
    const auto corrupt = [problem](const QString &why) {
        *problem = why;
        return ParseResult::Corrupt;
    };
    if (bytes.size() > MaxFileBytes)
        return corrupt(tr("larger than %1 MiB").arg(MaxFileBytes >> 20));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return corrupt(tr("not JSON (%1 at byte %2)").arg(error.errorString()).arg(error.offset));
    if (!document.isObject())
        return corrupt(tr("not a provider cache"));
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toString() != kFormat)
        return corrupt(tr("not a provider cache"));
    qint64 version = 0;
    if (!isCount(root.value(QLatin1String("version")), &version) || version < 1)
        return corrupt(tr("no valid format version"));
    if (version > kVersion) {
        *problem = tr("written by a newer version (format %1)").arg(version);
        return ParseResult::NewerFormat;
    }
    const QString savedFor = root.value(QLatin1String("endpoint")).toString();
    if (savedFor != endpoint) {
        *problem = tr("the table of another endpoint");
        return ParseResult::Foreign;
    }
    const QDateTime saved =
        QDateTime::fromString(root.value(QLatin1String("saved")).toString(), Qt::ISODateWithMs);
    if (!saved.isValid())
        return corrupt(tr("no valid time of saving"));

    ProviderCacheData parsed;
    parsed.endpoint = savedFor;
    parsed.savedAt = saved.toUTC();
    const QJsonValue aggregatesValue = root.value(QLatin1String("aggregates"));
    if (!aggregatesValue.isArray())
        return corrupt(tr("no aggregate list"));
    const QJsonArray aggregates = aggregatesValue.toArray();
    QSet<QString> seenAggregates;
    for (const QJsonValue &value : aggregates) {
        const QString aggregate = value.toString();
        // Exact strings: two spellings of one UUID are two aggregates, one string twice is a fault.
        if (!value.isString() || !Uuids::isValid(aggregate))
            return corrupt(tr("aggregate %1 is not a UUID").arg(parsed.aggregates.size() + 1));
        if (seenAggregates.contains(aggregate))
            return corrupt(tr("aggregate %1 is listed twice").arg(aggregate));
        seenAggregates.insert(aggregate);
        parsed.aggregates.append(aggregate);
    }
    const QJsonValue providersValue = root.value(QLatin1String("providers"));
    if (!providersValue.isArray())
        return corrupt(tr("no provider list"));
    const QJsonArray providers = providersValue.toArray();
    parsed.rows.reserve(providers.size());
    QSet<QString> seenProviders;
    const auto optionalUuid = [](const QJsonValue &value) {
        return value.isString() && (value.toString().isEmpty() || Uuids::isValid(value.toString()));
    };
    for (qsizetype i = 0; i < providers.size(); ++i) {
        const QString where = tr("provider %1").arg(i + 1);
        const QJsonArray row = providers.at(i).toArray();
        if (!providers.at(i).isArray() || row.size() != 6)
            return corrupt(tr("%1 is not [uuid, name, generation, parent, root, aggregates]").arg(where));
        ProviderCacheData::Row cached;
        cached.info.uuid = row.at(0).toString();
        const QString key = Uuids::canonical(cached.info.uuid);
        if (!row.at(0).isString() || key.isNull())
            return corrupt(tr("%1 has no valid UUID").arg(where));
        if (seenProviders.contains(key))
            return corrupt(tr("%1 is listed twice").arg(cached.info.uuid));
        seenProviders.insert(key);
        // (A lone surrogate cannot come from a file serialize() wrote: it writes UTF-8.)
        if (!row.at(1).isString() || !row.at(1).toString().isValidUtf16())
            return corrupt(tr("%1 has no valid name").arg(where));
        cached.info.name = row.at(1).toString();
        qint64 generation = 0;
        if (!isCount(row.at(2), &generation))
            return corrupt(tr("%1 has no valid generation").arg(where));
        cached.info.generation = generation;
        if (!optionalUuid(row.at(3)) || !optionalUuid(row.at(4)))
            return corrupt(tr("%1 has an invalid parent or root").arg(where));
        cached.info.parentUuid = row.at(3).toString();
        cached.info.rootUuid = row.at(4).toString();
        if (!row.at(5).isArray())
            return corrupt(tr("%1 has no aggregate list").arg(where));
        const QJsonArray indexes = row.at(5).toArray();
        cached.aggregates.reserve(indexes.size());
        for (const QJsonValue &value : indexes) {
            qint64 index = 0;
            if (!isCount(value, &index) || index >= parsed.aggregates.size())
                return corrupt(tr("%1 names an aggregate that is not in the list").arg(where));
            cached.aggregates.append(int(index));
        }
        std::sort(cached.aggregates.begin(), cached.aggregates.end());
        if (std::adjacent_find(cached.aggregates.cbegin(), cached.aggregates.cend()) !=
            cached.aggregates.cend())
            return corrupt(tr("%1 names one aggregate twice").arg(where));
        parsed.rows.append(std::move(cached));
    }
    *data = std::move(parsed);
    problem->clear();
    return ParseResult::Ok;
}
