#include "membership/editjournal.h"

#include "membership/directorysync.h"
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
#include <QLockFile>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>

namespace {

constexpr int kFormatVersion = 1;
// Instances that can edit one endpoint at once, each with its own file.
constexpr int kMaxSlots = 8;
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

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

QStringList minus(const QStringList &a, const QStringList &b)
{
    const QSet<QString> remove(b.cbegin(), b.cend());
    QStringList result;
    for (const QString &item : a) {
        if (!remove.contains(item))
            result.append(item);
    }
    return result;
}

bool sameEntry(const JournalEntry &a, const JournalEntry &b)
{
    return a.providerUuid == b.providerUuid && a.base == b.base && a.adds == b.adds && a.removes == b.removes;
}

std::unique_ptr<QLockFile> tryLock(const QString &path)
{
    auto lock = std::make_unique<QLockFile>(path + QLatin1String(".lock"));
    // Stale only when the owning process is gone, never by age: a window can stay open for days.
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0))
        return nullptr;
    return lock;
}

} // namespace

EditJournal::EditJournal(MembershipStore *store, QObject *parent)
    : QObject(parent), m_store(store), m_directory(defaultDirectory())
{
    connect(store, &MembershipStore::pendingEditsChanged, this, &EditJournal::scheduleWrite);
}

EditJournal::~EditJournal()
{
    // No flush here: a journal that could not be written stays as the last good state on disk.
    releaseOrphans(false);
    releaseSlot();
}

QString EditJournal::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1String("/journal");
}

void EditJournal::setDirectory(const QString &directory)
{
    if (directory == m_directory)
        return;
    if (m_writeScheduled)
        flush();
    m_directory = directory;
    acquireSlot();
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
    const bool same = normalizedEndpoint(endpoint) == normalizedEndpoint(m_endpoint) && m_slot >= 0;
    m_endpoint = endpoint;
    if (!same)
        acquireSlot();
}

QString EditJournal::slotPath(int slot) const
{
    const QByteArray key = normalizedEndpoint(m_endpoint).toUtf8();
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(16));
    const QString base = m_directory + QLatin1String("/edits-") + hash;
    if (slot <= 0)
        return base + QLatin1String(".json");
    return base + QLatin1Char('-') + QString::number(slot) + QLatin1String(".json");
}

QString EditJournal::filePath() const
{
    return slotPath(qMax(0, m_slot));
}

void EditJournal::acquireSlot()
{
    releaseOrphans(false);
    releaseSlot();
    m_readOnlyReason.clear();
    m_kept.clear();
    if (!m_endpoint.isValid())
        return;
    QString error;
    if (!ensureDirectory(&error)) {
        // Nothing to lock against; the first write reports the folder problem (writeFailed()).
        m_slot = 0;
        return;
    }
    for (int slot = 0; slot < kMaxSlots; ++slot) {
        if (auto lock = tryLock(slotPath(slot))) {
            m_lock = std::move(lock);
            m_slot = slot;
            return;
        }
    }
    m_readOnlyReason = tr("%n other Placement Desk window(s) are editing this endpoint, so edits made "
                          "here are not saved to disk until one of them closes.",
                          nullptr, kMaxSlots);
}

void EditJournal::releaseSlot()
{
    m_lock.reset(); // QLockFile unlocks in its destructor
    m_slot = -1;
}

void EditJournal::releaseOrphans(bool remove)
{
    for (const auto &[path, lock] : std::as_const(m_orphans)) {
        // Their content is in this instance's journal now (or was set aside): we own the file.
        if (remove)
            QFile::remove(path);
        lock->unlock();
    }
    if (remove && !m_orphans.isEmpty())
        DirectorySync::sync(m_directory);
    m_orphans.clear();
}

bool EditJournal::ensureDirectory(QString *error) const
{
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = tr("Could not create the folder %1 for the edit journal.").arg(m_directory);
        return false;
    }
    // Pending edits name the cloud's providers and aggregates: the owner's eyes only.
    QFile::setPermissions(m_directory, kOwnerOnly | QFileDevice::ExeOwner);
    return true;
}

void EditJournal::setRecording(bool recording)
{
    m_recording = recording;
    if (recording)
        scheduleWrite();
}

