<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountPage</name>
    <message>
        <source>This server has no account page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s account page does not offer “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session ID “%1” is not valid text, so no address can name it exactly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthMetadata</name>
    <message>
        <source>The server&apos;s account metadata is invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“issuer” is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“issuer” is not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“account_management_uri” is not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“account_management_actions_supported” is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthorizationCallback</name>
    <message>
        <source>The answer that came back from the browser does not belong to this sign-in (its state does not match), so it was ignored. Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was cancelled or refused in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server stopped the sign-in with the error “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser came back without an authorization code. Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientRegistration</name>
    <message>
        <source>%1 refused to register Gatehouse as an app (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused to register Gatehouse as an app (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 registered Gatehouse but did not send a client ID.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Gatehouse shows every session signed in to your Matrix account and opens your homeserver&apos;s account page for the actions it offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the sessions of the account and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --list: print JSON instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the account page for ACTION (profile, devices_list, device_view, device_delete, account_deactivate, cross_signing_reset, or account for the page itself).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session for device_view and device_delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --open: print the URL instead of opening it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to this homeserver (URL, server name or Matrix ID) with the access token in GATEHOUSE_ACCESS_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this saved account instead of the last one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log requests and decisions to stderr (tokens are never logged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a demo homeserver inside Gatehouse and sign in to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the demo homeserver only, print {&quot;base_url&quot;, &quot;access_token&quot;} and serve until stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo server: the port to listen on (default: any free).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo server: how many sessions (default 12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo server: delay every answer (milliseconds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo server: where auth metadata is served: stable, unstable, issuer or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROUTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo server: advertised actions: all, mas, none or a comma-separated list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit as soon as the session list is loaded and shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out sessions inactive for more than DAYS days, one at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --sign-out-inactive: only list what would be signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only one of --list, --open, --sign-out-inactive and --demo-server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--json only goes with --list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--print-url only goes with --open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dry-run only goes with --sign-out-inactive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--device only goes with --open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quit-when-loaded only goes with the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either --demo or --demo-server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo signs in to its own server; it does not go with --homeserver or --account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either --homeserver or --account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo-server does not sign in anywhere; drop --homeserver and --account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port, --devices, --latency, --metadata and --actions only go with --demo or --demo-server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--devices must be a number from 1 to 1000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--latency must be a number of milliseconds from 0 to 600000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sign-out-inactive needs a number of days of at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action “%1”. Use profile, devices_list, device_view, device_delete, account_deactivate, cross_signing_reset or account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--open %1 needs --device ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--open %1 does not take --device.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoOptions</name>
    <message>
        <source>--metadata must be stable, unstable, issuer or none, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--actions must be all, mas, none or a comma-separated list of action names.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Device</name>
    <message>
        <source>The list of sessions from the server is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer has no list of sessions (“devices” is missing or not a list).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>%1 The server said: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 gives conflicting lengths and was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 is larger than %2 MiB and was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1: the connection was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 could not be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before the answer was complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be trusted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected too many times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy could not reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected more than %2 times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tried to redirect from a secure https address to an insecure one (%2); the redirect was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A redirect from %1 to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is limiting requests and asks to wait %2 seconds; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still limiting requests after %2 retries; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandOffConfirmation</name>
    <message numerus="yes">
        <source>Sign out %n session(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sign out this session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate your account?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset your cross-signing identity?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open your account page?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Gatehouse will open your account page at %1 in your browser once for each of the %n session(s), one after the other.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Gatehouse will open your account page at %1 in your browser to sign out “%2” (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatehouse will open your account page at %1 in your browser. Your server offers no direct link for deactivation: look for “Deactivate account” or “Delete account” on that page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatehouse will open the deactivation page of your account at %1 in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatehouse will open your account page at %1 in your browser, where you can allow a reset of your cross-signing identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatehouse will open your account page at %1 in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm each sign-out on that page. Gatehouse opens the next session when the last one has gone from the list; you can pause, skip or stop at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is signed out until you confirm on that page. Gatehouse marks the session as waiting and updates the list when you come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivation signs out every session and cannot be undone. Nothing happens until you confirm on that page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a reset, your other sessions and contacts will have to verify you again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeserverAddress</name>
    <message>
        <source>Enter a Matrix ID such as @alice:example.org, or a server name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Matrix ID; it should look like @alice:example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid server name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has a port number above 65535.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LaunchAccount</name>
    <message>
        <source>The demo homeserver could not listen on port %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access token: put it in the environment variable %1 (tokens are never taken as arguments).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved account %1. Sign in with the Gatehouse window first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved account %1. Saved accounts: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in. Sign in with the Gatehouse window, use --homeserver URL with the access token in %1, or --demo to try Gatehouse with a demo server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>%1 Try “gatehouse --help”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixError</name>
    <message>
        <source>%1 did not accept the access token (it may have expired or been signed out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is limiting requests; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with an error (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with an error (HTTP %2, %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordSignIn</name>
    <message>
        <source>Gatehouse on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>Just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionListPrinter</name>
    <message>
        <source>SESSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEVICE ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST ACTIVITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 (%3)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth 2.0 account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classic sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n inactive for more than %1 days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenResponse</name>
    <message>
        <source>The token answer from %1 is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token answer from %1 has no access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token answer from %1 is not a bearer token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not accept this user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account on %1 has been deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in answer from %1 has no access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in answer from %1 does not name the account and session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenRevoker</name>
    <message>
        <source>Gatehouse forgot %1, but the server could not be told to end the session: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server does not list a revocation endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UrlSafety</name>
    <message>
        <source>%1 “%2” was refused: it is not a well-formed web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2” was refused: only https addresses are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2” was refused: it names no server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2” was refused: it contains a user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2” was refused: it uses unencrypted http to another computer; only https is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WellKnown</name>
    <message>
        <source>The server&apos;s discovery file could not be fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s discovery file could not be read (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s discovery file is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s discovery file does not name a homeserver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s discovery file names a homeserver that is not a valid address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Whoami</name>
    <message>
        <source>The server did not say which account the token belongs to (whoami has no user_id).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::AboutDialog</name>
    <message>
        <source>Gatehouse is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version. It comes with no warranty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Gatehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatehouse logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatehouse %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See every session signed in to your Matrix account, and end the ones you do not recognise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::AccountHeader</name>
    <message>
        <source>Open Account Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open account page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens your homeserver&apos;s account page in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens your profile on the account page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the list of sessions on the account page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Cross-Signing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the account page to allow resetting your cross-signing identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the account page where you can deactivate your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in method unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth 2.0 account (sessions are managed on the account page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classic sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo server %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens %1 in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::AccountSwitcher</name>
    <message>
        <source>Add Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign Out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to another account; the others stay signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends this account&apos;s Gatehouse session on the server and forgets the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this run only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 – kept in memory only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::Banner</name>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::CliRunner</name>
    <message>
        <source>No browser could be opened; copy the address above into one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo homeserver could not listen on port %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::DeviceCodeSignIn</name>
    <message>
        <source>The code expired before it was entered. Start again for a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering Gatehouse with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not give Gatehouse a sign-in code: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in code answer from %1 is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page for entering the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was refused on the other device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in with a code failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::DeviceListModel</name>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Inactive for %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No activity recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions: %1. Press Enter for the menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::DevicesClient</name>
    <message>
        <source>There is no access token to sign in with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::LoopbackRedirectListener</name>
    <message>
        <source>Signed in to Gatehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in not completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatehouse has received your sign-in. You can close this tab and go back to Gatehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in did not complete. You can close this tab; Gatehouse says what happened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::MainWindow</name>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatehouse ends its session on the server and forgets the account. Your other sessions stay signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name (at most %1 characters). Other people who share your devices can see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That password was not accepted. Enter the password of %1 again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To sign sessions out, enter the password of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm with Your Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm in Your Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your server asks for a confirmation on a web page, which opened in your browser. Finish it there, then press Continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your server asks for a confirmation on a web page. Open this address in a browser, finish it there, then press Continue:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign Out Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sign out %n session(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Anyone using them is signed out, and their encryption keys are lost unless they are backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, device ID or IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only sessions whose name, device ID or IP address contains this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Inactive for more than %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Show sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign Out Selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out selected sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs out every selected session except this one, one account page at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the list again from the server (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loads the session list again from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Account &amp;Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All &amp;Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;Cross-Signing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;Out of This Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View in Browser	Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;Out…	Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Device ID	Ctrl+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;IP Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss Waiting Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;Inactive Sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All Except This Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign Out &amp;Selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;All Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show A&amp;ctive Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Inactive Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Gatehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading your sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 for the sessions of this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – Gatehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account page could not be found, so no account actions are offered. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server uses classic sign-in and has no account page. Gatehouse signs sessions out itself: select one or several and press Delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server does not name an account page, so sessions can only be listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account actions are offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your server does not say which actions its account page supports. Use “Open Account Page” to manage sessions there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not refresh the list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load your sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n inactive</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server lists no sessions for this account. Refresh (F5) to ask again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session fits the chosen filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session&apos;s name, device ID or IP address contains “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View in Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;Out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Device ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened in your browser. The list updates when you come back to Gatehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the session Gatehouse is using; it cannot be signed out from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your server&apos;s account page does not offer this for sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies the next time Gatehouse starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sign Out %n Selected…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select Inactive Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select sessions inactive for more than this many days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n inactive session(s) selected.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your server&apos;s account page does not offer signing out sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session was signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped, still signed in (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done, still signed in (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-out finished: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatehouse no longer has the account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing out of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renaming…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session could not be renamed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Signing out %n session(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The sessions could not be signed out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) signed out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::MetadataService</name>
    <message>
        <source>Could not read the account metadata of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s account metadata is invalid: its auth_issuer answer has no issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::NativeSignOut</name>
    <message>
        <source>The server kept asking for more confirmation; nothing was signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asked for a confirmation Gatehouse does not know how to give.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was signed out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::OAuthSignIn</name>
    <message numerus="yes">
        <source>The browser did not come back within %n minute(s). Start the sign-in again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The registration endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device authorization endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s sign-in metadata does not list %1, so Gatehouse cannot sign in with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revocation endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatehouse could not register itself with %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The homeserver gave this sign-in the session “%1”, not the “%2” Gatehouse asked for, so it was not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering Gatehouse with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatehouse could not listen on 127.0.0.1 for the browser&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing the sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in could not be finished: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::OpenManuallyDialog</name>
    <message>
        <source>No Browser Could Be Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatehouse could not start a web browser. Copy this address into one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::SavedTokenSource</name>
    <message>
        <source>There is no keychain to read the sign-in from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatehouse has no saved sign-in for %1. Sign in again. (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved sign-in for %1 is unreadable. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were signed out of %1. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Gatehouse is renewing the sign-in of %1 and did not finish; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were signed out of %1: the server no longer accepts this sign-in. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in of %1 could not be renewed just now; try again later. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::SecretStore</name>
    <message>
        <source>The keychain holds no sign-in for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available (%1), so this sign-in is kept in memory only and ends when Gatehouse closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in could not be removed from the keychain (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ServerDiscovery</name>
    <message>
        <source>The homeserver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find the homeserver for %1. %2 Enter the homeserver address (https://…) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find the homeserver for %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The homeserver named by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Matrix homeserver answered at %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Matrix homeserver (its /versions answer is not valid), so %2 cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::SessionEditor</name>
    <message>
        <source>A session name can have at most %1 characters; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the name because it is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server signs sessions out on its account page, not from Gatehouse.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::SessionTable</name>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every session signed in to this account. Press Enter on a session for its actions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of Gatehouse. A change applies the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions not seen for more than this many days are marked inactive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark sessions &amp;inactive after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time Gatehouse starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::SignInPage</name>
    <message>
        <source>Sign-in message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish signing in on the page that opened in your browser. Gatehouse continues by itself once you are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address in a browser on this computer to sign in; Gatehouse continues by itself once you are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a device with a browser, go to
%1
and enter this code. Gatehouse continues by itself once you approve there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to your Matrix account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your Matrix ID or the name of your homeserver. Gatehouse finds out how that server signs people in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Matrix ID or server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@you:example.org or example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix ID or server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the Demo Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue in Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens your homeserver&apos;s sign-in page in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens your homeserver&apos;s page for creating an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In with a Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows a code to enter on another device; for when the browser cannot come back here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a code when this computer&apos;s browser cannot reach Gatehouse, for example over remote desktop or SSH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Another Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could be opened; copy the address instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address was copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in on another device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Page Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could be opened here; use another device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code was copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signs people in on its own web page. Gatehouse opens it in your browser, or shows a code to enter on another device. Your password never passes through Gatehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signs people in on its own web page. Gatehouse opens it in your browser; your password never passes through Gatehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses classic sign-in with a user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses OAuth 2.0 but does not offer what Gatehouse needs to sign in (registration of apps, and the browser or code sign-in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offers no way of signing in that Gatehouse supports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::SignOutInactiveCommand</name>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No session has been inactive for more than %n day(s).
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would sign out %n session(s):
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signing out %n session(s), one account page at a time:
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This server uses classic sign-in; sign sessions out from the window, where Gatehouse can ask for your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could be opened; open this address to confirm:
  %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  skipped, still signed in: %1  %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  not done, still signed in: %1  %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to skip the waiting session; type q and Enter to stop.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] waiting for you to confirm %2 (%3) in the browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted: %1. What is left is offered again next time.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::SignOutQueue</name>
    <message numerus="yes">
        <source>%1 of %n signed out</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::SignOutQueuePanel</name>
    <message>
        <source>Open Page Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing out sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-out progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the account page for the waiting session again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pauses after the session that is open now; Resume continues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaves the waiting session signed in and moves on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends the sign-out; the remaining sessions stay signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continues signing out the sessions left from last time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgets the sessions left from last time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) left from an earlier sign-out</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Gatehouse was closed before it finished. Continue to sign them out one by one, or discard the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing out sessions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused. “%1” still waits for your confirmation in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the sign-out of “%1” on the account page in your browser. Gatehouse moves on when the session has gone from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::StatusPage</name>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
