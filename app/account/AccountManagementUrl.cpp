#include "account/AccountManagementUrl.h"

#include <QStringList>
#include <QUrl>

namespace gatehouse {

namespace {

// The name of a query pair as a server would read it: percent-decoded, '+' as space.
QString decodedName(const QString& pair)
{
    QString name = pair.section(u'=', 0, 0);
    name.replace(u'+', u' ');
    return QUrl::fromPercentEncoding(name.toUtf8());
}

} // namespace

QString AccountManagementUrl::encodeValue(const QString& value)
{
    // toPercentEncoding keeps exactly the unreserved set and writes uppercase hex.
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

QString AccountManagementUrl::build(const QString& base, const QString& action,
                                    const std::optional<QString>& deviceId)
{
    const qsizetype hash = base.indexOf(u'#');
    const QString fragment = hash < 0 ? QString() : base.mid(hash);
    const QString beforeFragment = hash < 0 ? base : base.left(hash);
    const qsizetype question = beforeFragment.indexOf(u'?');
    QString head = question < 0 ? beforeFragment : beforeFragment.left(question);
    const QString query = question < 0 ? QString() : beforeFragment.mid(question + 1);

    const qsizetype authorityStart = head.indexOf(u"://");
    if (authorityStart >= 0 && head.indexOf(u'/', authorityStart + 3) < 0)
        head += u'/';

    QStringList pairs;
    const QStringList existing = query.split(u'&');
    for (const QString& pair : existing) {
        if (pair.isEmpty())
            continue;
        const QString name = decodedName(pair);
        if (name == u"action" || name == u"device_id")
            continue;
        pairs.append(pair);
    }
    if (!action.isEmpty()) {
        pairs.append(u"action=" + encodeValue(action));
        if (deviceId)
            pairs.append(u"device_id=" + encodeValue(*deviceId));
    }
    return head + (pairs.isEmpty() ? QString() : u'?' + pairs.join(u'&')) + fragment;
}

} // namespace gatehouse
