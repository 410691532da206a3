#include "widgets/GlyphIcon.h"

#include "widgets/PixmapIconEngine.h"
#include "widgets/SvgIcon.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPalette>

namespace gatehouse {

namespace {

class GlyphIconEngine : public PixmapIconEngine
{
public:
    explicit GlyphIconEngine(const QString& path)
        : m_path(path)
        , m_source(SvgIcon::fromFile(path))
    {}

    // `size` is in device pixels (QIcon::pixmap() multiplies by the pixel ratio before asking).
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap glyph = m_source.pixmap(size, 1.0, QIcon::Normal, state);
        if (glyph.isNull())
            return glyph;
        QPainter painter(&glyph);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(glyph.rect(), GlyphIcon::colour(mode));
        return glyph;
    }

    QSize actualSize(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return m_source.actualSize(size, mode, state);
    }

    QIconEngine* clone() const override { return new GlyphIconEngine(m_path); }
    QString key() const override { return QStringLiteral("gatehouse-glyph"); }
    bool isNull() override { return m_source.isNull(); }

private:
    QString m_path;
    QIcon m_source;
};

} // namespace

QIcon GlyphIcon::fromSvg(const QString& path)
{
    return QIcon(new GlyphIconEngine(path));
}

QColor GlyphIcon::colour(QIcon::Mode mode)
{
    const QPalette palette = QGuiApplication::palette();
    switch (mode) {
    case QIcon::Disabled:
        return palette.color(QPalette::Disabled, QPalette::ButtonText);
    case QIcon::Selected:
        return palette.color(QPalette::Active, QPalette::HighlightedText);
    default:
        return palette.color(QPalette::Active, QPalette::ButtonText);
    }
}

} // namespace gatehouse
