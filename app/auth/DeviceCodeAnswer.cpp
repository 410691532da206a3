#include "auth/DeviceCodeAnswer.h"

#include "network/UrlSafety.h"
#include "text/UntrustedText.h"

namespace gatehouse {

std::optional<Error> DeviceCodeAnswer::check(const QString& userCode, const QString& verificationUri,
                                             const QString& verificationUriComplete)
{
    const bool printable = std::all_of(userCode.cbegin(), userCode.cend(),
                                       [](QChar c) { return c.unicode() >= 0x20 && c.unicode() <= 0x7e; });
    if (userCode.trimmed().isEmpty() || userCode.size() > MaxUserCodeLength || !printable)
        return Error::make(Error::Kind::InvalidResponse,
                           tr("The server's sign-in code “%1” is not a plain code of at most %2 letters, "
                              "digits and signs, so it was not shown.")
                               .arg(UntrustedText::forMessage(userCode.left(MaxUserCodeLength)))
                               .arg(MaxUserCodeLength));
    const UrlSafety::Verdict verdict = UrlSafety::check(verificationUri);
    if (verdict != UrlSafety::Verdict::Safe)
        return Error::make(
            Error::Kind::UnsafeUrl,
            UrlSafety::explain(verdict, tr("The page for entering the code"), verificationUri));
    if (!verificationUriComplete.isEmpty()) {
        const UrlSafety::Verdict complete = UrlSafety::check(verificationUriComplete);
        if (complete != UrlSafety::Verdict::Safe)
            return Error::make(
                Error::Kind::UnsafeUrl,
                UrlSafety::explain(complete, tr("The page for entering the code"), verificationUriComplete));
    }
    return std::nullopt;
}

} // namespace gatehouse
