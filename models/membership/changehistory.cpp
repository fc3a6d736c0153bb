#include "membership/changehistory.h"

#include "membership/directorysync.h"
#include "membership/editjournal.h"
#include "membership/membershipexport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <unistd.h>

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr int kMaxAggregates = 100000;
constexpr int kMaxField = 1024;

bool readString(const QJsonObject &object, QLatin1String key, QString *value, bool required)
{
    const QJsonValue field = object.value(key);
    if (field.isUndefined() && !required)
        return true;
    if (!field.isString() || field.toString().size() > kMaxField)
        return false;
    *value = field.toString();
    return true;
}

bool readSet(const QJsonObject &object, QLatin1String key, QStringList *set)
{
    const QJsonValue field = object.value(key);
    if (!field.isArray() || field.toArray().size() > kMaxAggregates)
        return false;
    const QJsonArray array = field.toArray();
    for (const QJsonValue &value : array) {
        if (!value.isString() || value.toString().isEmpty() || value.toString().size() > 255)
            return false;
        set->append(value.toString());
    }
    return true;
}

bool readEntry(const QByteArray &line, HistoryEntry *entry)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    const QJsonObject object = document.object();
    QString time;
    QString how;
    if (!readString(object, QLatin1String("time"), &time, true) ||
        !readString(object, QLatin1String("provider"), &entry->providerUuid, true) ||
        !readString(object, QLatin1String("name"), &entry->providerName, false) ||
        !readString(object, QLatin1String("endpoint"), &entry->endpoint, false) ||
        !readString(object, QLatin1String("user"), &entry->user, false) ||
        !readString(object, QLatin1String("project"), &entry->project, false) ||
        !readString(object, QLatin1String("request_id"), &entry->requestId, false) ||
        !readString(object, QLatin1String("microversion"), &entry->microversion, false) ||
        !readString(object, QLatin1String("how"), &how, true) ||
        !readSet(object, QLatin1String("before"), &entry->before) ||
        !readSet(object, QLatin1String("after"), &entry->after))
        return false;
    entry->time = QDateTime::fromString(time, Qt::ISODateWithMs);
    if (!entry->time.isValid() || entry->providerUuid.isEmpty() ||
        !HistoryEntry::howFromKey(how, &entry->how))
        return false;
    entry->time = entry->time.toUTC();
    const QJsonValue generation = object.value(QLatin1String("generation"));
    if (!generation.isUndefined() && !generation.isDouble())
        return false;
    entry->generation = generation.toInteger(-1);
    return true;
}

QString joined(const QStringList &aggregates, const ChangeHistory::NameOf &nameOf)
{
    QStringList names;
    for (const QString &aggregate : aggregates) {
        const QString name = nameOf ? nameOf(aggregate) : QString();
        names.append(name.isEmpty() ? aggregate : name);
    }
    return names.join(QLatin1String("; "));
}

} // namespace

ChangeHistory::ChangeHistory(QObject *parent) : QObject(parent), m_directory(defaultDirectory()) {}

QString ChangeHistory::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1String("/history");
}

void ChangeHistory::setDirectory(const QString &directory)
{
    if (directory == m_directory)
        return;
    m_directory = directory;
    read();
}

void ChangeHistory::setEndpoint(const QUrl &endpoint)
{
    const bool same =
        EditJournal::normalizedEndpoint(endpoint) == EditJournal::normalizedEndpoint(m_endpoint);
    m_endpoint = endpoint;
    if (!same)
        read();
}

QString ChangeHistory::filePath() const
{
    if (!m_endpoint.isValid() || m_endpoint.isEmpty())
        return {};
    const QByteArray key = EditJournal::normalizedEndpoint(m_endpoint).toUtf8();
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(16));
    return m_directory + QLatin1String("/history-") + hash + QLatin1String(".jsonl");
}

void ChangeHistory::read()
{
    m_entries.clear();
    m_readProblem.clear();
    const QString path = filePath();
    QFile file(path);
    if (!path.isEmpty() && file.exists()) {
        const QFileInfo info(path);
        if (!info.isFile() || info.isSymLink() || !file.open(QIODevice::ReadOnly)) {
            m_readProblem = tr("The history file %1 could not be read.").arg(path);
        } else {
            // Beyond the cap only the newest part is read (from its first whole line).
            QByteArray data;
            if (file.size() > MaxFileBytes) {
                file.seek(file.size() - MaxFileBytes);
                data = file.readAll();
                data.remove(0, data.indexOf('\n') + 1);
            } else {
                data = file.readAll();
            }
            int skipped = 0;
            m_entries = parse(data, &skipped);
            if (skipped > 0)
                m_readProblem = tr("%n line(s) of the history file %1 could not be read and are not shown.",
                                   nullptr, skipped)
                                    .arg(path);
            if (m_entries.size() > MaxEntries)
                m_entries.erase(m_entries.begin(), m_entries.end() - MaxEntries);
        }
    }
    emit entriesReset();
}

bool ChangeHistory::ensureDirectory(QString *error) const
{
    if (!QDir().mkpath(m_directory)) {
        *error = tr("Could not create the folder %1 for the change history.").arg(m_directory);
        return false;
    }
    QFile::setPermissions(m_directory, kOwnerOnly | QFileDevice::ExeOwner);
    return true;
}

