#pragma once

#include "membership/membershipexport.h"

#include <QByteArray>
#include <QList>
#include <QString>

class MembershipStore;
class SetMembershipCommand;

// A membership plan (issue 10): edits an operator prepared in a file — the pending-edits export's
// shape, CSV `provider,action,aggregate` (more columns are ignored) or JSON
// {"format": "placement-desk-edits", "edits": [{"provider", "action", "aggregate"}]} — checked
// against the loaded table before anything happens. Providers by UUID (any spelling) or exact name;
// aggregates by exact string, UUID in any spelling, Nova name or local label (the names the table
// shows, MembershipExport::NameOf). Every problem names its line.
namespace MembershipPlan {

struct Line
{
    int number = 0; // 1-based line of the file (JSON: the edit's position, 1-based)
    QString provider;
    QString action;
    QString aggregate;
};

struct Edit
{
    int line = 0;
    QString providerUuid;
    QString providerName;
    bool add = true;
    QString aggregate; // the exact string to send: the column's, or a new UUID's canonical form
    QString aggregateName;
};

struct Problem
{
    int line = 0; // 0: the file as a whole
    QString text;
};

struct Result
{
    QList<Edit> edits;       // changes to the table (an add of a member is not one)
    QList<Problem> problems; // nothing should be applied while there are any
    int unchanged = 0;       // lines the table already satisfies
};

// The file's lines; false with *problem for a file that is not a plan at all (then *lines is empty).
bool parse(const QByteArray &bytes, MembershipExport::Format format, QList<Line> *lines, Problem *problem);
// The lines against the table: what would change, and why a line cannot be used.
Result resolve(const QList<Line> &lines, const MembershipStore &store,
               const MembershipExport::NameOf &nameOf);
// "+ compute-1 (4e8e…) → az-north (6f1a…)" per edit, one per line.
QString diffText(const Result &result);
// The edits as one undo step of pending edits ("Import plan (N edits)"); nullptr when none changes
// anything on this store any more.
SetMembershipCommand *command(const Result &result, MembershipStore *store);

} // namespace MembershipPlan