bool EditJournal::hasSavedEdits() const
{
    if (!m_endpoint.isValid())
        return false;
    if (QFileInfo::exists(filePath()))
        return true;
    for (int slot = 0; slot < kMaxSlots; ++slot) {
        if (slot == m_slot || !QFileInfo::exists(slotPath(slot)))
            continue;
        if (tryLock(slotPath(slot)))
            return true; // left by an instance that is gone
    }
    return false;
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
    const auto append = [&entries](const JournalEntry &entry) {
        QJsonObject object;
        object.insert(QLatin1String("provider"), entry.providerUuid);
        object.insert(QLatin1String("name"), entry.providerName);
        object.insert(QLatin1String("base"), toArray(entry.base));
        object.insert(QLatin1String("base_generation"), entry.baseGeneration);
        object.insert(QLatin1String("add"), toArray(entry.adds));
        object.insert(QLatin1String("remove"), toArray(entry.removes));
        entries.append(object);
    };
    const QList<int> rows = m_store->rowsWithPendingEdits();
    for (int row : rows) {
        const ProviderRecord &record = m_store->provider(row);
        append({record.uuid, record.name, m_store->loadedAggregates(row), record.aggregatesGeneration,
                m_store->addedAggregates(row), m_store->removedAggregates(row)});
    }
    // Entries that could not be checked, verbatim: they wait for a load that reaches their rows.
    for (const JournalEntry &entry : m_kept)
        append(entry);
    QJsonObject root;
    root.insert(QLatin1String("format"), kFormatVersion);
    root.insert(QLatin1String("endpoint"), normalizedEndpoint(m_endpoint));
    root.insert(QLatin1String("saved_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    root.insert(QLatin1String("edits"), entries);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool EditJournal::flush(QString *error)
{
    m_writeScheduled = false;
    if (!m_recording || !m_endpoint.isValid() || m_slot < 0 || isReadOnly())
        return true;
    const QString path = filePath();
    if (m_store->pendingProviderCount() == 0 && m_kept.isEmpty()) {
        // Everything confirmed or discarded: nothing left to protect.
        if (QFileInfo::exists(path) && !QFile::remove(path)) {
            if (error)
                *error = tr("Could not remove the edit journal %1.").arg(path);
            return false;
        }
        releaseOrphans(true);
        return true;
    }
    if (!ensureDirectory(error))
        return false;
    QSaveFile file(path); // atomic: a crash mid-write leaves the previous journal intact
    if (!file.open(QIODevice::WriteOnly) || file.write(serialize()) < 0 || !file.commit()) {
        if (error)
            *error = tr("Could not write the edit journal %1: %2").arg(path, file.errorString());
        return false;
    }
    QFile::setPermissions(path, kOwnerOnly);
    DirectorySync::sync(m_directory);
    // Orphaned files read by load() are in this file now.
    releaseOrphans(true);
    return true;
}

QString EditJournal::moveAside(const QString &path, const QString &reason, bool *moved) const
{
    // Millisecond stamp plus a counter: two set-asides in one second must not collide.
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    QString aside = path + QLatin1Char('.') + reason + QLatin1Char('-') + stamp;
    for (int n = 2; QFileInfo::exists(aside); ++n)
        aside = path + QLatin1Char('.') + reason + QLatin1Char('-') + stamp + QLatin1Char('-') +
                QString::number(n);
    *moved = QFile::rename(path, aside);
    if (*moved)
        DirectorySync::sync(QFileInfo(path).absolutePath());
    return aside;
}

EditJournal::ParseResult EditJournal::parse(const QByteArray &data, QList<JournalEntry> *entries,
                                            QString *problem)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    const int format = document.object().value(QLatin1String("format")).toInt(0);
    if (parseError.error != QJsonParseError::NoError) {
        *problem = parseError.errorString();
        return ParseResult::Corrupt;
    }
    if (document.isObject() && format > kFormatVersion)
        return ParseResult::NewerFormat;
    if (!document.isObject() || format != kFormatVersion ||
        !document.object().value(QLatin1String("edits")).isArray()) {
        *problem = tr("unknown format");
        return ParseResult::Corrupt;
    }
    QList<JournalEntry> parsed;
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
            *problem = tr("an entry is incomplete");
            return ParseResult::Corrupt;
        }
        parsed.append(entry);
    }
    entries->append(parsed);
    return ParseResult::Ok;
}

