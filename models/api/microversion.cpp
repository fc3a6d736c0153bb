#include "api/microversion.h"

#include <QRegularExpression>

Microversion::Microversion(int major, int minor) : m_major(major), m_minor(minor) {}

Microversion Microversion::parse(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(?:placement\\s+)?(\\d{1,4})\\.(\\d{1,4})\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    return Microversion(match.captured(1).toInt(), match.captured(2).toInt());
}

Microversion Microversion::negotiate(const Microversion &serverMin, const Microversion &serverMax,
                                     const Microversion &clientMin, const Microversion &clientMax)
{
    if (!serverMin.isValid() || !serverMax.isValid() || !clientMin.isValid() || !clientMax.isValid())
        return {};
    const Microversion high = serverMax < clientMax ? serverMax : clientMax;
    const Microversion low = serverMin > clientMin ? serverMin : clientMin;
    if (high < low)
        return {};
    return high;
}

Microversion Microversion::clientMinimum()
{
    return {1, 1};
}
Microversion Microversion::clientMaximum()
{
    return {1, 39};
}
Microversion Microversion::memberOf()
{
    return {1, 3};
}
Microversion Microversion::providerTraits()
{
    return {1, 6};
}
Microversion Microversion::providerTrees()
{
    return {1, 14};
}
Microversion Microversion::aggregateGenerations()
{
    return {1, 19};
}
Microversion Microversion::forbiddenTraits()
{
    return {1, 22};
}

Microversion Microversion::errorCodes()
{
    return {1, 23};
}

QString Microversion::toString() const
{
    if (!isValid())
        return {};
    return QString::number(m_major) + QLatin1Char('.') + QString::number(m_minor);
}
