#pragma once

#include <QString>

// UUID spelling rules shared by the whole app. Placement accepts what oslo's is_uuid_like accepts
// (any case, with or without dashes, braces or a urn:uuid: prefix) and stores it verbatim, so we
// compare canonical forms and display the canonical lower-case dashed form.
namespace Uuids {

// The canonical form ("0b2d…-…"), or a null QString if text is not a UUID in any accepted spelling.
QString canonical(const QString &text);
bool isValid(const QString &text);
// First 8 hex digits, for narrow column headers.
QString shortForm(const QString &canonicalUuid);
// A new random (version 4) UUID in canonical form.
QString generate();

} // namespace Uuids
