#pragma once

#include <QIcon>
#include <QString>

namespace gatehouse {

// An icon drawn from one of Gatehouse's SVG files by Qt SVG itself, at the size and pixel density asked
// for. Not through QIcon(path): that looks up the SVG icon-engine plugin, and the first icon read from a
// file scans and loads every image-format plugin, a few milliseconds of each start before the first paint
// (README, "Performance").
class SvgIcon
{
public:
    static QIcon fromFile(const QString& path);
};

} // namespace gatehouse
