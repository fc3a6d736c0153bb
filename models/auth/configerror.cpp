#include "auth/configerror.h"

ConfigError::ConfigError(Kind kind, const QString &message, const QString &file, int line, int column)
    : m_kind(kind), m_message(message), m_file(file), m_line(line), m_column(column)
{
}
