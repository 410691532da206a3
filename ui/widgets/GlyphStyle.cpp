#include "widgets/GlyphStyle.h"

#include "widgets/GlyphIcon.h"

#include <QApplication>
#include <QStyleFactory>

namespace gatehouse {

GlyphStyle::GlyphStyle(QStyle* base)
    : QProxyStyle(base)
{}

void GlyphStyle::install()
{
    // A fresh instance of the style in use: QApplication::setStyle() deletes the one it replaces.
    QApplication::setStyle(new GlyphStyle(QStyleFactory::create(QApplication::style()->name())));
}

QIcon GlyphStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption* option,
                               const QWidget* widget) const
{
    switch (standardIcon) {
    case SP_LineEditClearButton:
        return GlyphIcon::fromSvg(QStringLiteral(":/gatehouse/icons/clear.svg"));
    case SP_ToolBarHorizontalExtensionButton:
        return GlyphIcon::fromSvg(QStringLiteral(":/gatehouse/icons/more.svg"));
    default:
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    }
}

} // namespace gatehouse
