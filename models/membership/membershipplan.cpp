#include "membership/membershipplan.h"

#include "api/uuids.h"
#include "membership/membershipstore.h"
#include "membership/setmembershipcommand.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace MembershipPlan {

namespace {

// RFC 4180 fields of one record starting at *pos; *pos moves past the record's line end. Quoted
// fields may hold commas, quotes ("") and line breaks (*lineNumber counts them).
QStringList readRecord(const QString &text, qsizetype *pos, int *lineNumber, bool *ok)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    *ok = true;
    while (*pos < text.size()) {
        const QChar c = text.at(*pos);
        ++*pos;
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (*pos < text.size() && text.at(*pos) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++*pos;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++*lineNumber;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            fields << field;
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\n')) {
            fields << field;
            return fields;
        } else if (c == QLatin1Char('\r')) {
            // CRLF: the \n ends the record
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        *ok = false; // a quote opened and never closed
    fields << field;
    return fields;
}

// A cell the export defused (a leading apostrophe before = + - @): the text it stands for.
QString undefused(const QString &cell)
{
    if (cell.size() > 1 && cell.front() == QLatin1Char('\'')) {
        const QChar next = cell.at(1);
        if (next == QLatin1Char('=') || next == QLatin1Char('+') || next == QLatin1Char('-') ||
            next == QLatin1Char('@'))
            return cell.mid(1);
    }
    return cell;
}

} // namespace

bool parse(const QByteArray &bytes, MembershipExport::Format format, QList<Line> *lines, Problem *problem)
{
    lines->clear();
    constexpr qsizetype MaxBytes = qsizetype(32) << 20;
    constexpr int MaxLines = 1000000;
    if (bytes.size() > MaxBytes) {
        *problem = {0, QCoreApplication::translate("MembershipPlan", "The plan is larger than 32 MiB.")};
        return false;
    }
    QList<Line> parsed;
    if (format == MembershipExport::Format::Json) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            *problem = {0, QCoreApplication::translate("MembershipPlan", "Not a JSON plan: %1.")
                               .arg(error.error != QJsonParseError::NoError
                                        ? error.errorString()
                                        : QCoreApplication::translate("MembershipPlan", "not an object"))};
            return false;
        }
        const QJsonValue edits = document.object().value(QLatin1String("edits"));
        if (!edits.isArray()) {
            *problem = {0, QCoreApplication::translate("MembershipPlan", "Not a plan: no \"edits\" list.")};
            return false;
        }
        const QJsonArray array = edits.toArray();
        if (array.size() > MaxLines) {
            *problem = {
                0, QCoreApplication::translate("MembershipPlan", "The plan has more than a million edits.")};
            return false;
        }
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonObject edit = array.at(i).toObject();
            Line line;
            line.number = int(i + 1);
            line.provider = edit.value(QLatin1String("provider")).toString().trimmed();
            line.action = edit.value(QLatin1String("action")).toString().trimmed();
            line.aggregate = edit.value(QLatin1String("aggregate")).toString().trimmed();
            parsed << line;
        }
        *lines = parsed;
        return true;
    }
    const QString text = QString::fromUtf8(bytes);
    qsizetype pos = 0;
    int lineNumber = 1;
    bool ok = true;
    const QStringList header = readRecord(text, &pos, &lineNumber, &ok);
    QStringList names;
    for (const QString &name : header)
        names << name.trimmed().toLower();
    const int providerColumn = int(names.indexOf(QLatin1String("provider")));
    const int actionColumn = int(names.indexOf(QLatin1String("action")));
    const int aggregateColumn = int(names.indexOf(QLatin1String("aggregate")));
    if (!ok || providerColumn < 0 || actionColumn < 0 || aggregateColumn < 0) {
        *problem = {1,
                    QCoreApplication::translate(
                        "MembershipPlan",
                        "Not a plan: the first line must name the columns provider, action and aggregate.")};
        return false;
    }
    while (pos < text.size()) {
        ++lineNumber;
        const int start = lineNumber;
        const QStringList fields = readRecord(text, &pos, &lineNumber, &ok);
        if (!ok) {
            *problem = {start,
                        QCoreApplication::translate("MembershipPlan", "A quoted field is not closed.")};
            return false;
        }
        if (fields.size() == 1 && fields.first().trimmed().isEmpty())
            continue; // an empty line
        if (parsed.size() >= MaxLines) {
            *problem = {start, QCoreApplication::translate("MembershipPlan",
                                                           "The plan has more than a million edits.")};
            return false;
        }
        Line line;
        line.number = start;
        line.provider = undefused(fields.value(providerColumn).trimmed());
        line.action = fields.value(actionColumn).trimmed();
        line.aggregate = undefused(fields.value(aggregateColumn).trimmed());
        parsed << line;
    }
    *lines = parsed;
    return true;
}

