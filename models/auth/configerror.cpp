#include "auth/configerror.h"

ConfigError::ConfigError(Kind kind, const QString &message, const QString &file, int line, int column)
    : m_kind(kind), m_message(message), m_file(file), m_line(line), m_column(column)
{
}

QString ConfigError::text() const
{
    QString where = m_file;
    // Most messages name their file (and line) themselves; never say it twice.
    if (where.isEmpty() || m_message.contains(where))
        return m_message;
    if (m_line > 0)
        where += QLatin1Char(':') + QString::number(m_line);
    return QCoreApplication::translate("ConfigError", "%1: %2").arg(where, m_message);
}
