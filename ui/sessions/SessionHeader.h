#pragma once

#include <QHeaderView>

namespace gatehouse {

// The session table's column headers. Qt draws an upward arrow for a descending sort; here the arrow points
// the way the values run, as on Windows and macOS: down while the newest activity (the highest time) comes
// first, up for A to Z.
class SessionHeader : public QHeaderView
{
    Q_OBJECT

public:
    explicit SessionHeader(QWidget* parent = nullptr);

protected:
    void initStyleOptionForIndex(QStyleOptionHeader* option, int logicalIndex) const override;
};

} // namespace gatehouse
