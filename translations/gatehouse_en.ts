<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DialogPrompts</name>
    <message numerus="yes">
        <source>Sign out %n session(s)?</source>
        <translation>
            <numerusform>Sign out %n session?</numerusform>
            <numerusform>Sign out %n sessions?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandOffConfirmation</name>
    <message numerus="yes">
        <source>Sign out %n session(s)?</source>
        <translation>
            <numerusform>Sign out %n session?</numerusform>
            <numerusform>Sign out %n sessions?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gatehouse will open your account page at %1 in your browser once for each of the %n session(s), one after the other.</source>
        <translation>
            <numerusform>Gatehouse will open your account page at %1 in your browser once for each of the %n session, one after the other.</numerusform>
            <numerusform>Gatehouse will open your account page at %1 in your browser once for each of the %n sessions, one after the other.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionListPrinter</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n inactive for more than %1 days</source>
        <translation>
            <numerusform>, %n inactive for more than %1 days</numerusform>
            <numerusform>, %n inactive for more than %1 days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInAlert</name>
    <message numerus="yes">
        <source>%n new sign-in(s) to %1</source>
        <translation>
            <numerusform>%n new sign-in to %1</numerusform>
            <numerusform>%n new sign-ins to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) have been inactive for more than %1 days: clean up?</source>
        <translation>
            <numerusform>%n session has been inactive for more than %1 days: clean up?</numerusform>
            <numerusform>%n sessions have been inactive for more than %1 days: clean up?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::AccountController</name>
    <message numerus="yes">
        <source>Signing out %n session(s)…</source>
        <translation>
            <numerusform>Signing out %n session…</numerusform>
            <numerusform>Signing out %n sessions…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) signed out.</source>
        <translation>
            <numerusform>%n session signed out.</numerusform>
            <numerusform>%n sessions signed out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::DeviceListModel</name>
    <message numerus="yes">
        <source>Inactive for %n day(s)</source>
        <translation>
            <numerusform>Inactive for %n day</numerusform>
            <numerusform>Inactive for %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::FilterBar</name>
    <message numerus="yes">
        <source>Sign Out %n Selected…</source>
        <translation>
            <numerusform>Sign Out %n Selected…</numerusform>
            <numerusform>Sign Out %n Selected…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inactive for more than %n day(s)</source>
        <translation>
            <numerusform>Inactive for more than %n day</numerusform>
            <numerusform>Inactive for more than %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n session(s)</source>
        <translation>
            <numerusform>Showing %1 of %n session</numerusform>
            <numerusform>Showing %1 of %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n inactive</source>
        <translation>
            <numerusform> · %n inactive</numerusform>
            <numerusform> · %n inactive</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::HistoryDialog</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::HistorySettingsSection</name>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::MainWindow</name>
    <message numerus="yes">
        <source>%n inactive session(s) selected.</source>
        <translation>
            <numerusform>%n inactive session selected.</numerusform>
            <numerusform>%n inactive sessions selected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::OAuthSignIn</name>
    <message numerus="yes">
        <source>The browser did not come back within %n minute(s). Start the sign-in again.</source>
        <translation>
            <numerusform>The browser did not come back within %n minute. Start the sign-in again.</numerusform>
            <numerusform>The browser did not come back within %n minutes. Start the sign-in again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::SettingsDialog</name>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::SignOutInactiveCommand</name>
    <message numerus="yes">
        <source>No session has been inactive for more than %n day(s).
</source>
        <translation>
            <numerusform>No session has been inactive for more than %n day.
</numerusform>
            <numerusform>No session has been inactive for more than %n days.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would sign out %n session(s):
</source>
        <translation>
            <numerusform>Would sign out %n session:
</numerusform>
            <numerusform>Would sign out %n sessions:
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signing out %n session(s), one account page at a time:
</source>
        <translation>
            <numerusform>Signing out %n session, one account page at a time:
</numerusform>
            <numerusform>Signing out %n sessions, one account page at a time:
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::SignOutQueue</name>
    <message numerus="yes">
        <source>%1 of %n signed out</source>
        <translation>
            <numerusform>%1 of %n signed out</numerusform>
            <numerusform>%1 of %n signed out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n skipped</source>
        <translation>
            <numerusform>, %n skipped</numerusform>
            <numerusform>, %n skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::SignOutQueuePanel</name>
    <message numerus="yes">
        <source>%n session(s) left from an earlier sign-out</source>
        <translation>
            <numerusform>%n session left from an earlier sign-out</numerusform>
            <numerusform>%n sessions left from an earlier sign-out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::WatchSettingsSection</name>
    <message numerus="yes">
        <source> minute(s)</source>
        <translation>
            <numerusform> minute</numerusform>
            <numerusform> minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::WatchTray</name>
    <message numerus="yes">
        <source>%1 — retrying in %n minute(s)</source>
        <translation>
            <numerusform>%1 — retrying in %n minute</numerusform>
            <numerusform>%1 — retrying in %n minutes</numerusform>
        </translation>
    </message>
</context>
</TS>
