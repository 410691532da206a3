#include "crypto/EncryptionState.h"

namespace gatehouse {

const QList<EncryptionState>& EncryptionStateNames::all()
{
    static const QList<EncryptionState> states{EncryptionState::CrossSigned, EncryptionState::NotCrossSigned,
                                               EncryptionState::NoKeys, EncryptionState::InvalidKeys,
                                               EncryptionState::Unknown};
    return states;
}

QString EncryptionStateNames::name(EncryptionState state)
{
    switch (state) {
    case EncryptionState::CrossSigned:
        return QStringLiteral("cross_signed");
    case EncryptionState::NotCrossSigned:
        return QStringLiteral("not_cross_signed");
    case EncryptionState::NoKeys:
        return QStringLiteral("no_keys");
    case EncryptionState::InvalidKeys:
        return QStringLiteral("invalid_keys");
    case EncryptionState::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

std::optional<EncryptionState> EncryptionStateNames::fromName(const QString& name)
{
    for (const EncryptionState state : all()) {
        if (EncryptionStateNames::name(state) == name)
            return state;
    }
    return std::nullopt;
}

} // namespace gatehouse
