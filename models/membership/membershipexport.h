#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

class MembershipStore;

// The table or the pending edits as a file for an operator's spreadsheet (CSV) or a script (JSON):
// aggregates by exact string — the identity Placement stores — and by name where one is known
// (Nova's, else the operator's label). Rows are given by the caller in the order to write them:
// the window passes the rows its filter shows, in the view's order.
//
// CSV follows RFC 4180 (quoted when needed, CRLF line ends, UTF-8); a cell that a spreadsheet would
// run as a formula (starting with =, +, -, @, tab or carriage return) gets a leading apostrophe:
// provider names come from the server and are not trusted.
namespace MembershipExport {

enum class Format {
    Csv,
    Json,
};

using NameOf = std::function<QString(const QString &aggregate)>;

// One row per provider: uuid, name, generation, state (loaded, cached, failed, deleted, listed,
// canceled), its aggregates on the server as last read, and the pending additions and removals.
QByteArray table(const MembershipStore &store, const QList<int> &rows, Format format, const NameOf &nameOf,
                 const QString &endpoint);
// One row per pending edit: provider uuid and name, add or remove, aggregate and its name.
QByteArray edits(const MembershipStore &store, const QList<int> &rows, Format format, const NameOf &nameOf,
                 const QString &endpoint);
// Number of pending edits in `rows` (what edits() writes).
int editCount(const MembershipStore &store, const QList<int> &rows);

// Writes `bytes` to `path` atomically (QSaveFile); *error says why not.
bool save(const QString &path, const QByteArray &bytes, QString *error);
// From the file name: .json is JSON, .csv (and anything else) CSV.
Format formatForPath(const QString &path);
// One CSV field, quoted when needed, a formula start neutralized.
QString csvField(const QString &text);

} // namespace MembershipExport
