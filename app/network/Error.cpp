#include "network/Error.h"

namespace gatehouse {

QString Error::fullText() const
{
    if (serverText.isEmpty() || message.contains(serverText))
        return message;
    return tr("%1 The server said: %2").arg(message, serverText);
}

} // namespace gatehouse