bool EditJournal::parseFile(const QString &path, QList<JournalEntry> *entries, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Could not read the edit journal %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray data = file.readAll();
    file.close();

    QString problem;
    switch (parse(data, entries, &problem)) {
    case ParseResult::Ok:
        return true;
    case ParseResult::NewerFormat:
        // A newer Placement Desk wrote it: its edits are real, we just cannot read them.
        m_readOnlyReason = tr("The saved pending edits in %1 were written by a newer version of Placement "
                              "Desk. The file is left as it is, and edits made here are not saved to disk.")
                               .arg(path);
        *error = m_readOnlyReason;
        return false;
    case ParseResult::Corrupt:
        break;
    }
    bool moved = false;
    const QString aside = moveAside(path, QStringLiteral("corrupt"), &moved);
    if (!moved) {
        // Left in place; writing our journal over it would destroy what it still holds.
        m_readOnlyReason = tr("The saved pending edits in %1 could not be read (%2), and the file could "
                              "not be moved aside. It is left as it is, and edits made here are not saved "
                              "to disk.")
                               .arg(path, problem);
        *error = m_readOnlyReason;
        return false;
    }
    *error =
        tr("The saved pending edits could not be read (%1). The file was kept as %2.").arg(problem, aside);
    return false;
}

bool EditJournal::load(QList<JournalEntry> *entries, QString *error)
{
    QStringList problems;
    bool ok = true;
    if (QFileInfo::exists(filePath())) {
        QString problem;
        if (!parseFile(filePath(), entries, &problem)) {
            ok = false;
            problems << problem;
        }
    }
    // Files of instances that are gone: take their locks, so nobody else absorbs them too.
    for (int slot = 0; slot < kMaxSlots && m_slot >= 0; ++slot) {
        const QString path = slotPath(slot);
        if (slot == m_slot || !QFileInfo::exists(path) ||
            std::any_of(m_orphans.cbegin(), m_orphans.cend(),
                        [&path](const auto &orphan) { return orphan.first == path; }))
            continue;
        std::shared_ptr<QLockFile> lock(tryLock(path).release());
        if (!lock)
            continue; // a live instance's
        QString problem;
        const QString readOnly = m_readOnlyReason;
        if (parseFile(path, entries, &problem)) {
            m_orphans.append({path, lock});
        } else {
            m_readOnlyReason = readOnly; // another file's problem does not stop this instance
            ok = false;
            problems << problem;
        }
    }
    if (!ok && error)
        *error = problems.join(QLatin1Char('\n'));
    return ok;
}

JournalRestoreReport EditJournal::restore(const QList<JournalEntry> &entries)
{
    JournalRestoreReport report;
    QSet<QString> counted;
    for (const JournalEntry &entry : entries) {
        const int row = m_store->rowOf(entry.providerUuid);
        const QString name = entry.providerName.isEmpty() ? entry.providerUuid : entry.providerName;
        if (row < 0 || !m_store->isEditable(row)) {
            // Not loaded: failed, canceled, not listed, or deleted. Never dropped on a guess.
            if (std::none_of(m_kept.cbegin(), m_kept.cend(),
                             [&entry](const JournalEntry &kept) { return sameEntry(kept, entry); }))
                m_kept.append(entry);
            const bool deleted = row >= 0 && m_store->provider(row).state == ProviderRecord::State::Deleted;
            if (deleted && !report.deletedUuids.contains(entry.providerUuid)) {
                report.deleted.append(name);
                report.deletedUuids.append(entry.providerUuid);
            } else if (!deleted && !report.unverified.contains(name)) {
                report.unverified.append(name);
            }
            continue;
        }
        // My edits re-based on what the server holds now, applied on top of the row's desired set
        // (another entry for the same provider, from a second instance, may have been applied first).
        const QStringList loaded = m_store->loadedAggregates(row);
        const MergeResult merge =
            threeWayMerge(entry.base, applyEdits(entry.base, entry.adds, entry.removes), loaded);
        m_store->applyEdits(row, minus(merge.merged, loaded), minus(loaded, merge.merged));
        if (counted.contains(entry.providerUuid))
            continue;
        counted.insert(entry.providerUuid);
        if (m_store->provider(row).hasPendingEdits())
            ++report.restored;
        else
            ++report.alreadyApplied;
    }
    return report;
}

void EditJournal::forgetEntries(const QStringList &providerUuids)
{
    const QSet<QString> forget(providerUuids.cbegin(), providerUuids.cend());
    const auto before = m_kept.size();
    m_kept.erase(
        std::remove_if(m_kept.begin(), m_kept.end(),
                       [&forget](const JournalEntry &entry) { return forget.contains(entry.providerUuid); }),
        m_kept.end());
    if (m_kept.size() != before)
        scheduleWrite();
}

void EditJournal::setAside(const QString &reason)
{
    m_kept.clear();
    bool moved = false;
    if (m_slot >= 0 && QFileInfo::exists(filePath()))
        moveAside(filePath(), reason, &moved);
    for (const auto &orphan : std::as_const(m_orphans)) {
        if (QFileInfo::exists(orphan.first))
            moveAside(orphan.first, reason, &moved);
    }
    releaseOrphans(false);
}