Result resolve(const QList<Line> &lines, const MembershipStore &store, const MembershipExport::NameOf &nameOf)
{
    Result result;
    // Names as the table shows them: exact provider names, and aggregate names (Nova's, labels).
    QHash<QString, QList<int>> rowsByName;
    for (int row = 0; row < store.providerCount(); ++row)
        rowsByName[store.provider(row).name].append(row);
    QHash<QString, QList<int>> columnsByName;
    if (nameOf) {
        for (int column = 0; column < store.aggregateCount(); ++column) {
            const QString name = nameOf(store.aggregateUuid(column));
            if (!name.isEmpty())
                columnsByName[name].append(column);
        }
    }
    QSet<QString> seen; // provider uuid + exact aggregate: one edit each
    for (const Line &line : lines) {
        const auto problem = [&](const QString &text) { result.problems.append({line.number, text}); };
        const QString action = line.action.toLower();
        if (action != QLatin1String("add") && action != QLatin1String("remove")) {
            problem(
                QCoreApplication::translate("MembershipPlan", "The action must be add or remove, not “%1”.")
                    .arg(line.action.left(40)));
            continue;
        }
        // The provider: its UUID in any spelling, else its exact name (which must be unique).
        int row = Uuids::isValid(line.provider) ? store.rowOf(Uuids::canonical(line.provider)) : -1;
        if (row < 0) {
            const QList<int> named = rowsByName.value(line.provider);
            if (named.size() > 1) {
                problem(QCoreApplication::translate("MembershipPlan", "%1 names %2 providers; use the UUID.")
                            .arg(line.provider.left(80))
                            .arg(named.size()));
                continue;
            }
            row = named.isEmpty() ? -1 : named.first();
        }
        if (row < 0) {
            problem(QCoreApplication::translate("MembershipPlan", "No provider %1 in the table.")
                        .arg(line.provider.left(80)));
            continue;
        }
        const ProviderRecord &record = store.provider(row);
        if (!store.isEditable(row)) {
            problem(QCoreApplication::translate(
                        "MembershipPlan",
                        "Provider %1 is not loaded (or is being submitted): it cannot be checked.")
                        .arg(record.name));
            continue;
        }
        // The aggregate: the exact string, else the UUID in another spelling (adds only: Placement
        // keeps each spelling as its own aggregate, so a removal must name the exact string it
        // removes), else a name the table shows.
        const bool add = action == QLatin1String("add");
        int column = store.columnOf(line.aggregate);
        if (column < 0 && Uuids::isValid(line.aggregate)) {
            const int other = store.columnForInput(line.aggregate);
            if (other >= 0) {
                const QStringList spellings =
                    QStringList{store.aggregateUuid(other)} + store.otherSpellings(other);
                if (!add) {
                    problem(QCoreApplication::translate(
                                "MembershipPlan",
                                "%1 is not stored in this spelling; the table has it as %2. Placement keeps "
                                "each spelling as its own aggregate: a removal names the exact string.")
                                .arg(line.aggregate.left(80), spellings.join(QLatin1String(", "))));
                    continue;
                }
                if (spellings.size() > 1) {
                    problem(
                        QCoreApplication::translate(
                            "MembershipPlan", "%1 is stored in several spellings (%2); name the exact one.")
                            .arg(line.aggregate.left(80), spellings.join(QLatin1String(", "))));
                    continue;
                }
                column = other; // an add to that column sends the column's spelling
            }
        }
        QString aggregate;
        if (column < 0 && !Uuids::isValid(line.aggregate)) {
            const QList<int> named = columnsByName.value(line.aggregate);
            if (named.size() > 1) {
                problem(QCoreApplication::translate("MembershipPlan", "%1 names %2 aggregates; use the UUID.")
                            .arg(line.aggregate.left(80))
                            .arg(named.size()));
                continue;
            }
            if (named.isEmpty()) {
                problem(QCoreApplication::translate(
                            "MembershipPlan", "%1 is neither an aggregate UUID nor a name the table knows.")
                            .arg(line.aggregate.left(80)));
                continue;
            }
            column = named.first();
        }
        aggregate = column >= 0 ? store.aggregateUuid(column) : Uuids::canonical(line.aggregate);
        const QString key = record.uuid + QLatin1Char(' ') + aggregate;
        if (seen.contains(key)) {
            problem(QCoreApplication::translate("MembershipPlan", "Provider %1 and aggregate %2 come twice.")
                        .arg(record.name, Uuids::display(aggregate)));
            continue;
        }
        seen.insert(key);
        const bool member = column >= 0 && store.wantsMember(row, column);
        if (!add && !member) {
            problem(QCoreApplication::translate("MembershipPlan",
                                                "Provider %1 is not in aggregate %2: nothing to remove.")
                        .arg(record.name, Uuids::display(aggregate)));
            continue;
        }
        if (add == member) { // an add of a member
            ++result.unchanged;
            continue;
        }
        Edit edit;
        edit.line = line.number;
        edit.providerUuid = record.uuid;
        edit.providerName = record.name;
        edit.add = add;
        edit.aggregate = aggregate;
        edit.aggregateName = nameOf ? nameOf(aggregate) : QString();
        result.edits << edit;
    }
    return result;
}

QString diffText(const Result &result)
{
    QString text;
    for (const Edit &edit : result.edits) {
        const QString aggregate =
            edit.aggregateName.isEmpty()
                ? Uuids::label(edit.aggregate)
                : QStringLiteral("%1 (%2)").arg(edit.aggregateName, Uuids::label(edit.aggregate));
        text += QStringLiteral("%1 %2 (%3) %4 %5\n")
                    .arg(edit.add ? QLatin1Char('+') : QLatin1Char('-'))
                    .arg(edit.providerName, edit.providerUuid,
                         edit.add ? QStringLiteral("→") : QStringLiteral("←"), aggregate);
    }
    return text;
}

SetMembershipCommand *command(const Result &result, MembershipStore *store)
{
    QList<WantedMembership> wanted;
    for (const Edit &edit : result.edits)
        wanted.append({edit.providerUuid, edit.aggregate, edit.add});
    const QList<MembershipCellChange> changes = SetMembershipCommand::changesTo(*store, wanted);
    if (changes.isEmpty())
        return nullptr;
    return new SetMembershipCommand(store, changes,
                                    QCoreApplication::translate("MembershipPlan", "Import plan (%n edit(s))",
                                                                nullptr, int(changes.size())));
}

} // namespace MembershipPlan
