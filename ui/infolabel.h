#pragma once

#include <QLabel>

// A label that shows a changing value under a fixed accessible name ("Server version",
// "Providers", ...). Assistive tools find it by that name and read the value from its
// accessible description, which follows the text.
class InfoLabel : public QLabel
{
    Q_OBJECT

public:
    InfoLabel(const QString &accessibleName, const QString &objectName, QWidget *parent = nullptr);

    void setValueText(const QString &text);
};
