#include "membership/editjournal.h"

#include "membership/membershipstore.h"
#include "membership/threewaymerge.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

namespace {

constexpr int kFormatVersion = 1;

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

bool readStringList(const QJsonValue &value, QStringList *list)
{
    if (!value.isArray())
        return false;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (!item.isString())
            return false;
        list->append(item.toString());
    }
    return true;
}

} // namespace

EditJournal::EditJournal(MembershipStore *store, QObject *parent)
    : QObject(parent), m_store(store), m_directory(defaultDirectory())
{
    connect(store, &MembershipStore::pendingEditsChanged, this, &EditJournal::scheduleWrite);
}

QString EditJournal::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1String("/journal");
}

void EditJournal::setDirectory(const QString &directory)
{
    m_directory = directory;
}

QString EditJournal::normalizedEndpoint(const QUrl &endpoint)
{
    QUrl url = endpoint.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment |
                                 QUrl::RemoveUserInfo | QUrl::NormalizePathSegments);
    url.setHost(url.host().toLower());
    return url.toString();
}

void EditJournal::setEndpoint(const QUrl &endpoint)
{
    if (m_writeScheduled)
        flush();
    m_endpoint = endpoint;
}

QString EditJournal::filePath() const
{
    const QByteArray key = normalizedEndpoint(m_endpoint).toUtf8();
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(16));
    return m_directory + QLatin1String("/edits-") + hash + QLatin1String(".json");
}

void EditJournal::setRecording(bool recording)
{
    m_recording = recording;
    if (recording)
        scheduleWrite();
}

bool EditJournal::hasSavedEdits() const
{
    return QFileInfo::exists(filePath());
}

void EditJournal::scheduleWrite()
{
    if (!m_recording || m_writeScheduled)
        return;
    // Coalesce: a bulk edit of a thousand rows is one write, in the same event-loop turn.
    m_writeScheduled = true;
    QTimer::singleShot(0, this, [this] {
        if (!m_writeScheduled)
            return;
        QString error;
        if (!flush(&error))
            emit writeFailed(error);
    });
}

QByteArray EditJournal::serialize() const
{
    QJsonArray entries;
    const QList<int> rows = m_store->rowsWithPendingEdits();
    for (int row : rows) {
        const ProviderRecord &record = m_store->provider(row);
        QJsonObject entry;
        entry.insert(QLatin1String("provider"), record.uuid);
        entry.insert(QLatin1String("name"), record.name);
        entry.insert(QLatin1String("base"), toArray(m_store->loadedAggregates(row)));
        entry.insert(QLatin1String("base_generation"), record.aggregatesGeneration);
        entry.insert(QLatin1String("add"), toArray(m_store->addedAggregates(row)));
        entry.insert(QLatin1String("remove"), toArray(m_store->removedAggregates(row)));
        entries.append(entry);
    }
    QJsonObject root;
    root.insert(QLatin1String("format"), kFormatVersion);
    root.insert(QLatin1String("endpoint"), normalizedEndpoint(m_endpoint));
    root.insert(QLatin1String("saved_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    root.insert(QLatin1String("edits"), entries);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool EditJournal::flush(QString *error)
{
    m_writeScheduled = false;
    if (!m_recording || !m_endpoint.isValid())
        return true;
    const QString path = filePath();
    if (m_store->pendingProviderCount() == 0) {
        // Everything confirmed or discarded: nothing left to protect.
        if (QFileInfo::exists(path) && !QFile::remove(path)) {
            if (error)
                *error = tr("Could not remove the edit journal %1.").arg(path);
            return false;
        }
        return true;
    }
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = tr("Could not create the folder %1 for the edit journal.").arg(m_directory);
        return false;
    }
    QSaveFile file(path); // atomic: a crash mid-write leaves the previous journal intact
    if (!file.open(QIODevice::WriteOnly) || file.write(serialize()) < 0 || !file.commit()) {
        if (error)
            *error = tr("Could not write the edit journal %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool EditJournal::load(QList<JournalEntry> *entries, QString *error)
{
    const QString path = filePath();
    QFile file(path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Could not read the edit journal %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray data = file.readAll();
    file.close();

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    QString problem;
    QList<JournalEntry> parsed;
    if (parseError.error != QJsonParseError::NoError) {
        problem = parseError.errorString();
    } else if (!document.isObject() ||
               document.object().value(QLatin1String("format")).toInt() != kFormatVersion ||
               !document.object().value(QLatin1String("edits")).isArray()) {
        problem = tr("unknown format");
    } else {
        const QJsonArray array = document.object().value(QLatin1String("edits")).toArray();
        for (const QJsonValue &value : array) {
            const QJsonObject object = value.toObject();
            JournalEntry entry;
            entry.providerUuid = object.value(QLatin1String("provider")).toString();
            entry.providerName = object.value(QLatin1String("name")).toString();
            entry.baseGeneration = object.value(QLatin1String("base_generation")).toInteger(-1);
            if (entry.providerUuid.isEmpty() ||
                !readStringList(object.value(QLatin1String("base")), &entry.base) ||
                !readStringList(object.value(QLatin1String("add")), &entry.adds) ||
                !readStringList(object.value(QLatin1String("remove")), &entry.removes)) {
                problem = tr("an entry is incomplete");
                break;
            }
            parsed.append(entry);
        }
    }
    if (!problem.isEmpty()) {
        const QString aside = path + QLatin1String(".corrupt-") +
                              QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        QFile::rename(path, aside);
        *error = tr("The saved pending edits could not be read (%1). The file was kept as %2.")
                     .arg(problem, aside);
        return false;
    }
    *entries = parsed;
    return true;
}

JournalRestoreReport EditJournal::restore(const QList<JournalEntry> &entries)
{
    JournalRestoreReport report;
    for (const JournalEntry &entry : entries) {
        const int row = m_store->rowOf(entry.providerUuid);
        if (row < 0 || !m_store->isEditable(row)) {
            report.missing.append(entry.providerName.isEmpty() ? entry.providerUuid : entry.providerName);
            continue;
        }
        const QStringList mine = applyEdits(entry.base, entry.adds, entry.removes);
        const MergeResult merge = threeWayMerge(entry.base, mine, m_store->loadedAggregates(row));
        m_store->setDesiredAggregates(row, merge.merged);
        if (m_store->provider(row).hasPendingEdits())
            ++report.restored;
        else
            ++report.alreadyApplied;
    }
    return report;
}

void EditJournal::setAside(const QString &reason)
{
    const QString path = filePath();
    if (!QFileInfo::exists(path))
        return;
    const QString aside = path + QLatin1Char('.') + reason + QLatin1Char('-') +
                          QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QFile::rename(path, aside);
}
