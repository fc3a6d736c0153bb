#include "membership/historyentry.h"

namespace {

QStringList minus(const QStringList &a, const QStringList &b)
{
    QStringList result;
    for (const QString &item : a) {
        if (!b.contains(item))
            result.append(item);
    }
    return result;
}

struct HowName
{
    HistoryEntry::How how;
    const char *key;
};

constexpr HowName kHowNames[] = {
    {HistoryEntry::How::Applied, "applied"},
    {HistoryEntry::How::Resent, "resent"},
    {HistoryEntry::How::Merged, "merged"},
    {HistoryEntry::How::Overwritten, "overwritten"},
    {HistoryEntry::How::AlreadyApplied, "already-applied"},
};

} // namespace

QStringList HistoryEntry::added() const
{
    return minus(after, before);
}

QStringList HistoryEntry::removed() const
{
    return minus(before, after);
}

QString HistoryEntry::howKey(How how)
{
    for (const HowName &name : kHowNames) {
        if (name.how == how)
            return QString::fromLatin1(name.key);
    }
    return QStringLiteral("applied");
}

bool HistoryEntry::howFromKey(const QString &key, How *how)
{
    for (const HowName &name : kHowNames) {
        if (key == QLatin1String(name.key)) {
            *how = name.how;
            return true;
        }
    }
    return false;
}
