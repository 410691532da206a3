#pragma once

#include <QIcon>
#include <QString>

namespace gatehouse {

// A one-colour SVG glyph (refresh, external link) drawn in the application palette's button text colour:
// highlighted text when selected, the disabled colour when disabled. Worked out each time it is drawn, so
// the glyph stays visible in light, dark and high-contrast palettes and after a palette change, and is
// rendered from the SVG at the screen's pixel density.
class GlyphIcon
{
public:
    static QIcon fromSvg(const QString& path);
    // The colour the glyph is drawn in for this mode, from the application palette.
    static QColor colour(QIcon::Mode mode);
};

} // namespace gatehouse