bool ChangeHistory::append(HistoryEntry entry, QString *error)
{
    QString problem;
    const QString path = filePath();
    entry.endpoint = EditJournal::normalizedEndpoint(m_endpoint);
    const auto failWith = [&](const QString &message) {
        if (error)
            *error = message;
        emit writeFailed(message);
        return false;
    };
    if (path.isEmpty())
        return failWith(tr("No cloud is selected for the change history."));
    if (!ensureDirectory(&problem))
        return failWith(problem);

    bool created = !QFileInfo::exists(path);
    if (!created && QFileInfo(path).size() > MaxFileBytes) {
        const QString older = path.chopped(6) + QLatin1String(".1.jsonl");
        QFile::remove(older);
        if (!QFile::rename(path, older))
            return failWith(tr("The history file %1 is full and could not be moved aside.").arg(path));
        DirectorySync::sync(m_directory);
        created = true;
    }
    QFile file(path);
    if (QFileInfo(path).isSymLink() || !file.open(QIODevice::WriteOnly | QIODevice::Append))
        return failWith(tr("Could not write the history file %1: %2").arg(path, file.errorString()));
    file.setPermissions(kOwnerOnly);
    // One write per line in append mode: lines of two instances never interleave.
    const QByteArray line = serialize(entry);
    if (file.write(line) != line.size() || !file.flush())
        return failWith(tr("Could not write the history file %1: %2").arg(path, file.errorString()));
    ::fsync(file.handle());
    file.close();
    if (created)
        DirectorySync::sync(m_directory);

    m_entries.append(entry);
    if (m_entries.size() > MaxEntries) {
        m_entries.removeFirst();
        emit entriesReset();
    } else {
        emit entryAppended();
    }
    return true;
}

QByteArray ChangeHistory::serialize(const HistoryEntry &entry)
{
    QJsonObject object;
    object.insert(QLatin1String("time"), entry.time.toUTC().toString(Qt::ISODateWithMs));
    object.insert(QLatin1String("endpoint"), entry.endpoint);
    if (!entry.user.isEmpty())
        object.insert(QLatin1String("user"), entry.user);
    if (!entry.project.isEmpty())
        object.insert(QLatin1String("project"), entry.project);
    object.insert(QLatin1String("provider"), entry.providerUuid);
    object.insert(QLatin1String("name"), entry.providerName);
    object.insert(QLatin1String("before"), QJsonArray::fromStringList(entry.before));
    object.insert(QLatin1String("after"), QJsonArray::fromStringList(entry.after));
    object.insert(QLatin1String("generation"), entry.generation);
    if (!entry.requestId.isEmpty())
        object.insert(QLatin1String("request_id"), entry.requestId);
    object.insert(QLatin1String("microversion"), entry.microversion);
    object.insert(QLatin1String("how"), HistoryEntry::howKey(entry.how));
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

QList<HistoryEntry> ChangeHistory::parse(const QByteArray &data, int *skipped)
{
    QList<HistoryEntry> entries;
    int bad = 0;
    qsizetype start = 0;
    while (start < data.size()) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        const QByteArray line = data.mid(start, end - start).trimmed();
        start = end + 1;
        if (line.isEmpty())
            continue;
        HistoryEntry entry;
        if (line.size() <= MaxLineBytes && readEntry(line, &entry))
            entries.append(entry);
        else
            ++bad;
    }
    if (skipped)
        *skipped = bad;
    return entries;
}

QByteArray ChangeHistory::toCsv(const QList<HistoryEntry> &entries, const NameOf &nameOf)
{
    using MembershipExport::csvField;
    QString out =
        QStringLiteral("time,endpoint,user,project,provider_uuid,provider_name,how,added,added_names,"
                       "removed,removed_names,before,after,generation,request_id,microversion\r\n");
    for (const HistoryEntry &entry : entries) {
        const QStringList fields = {
            entry.time.toUTC().toString(Qt::ISODateWithMs),
            entry.endpoint,
            entry.user,
            entry.project,
            entry.providerUuid,
            entry.providerName,
            HistoryEntry::howKey(entry.how),
            entry.added().join(QLatin1Char(' ')),
            joined(entry.added(), nameOf),
            entry.removed().join(QLatin1Char(' ')),
            joined(entry.removed(), nameOf),
            entry.before.join(QLatin1Char(' ')),
            entry.after.join(QLatin1Char(' ')),
            QString::number(entry.generation),
            entry.requestId,
            entry.microversion,
        };
        QStringList quoted;
        for (const QString &field : fields)
            quoted.append(csvField(field));
        out += quoted.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    return out.toUtf8();
}

QList<WantedMembership> ChangeHistory::undoOf(const HistoryEntry &entry)
{
    QList<WantedMembership> wanted;
    for (const QString &aggregate : entry.added())
        wanted.append({entry.providerUuid, aggregate, false});
    for (const QString &aggregate : entry.removed())
        wanted.append({entry.providerUuid, aggregate, true});
    return wanted;
}
