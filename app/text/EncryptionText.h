#pragma once

#include "crypto/EncryptionState.h"

#include <QCoreApplication>
#include <QString>

namespace gatehouse {

// The words for a session's encryption state, the same in the window and on the command line. Neutral on
// purpose: "No encryption" is normal for bots and scripts, and only keys that do not check out are a
// warning.
class EncryptionText
{
    Q_DECLARE_TR_FUNCTIONS(EncryptionText)

public:
    static QString label(EncryptionState state);
    // One sentence on what the state means, for a tooltip or the details pane.
    static QString explanation(EncryptionState state);
    // What "signed by your identity" relies on.
    static QString reliance();
    static bool isWarning(EncryptionState state) { return state == EncryptionState::InvalidKeys; }
};

} // namespace gatehouse
