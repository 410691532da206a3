#include "auth/RandomString.h"

#include <QRandomGenerator>

namespace gatehouse {

namespace {

constexpr char Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
constexpr int AlphabetSize = int(sizeof(Alphabet)) - 1;

} // namespace

QString RandomString::unreserved(int length)
{
    QString text;
    text.reserve(length);
    // QRandomGenerator::system() reads the operating system's secure source.
    QRandomGenerator* random = QRandomGenerator::system();
    for (int i = 0; i < length; ++i)
        text += QChar::fromLatin1(Alphabet[random->bounded(AlphabetSize)]);
    return text;
}

bool RandomString::isUnreserved(const QString& text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') ||
                        u == u'-' || u == u'.' || u == u'_' || u == u'~';
        if (!ok)
            return false;
    }
    return !text.isEmpty();
}

} // namespace gatehouse
