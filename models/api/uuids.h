#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

// UUID spelling rules shared by the whole app. Placement accepts what oslo's is_uuid_like accepts
// (any case, with or without dashes, braces or a urn:uuid: prefix) and stores it verbatim; on
// SQLite/PostgreSQL two spellings of one UUID are two aggregates. So the exact string is an
// aggregate's identity for reading and writing, and the canonical lower-case dashed form is for
// display, search and matching other services (Nova).
namespace Uuids {

// The canonical form ("0b2d…-…"), or a null QString if text is not a UUID in any accepted spelling.
QString canonical(const QString &text);
bool isValid(const QString &text);
// The matching key of an aggregate string: its canonical form, or the text lower-cased when it is not
// a UUID. For grouping spellings, search and matching other services; never for identity.
QString key(const QString &text);
QSet<QString> keys(const QStringList &texts);
// Display and column order of exact strings: by key(), spellings of one UUID side by side, then by
// the exact string.
bool identityLess(const QString &a, const QString &b);
void sortByIdentity(QStringList *aggregates);
// The canonical form for display, or the text itself when it is not a UUID.
QString display(const QString &text);
// display(), plus "(stored as <exact>)" when the server's string is another spelling: how lists and
// dialogs name one exact aggregate string.
QString label(const QString &exact);
// Lower case without dashes, braces or urn:uuid: — what search compares, so "AAAA1111-0000" and
// "aaaa11110000" find the same aggregate or provider in every filter.
QString compact(const QString &text);
// First 8 hex digits, for narrow column headers.
QString shortForm(const QString &canonicalUuid);
// A new random (version 4) UUID in canonical form.
QString generate();

} // namespace Uuids
