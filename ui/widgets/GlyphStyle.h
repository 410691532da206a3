#pragma once

#include <QProxyStyle>

namespace gatehouse {

// The application's own style, with Gatehouse's glyphs (widgets/GlyphIcon) for the two standard icons every
// window builds at start: the filter box's clear button and the menu bar's overflow button. The style's
// own icons for them are PNG files, and reading the first of those scans and loads every image-format
// plugin, a few milliseconds of each start before the first paint (README, "Performance").
class GlyphStyle : public QProxyStyle
{
    Q_OBJECT

public:
    // Takes the place of the application's style (the platform's, or the one QT_STYLE_OVERRIDE names),
    // which it draws everything else with.
    static void install();

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption* option = nullptr,
                       const QWidget* widget = nullptr) const override;

private:
    explicit GlyphStyle(QStyle* base);
};

} // namespace gatehouse
