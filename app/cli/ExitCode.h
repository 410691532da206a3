#pragma once

namespace gatehouse {

// The command line's exit codes (issue "Gatehouse core"); scripts depend on them.
enum ExitCode : int
{
    ExitOk = 0,
    ExitUsage = 2,         // unknown option or action, --device missing or not allowed
    ExitNotAdvertised = 3, // the action is not advertised, or there is no account page
    ExitServerError = 4,   // network or server error, invalid metadata, failed discovery, 429 after back-off
    ExitNotSignedIn = 5,   // no token, or the token was rejected
    ExitUnsafeUrl = 6,     // an unsafe homeserver or account page was refused (checked before 3)
    ExitNoBrowser = 7,     // no browser could be opened; the URL is printed on stdout
    ExitHistory = 8,       // --export: the history cannot be opened, or the file cannot be written
};

} // namespace gatehouse
