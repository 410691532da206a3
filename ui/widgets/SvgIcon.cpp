#include "widgets/SvgIcon.h"

#include "widgets/PixmapIconEngine.h"

#include <QApplication>
#include <QPainter>
#include <QPixmapCache>
#include <QStyle>
#include <QStyleOption>
#include <QSvgRenderer>

#include <memory>

namespace gatehouse {

namespace {

class SvgIconEngine : public PixmapIconEngine
{
public:
    explicit SvgIconEngine(const QString& path)
        : m_path(path)
    {}

    // `size` is in device pixels (QIcon::pixmap() multiplies by the pixel ratio before asking).
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        const QSize drawnSize = actualSize(size, mode, state);
        if (drawnSize.isEmpty())
            return QPixmap();
        // A disabled or selected look comes from the palette: a new palette draws it again.
        const qint64 palette = mode == QIcon::Normal ? 0 : QGuiApplication::palette().cacheKey();
        const QString key = QStringLiteral("gatehouse-svg|%1|%2x%3|%4|%5")
                                .arg(m_path)
                                .arg(drawnSize.width())
                                .arg(drawnSize.height())
                                .arg(int(mode))
                                .arg(palette);
        QPixmap drawn;
        if (QPixmapCache::find(key, &drawn))
            return drawn;
        drawn = QPixmap(drawnSize);
        drawn.fill(Qt::transparent);
        {
            QPainter painter(&drawn);
            renderer()->render(&painter, QRectF(QPointF(0, 0), drawnSize));
        }
        if (mode != QIcon::Normal && qobject_cast<QApplication*>(QCoreApplication::instance())) {
            // The style's own look for a disabled or selected icon, as for any other icon.
            QStyleOption option;
            option.palette = QGuiApplication::palette();
            drawn = QApplication::style()->generatedIconPixmap(mode, drawn, &option);
        }
        QPixmapCache::insert(key, drawn);
        return drawn;
    }

    // The SVG's own proportions, as large as fits in `size`.
    QSize actualSize(const QSize& size, QIcon::Mode, QIcon::State) override
    {
        const QSize natural = renderer()->defaultSize();
        if (natural.isEmpty())
            return QSize();
        return natural.scaled(size, Qt::KeepAspectRatio);
    }

    QIconEngine* clone() const override { return new SvgIconEngine(m_path); }
    QString key() const override { return QStringLiteral("gatehouse-svg"); }
    bool isNull() override { return !renderer()->isValid(); }

private:
    // Read once, when first drawn or measured: building a window with icons costs no SVG parsing yet.
    QSvgRenderer* renderer()
    {
        if (!m_renderer)
            m_renderer = std::make_unique<QSvgRenderer>(m_path);
        return m_renderer.get();
    }

    QString m_path;
    std::unique_ptr<QSvgRenderer> m_renderer;
};

} // namespace

QIcon SvgIcon::fromFile(const QString& path)
{
    return QIcon(new SvgIconEngine(path));
}

} // namespace gatehouse
