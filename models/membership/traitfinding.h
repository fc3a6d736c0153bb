#pragma once

#include <QString>
#include <QStringList>

// Members of an aggregate that lack a trait the aggregate's Nova metadata requires
// (trait:STORAGE_DISK_SSD=required). With Nova's isolated-aggregate filtering on, only instances
// that require the trait may land in such an aggregate, and Placement gives them only providers
// that have it: a member without it takes no instance at all.
struct TraitFinding
{
    QString aggregate;     // the exact Placement string
    QString aggregateName; // Nova's name
    QString trait;
    QStringList providers; // member providers without the trait
};
