#include "matrix/UiaChallenge.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gatehouse {

std::optional<UiaChallenge> UiaChallenge::parse(const QByteArray& body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    if (!object.value(QLatin1String("flows")).isArray())
        return std::nullopt;
    UiaChallenge challenge;
    const QJsonArray flows = object.value(QLatin1String("flows")).toArray();
    for (const QJsonValue& flow : flows) {
        QStringList stages;
        const QJsonArray flowStages = flow.toObject().value(QLatin1String("stages")).toArray();
        for (const QJsonValue& stage : flowStages)
            stages.append(stage.toString());
        if (!stages.isEmpty())
            challenge.flows.append(stages);
    }
    const QJsonArray completed = object.value(QLatin1String("completed")).toArray();
    for (const QJsonValue& stage : completed)
        challenge.completed.append(stage.toString());
    challenge.session = object.value(QLatin1String("session")).toString();
    challenge.errcode = object.value(QLatin1String("errcode")).toString();
    challenge.error = object.value(QLatin1String("error")).toString().left(500);
    return challenge;
}

bool UiaChallenge::passwordOnly() const
{
    return nextStage() == u"m.login.password";
}

QString UiaChallenge::nextStage() const
{
    const auto remaining = [this](const QStringList& flow) {
        for (const QString& stage : flow) {
            if (!completed.contains(stage))
                return stage;
        }
        return QString();
    };
    for (const QStringList& flow : flows) {
        if (flow.size() == 1 && flow.first() == u"m.login.password")
            return remaining(flow);
    }
    return flows.isEmpty() ? QString() : remaining(flows.first());
}

} // namespace gatehouse
