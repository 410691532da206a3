#include "RecordingUrlOpener.h"

namespace gatehouse::test {

bool RecordingUrlOpener::open(const QString& url)
{
    opened.append(url);
    return succeed;
}

} // namespace gatehouse::test
