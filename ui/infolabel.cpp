#include "ui/infolabel.h"

InfoLabel::InfoLabel(const QString &accessibleName, const QString &objectName, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(objectName);
    setAccessibleName(accessibleName);
    setTextFormat(Qt::PlainText);
    // A thin rule between neighbouring status fields; padding keeps the values apart.
    setStyleSheet(QStringLiteral("InfoLabel { border-left: 1px solid palette(mid); padding: 0px 8px; }"));
}

void InfoLabel::setValueText(const QString &text)
{
    setText(text);
    setAccessibleDescription(text);
}
