#pragma once

#include <QString>

namespace gatehouse {

// What the process does before anything else runs (docs/threat-model.md, "The browser inherits the
// token" and "Secrets in memory dumps"): GATEHOUSE_ACCESS_TOKEN is read once and removed from the
// environment, so no child (xdg-open, the browser, whatever the browser starts) inherits it; core dumps
// are switched off, so a crash leaves no token on disk.
class ProcessHardening
{
public:
    static constexpr const char* TokenVariable = "GATEHOUSE_ACCESS_TOKEN";

    // Called first thing in main().
    static void apply();

    // The token GATEHOUSE_ACCESS_TOKEN held (trimmed), empty when none. Reading it (again) removes the
    // variable from the environment; a value set later (tests do) replaces the one kept.
    static QString environmentToken();

    // Removes every Gatehouse secret from this process's environment: called again right before a child
    // process (the URL opener) starts.
    static void scrubEnvironment();

    // False when core dumps could not be switched off (or the system has none to switch off).
    static bool coreDumpsDisabled();
};

} // namespace gatehouse
