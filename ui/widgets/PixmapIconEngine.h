#pragma once

#include <QIconEngine>
#include <QPainter>
#include <QPixmap>

namespace gatehouse {

// An icon engine that draws by asking itself for a pixmap at the painter's pixel density (SvgIcon,
// GlyphIcon): subclasses give pixmap(), with `size` in device pixels, as QIcon::pixmap() asks for it.
class PixmapIconEngine : public QIconEngine
{
public:
    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) final
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap drawn = pixmap(rect.size() * ratio, mode, state);
        drawn.setDevicePixelRatio(ratio);
        painter->drawPixmap(rect, drawn);
    }
};

} // namespace gatehouse
