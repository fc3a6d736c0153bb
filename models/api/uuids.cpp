#include "api/uuids.h"

#include <QCoreApplication>
#include <QUuid>

#include <algorithm>

namespace {

// Already lower-case, dashed, 36 characters: what Placement nearly always sends.
bool isCanonical(const QString &text)
{
    if (text.size() != 36)
        return false;
    for (qsizetype i = 0; i < 36; ++i) {
        const char16_t c = text.at(i).unicode();
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-')
                return false;
        } else if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'))) {
            return false;
        }
    }
    return true;
}

} // namespace

namespace Uuids {

QString canonical(const QString &text)
{
    // Fast path without allocations: the store canonicalises every aggregate of every loaded row.
    if (isCanonical(text))
        return text;
    QString compact = text.trimmed().toLower();
    if (compact.startsWith(QLatin1String("urn:uuid:")))
        compact.remove(0, 9);
    if (compact.startsWith(QLatin1Char('{')) && compact.endsWith(QLatin1Char('}')))
        compact = compact.mid(1, compact.size() - 2);
    compact.remove(QLatin1Char('-'));
    if (compact.size() != 32)
        return {};
    for (const QChar c : std::as_const(compact)) {
        const bool hex = (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                         (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
        if (!hex)
            return {};
    }
    return compact.left(8) + QLatin1Char('-') + compact.mid(8, 4) + QLatin1Char('-') + compact.mid(12, 4) +
           QLatin1Char('-') + compact.mid(16, 4) + QLatin1Char('-') + compact.mid(20);
}

bool isValid(const QString &text)
{
    return !canonical(text).isNull();
}

QString shortForm(const QString &canonicalUuid)
{
    return canonicalUuid.left(8);
}

QString generate()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString key(const QString &text)
{
    const QString canonicalForm = canonical(text);
    return canonicalForm.isNull() ? text.toLower() : canonicalForm;
}

QSet<QString> keys(const QStringList &texts)
{
    QSet<QString> set;
    set.reserve(texts.size());
    for (const QString &text : texts)
        set.insert(key(text));
    return set;
}

bool identityLess(const QString &a, const QString &b)
{
    const QString keyA = key(a);
    const QString keyB = key(b);
    return keyA != keyB ? keyA < keyB : a < b;
}

void sortByIdentity(QStringList *aggregates)
{
    std::sort(aggregates->begin(), aggregates->end(), identityLess);
}

QString display(const QString &text)
{
    const QString canonicalForm = canonical(text);
    return canonicalForm.isNull() ? text : canonicalForm;
}

QString label(const QString &exact)
{
    const QString shown = display(exact);
    if (shown == exact)
        return shown;
    return QCoreApplication::translate("Uuids", "%1 (stored as %2)").arg(shown, exact);
}

QString compact(const QString &text)
{
    QString result = text.trimmed().toLower();
    if (result.startsWith(QLatin1String("urn:uuid:")))
        result.remove(0, 9);
    result.remove(QLatin1Char('-'));
    result.remove(QLatin1Char('{'));
    result.remove(QLatin1Char('}'));
    return result;
}

} // namespace Uuids
