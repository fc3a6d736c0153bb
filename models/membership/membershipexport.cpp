#include "membership/membershipexport.h"

#include "membership/membershipstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace MembershipExport {

namespace {

const QLatin1String kTableFormat("placement-desk-membership");
const QLatin1String kEditsFormat("placement-desk-edits");

QString stateName(ProviderRecord::State state)
{
    switch (state) {
    case ProviderRecord::State::Listed:
        return QStringLiteral("listed");
    case ProviderRecord::State::Loaded:
        return QStringLiteral("loaded");
    case ProviderRecord::State::Failed:
        return QStringLiteral("failed");
    case ProviderRecord::State::Deleted:
        return QStringLiteral("deleted");
    case ProviderRecord::State::Canceled:
        return QStringLiteral("canceled");
    case ProviderRecord::State::Cached:
        return QStringLiteral("cached");
    }
    return {};
}

QString csvLine(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &field : fields)
        quoted << csvField(field);
    return quoted.join(QLatin1Char(',')) + QLatin1String("\r\n");
}

QStringList namesOf(const QStringList &aggregates, const NameOf &nameOf)
{
    QStringList names;
    names.reserve(aggregates.size());
    for (const QString &aggregate : aggregates)
        names << (nameOf ? nameOf(aggregate) : QString());
    return names;
}

QJsonArray aggregatesJson(const QStringList &aggregates, const NameOf &nameOf)
{
    QJsonArray array;
    for (const QString &aggregate : aggregates) {
        QJsonObject object{{QLatin1String("uuid"), aggregate}};
        const QString name = nameOf ? nameOf(aggregate) : QString();
        if (!name.isEmpty())
            object.insert(QLatin1String("name"), name);
        array.append(object);
    }
    return array;
}

QJsonObject header(const QLatin1String &format, const QString &endpoint)
{
    return {{QLatin1String("format"), format},
            {QLatin1String("version"), 1},
            {QLatin1String("endpoint"), endpoint},
            {QLatin1String("exported"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
}

} // namespace

QString csvField(const QString &text)
{
    QString field = text;
    // A spreadsheet runs "=HYPERLINK(…)" or "@SUM(…)" typed into a provider's name.
    if (!field.isEmpty() && (field.front() == QLatin1Char('=') || field.front() == QLatin1Char('+') ||
                             field.front() == QLatin1Char('-') || field.front() == QLatin1Char('@') ||
                             field.front() == QLatin1Char('\t') || field.front() == QLatin1Char('\r')))
        field.prepend(QLatin1Char('\''));
    if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
        field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r')) ||
        field.contains(QLatin1Char(';')) || field != field.trimmed()) {
        field.replace(QLatin1Char('"'), QLatin1String("\"\""));
        field = QLatin1Char('"') + field + QLatin1Char('"');
    }
    return field;
}

bool save(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QCoreApplication::translate("MembershipExport", "Could not write %1: %2")
                     .arg(path, file.errorString());
        return false;
    }
    return true;
}

Format formatForPath(const QString &path)
{
    return path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? Format::Json : Format::Csv;
}

int editCount(const MembershipStore &store, const QList<int> &rows)
{
    int count = 0;
    for (int row : rows) {
        const ProviderRecord &record = store.provider(row);
        count += int(record.added.size() + record.removed.size());
    }
    return count;
}

QByteArray table(const MembershipStore &store, const QList<int> &rows, Format format, const NameOf &nameOf,
                 const QString &endpoint)
{
    if (format == Format::Json) {
        QJsonArray providers;
        for (int row : rows) {
            const ProviderRecord &record = store.provider(row);
            QJsonObject object{{QLatin1String("uuid"), record.uuid},
                               {QLatin1String("name"), record.name},
                               {QLatin1String("state"), stateName(record.state)}};
            if (record.generation >= 0)
                object.insert(QLatin1String("generation"), record.generation);
            if (!record.parentUuid.isEmpty())
                object.insert(QLatin1String("parent"), record.parentUuid);
            if (record.membershipKnown())
                object.insert(QLatin1String("aggregates"),
                              aggregatesJson(store.loadedAggregates(row), nameOf));
            if (record.hasPendingEdits())
                object.insert(
                    QLatin1String("pending"),
                    QJsonObject{
                        {QLatin1String("add"), aggregatesJson(store.addedAggregates(row), nameOf)},
                        {QLatin1String("remove"), aggregatesJson(store.removedAggregates(row), nameOf)}});
            providers.append(object);
        }
        QJsonObject root = header(kTableFormat, endpoint);
        root.insert(QLatin1String("providers"), providers);
        return QJsonDocument(root).toJson(QJsonDocument::Indented);
    }
    QString csv =
        csvLine({QStringLiteral("uuid"), QStringLiteral("name"), QStringLiteral("generation"),
                 QStringLiteral("state"), QStringLiteral("aggregates"), QStringLiteral("aggregate_names"),
                 QStringLiteral("pending_add"), QStringLiteral("pending_remove")});
    for (int row : rows) {
        const ProviderRecord &record = store.provider(row);
        const QStringList aggregates = record.membershipKnown() ? store.loadedAggregates(row) : QStringList();
        // Multi-valued cells: ";" between values (UUIDs never hold one; names are quoted if they do).
        csv += csvLine({record.uuid, record.name,
                        record.generation >= 0 ? QString::number(record.generation) : QString(),
                        stateName(record.state), aggregates.join(QLatin1Char(';')),
                        namesOf(aggregates, nameOf).join(QLatin1Char(';')),
                        store.addedAggregates(row).join(QLatin1Char(';')),
                        store.removedAggregates(row).join(QLatin1Char(';'))});
    }
    return csv.toUtf8();
}

QByteArray edits(const MembershipStore &store, const QList<int> &rows, Format format, const NameOf &nameOf,
                 const QString &endpoint)
{
    struct Edit
    {
        int row;
        QString action;
        QString aggregate;
    };
    QList<Edit> list;
    for (int row : rows) {
        for (const QString &aggregate : store.addedAggregates(row))
            list.append({row, QStringLiteral("add"), aggregate});
        for (const QString &aggregate : store.removedAggregates(row))
            list.append({row, QStringLiteral("remove"), aggregate});
    }
    if (format == Format::Json) {
        QJsonArray array;
        for (const Edit &edit : std::as_const(list)) {
            const ProviderRecord &record = store.provider(edit.row);
            QJsonObject object{{QLatin1String("provider"), record.uuid},
                               {QLatin1String("provider_name"), record.name},
                               {QLatin1String("action"), edit.action},
                               {QLatin1String("aggregate"), edit.aggregate}};
            const QString name = nameOf ? nameOf(edit.aggregate) : QString();
            if (!name.isEmpty())
                object.insert(QLatin1String("aggregate_name"), name);
            array.append(object);
        }
        QJsonObject root = header(kEditsFormat, endpoint);
        root.insert(QLatin1String("edits"), array);
        return QJsonDocument(root).toJson(QJsonDocument::Indented);
    }
    QString csv =
        csvLine({QStringLiteral("provider"), QStringLiteral("provider_name"), QStringLiteral("action"),
                 QStringLiteral("aggregate"), QStringLiteral("aggregate_name")});
    for (const Edit &edit : std::as_const(list)) {
        const ProviderRecord &record = store.provider(edit.row);
        csv += csvLine({record.uuid, record.name, edit.action, edit.aggregate,
                        nameOf ? nameOf(edit.aggregate) : QString()});
    }
    return csv.toUtf8();
}

} // namespace MembershipExport
