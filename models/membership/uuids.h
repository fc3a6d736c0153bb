#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

// UUID spelling rules shared by the whole app. Placement accepts what oslo's is_uuid_like accepts
// (any case, with or without dashes, braces or a urn:uuid: prefix) and stores it verbatim, so we
// compare canonical forms and display the canonical lower-case dashed form.
namespace Uuids {

// The canonical form ("0b2d…-…"), or a null QString if text is not a UUID in any accepted spelling.
QString canonical(const QString &text);
bool isValid(const QString &text);
// The comparison key of an aggregate string: its canonical form, or the text lower-cased when it is not
// a UUID. The one key function of the app (merge, conflict preview, pending list, picker).
QString key(const QString &text);
QSet<QString> keys(const QStringList &texts);
// The canonical form for display, or the text itself when it is not a UUID.
QString display(const QString &text);
// Lower case without dashes, braces or urn:uuid: — what search compares, so "AAAA1111-0000" and
// "aaaa11110000" find the same aggregate or provider in every filter.
QString compact(const QString &text);
// First 8 hex digits, for narrow column headers.
QString shortForm(const QString &canonicalUuid);
// A new random (version 4) UUID in canonical form.
QString generate();

} // namespace Uuids
