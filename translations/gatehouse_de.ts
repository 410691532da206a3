<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountNotice</name>
    <message>
        <source>The account page could not be found, so no account actions are offered. %1</source>
        <translation>Die Kontoseite wurde nicht gefunden, daher werden keine Kontoaktionen angeboten. %1</translation>
    </message>
    <message>
        <source>This server uses classic sign-in and has no account page. Gatehouse signs sessions out itself: select one or several and press Delete.</source>
        <translation>Dieser Server verwendet die klassische Anmeldung und hat keine Kontoseite. Gatehouse meldet Sitzungen selbst ab: Wählen Sie eine oder mehrere aus und drücken Sie Entf.</translation>
    </message>
    <message>
        <source>This server does not name an account page, so sessions can only be listed here.</source>
        <translation>Dieser Server nennt keine Kontoseite, daher können Sitzungen hier nur aufgelistet werden.</translation>
    </message>
    <message>
        <source>The account page</source>
        <translation>Die Kontoseite</translation>
    </message>
    <message>
        <source>No account actions are offered.</source>
        <translation>Es werden keine Kontoaktionen angeboten.</translation>
    </message>
    <message>
        <source>Your server does not say which actions its account page supports. Use “Open Account Page” to manage sessions there.</source>
        <translation>Ihr Server gibt nicht an, welche Aktionen seine Kontoseite unterstützt. Verwenden Sie „Kontoseite öffnen“, um Sitzungen dort zu verwalten.</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>This server has no account page.</source>
        <translation>Dieser Server hat keine Kontoseite.</translation>
    </message>
    <message>
        <source>The account page</source>
        <translation>Die Kontoseite</translation>
    </message>
    <message>
        <source>The server&apos;s account page does not offer “%1”.</source>
        <translation>Die Kontoseite des Servers bietet „%1“ nicht an.</translation>
    </message>
    <message>
        <source>The session ID “%1” is not valid text, so no address can name it exactly.</source>
        <translation>Die Sitzungs-ID „%1“ ist kein gültiger Text, daher kann keine Adresse sie eindeutig benennen.</translation>
    </message>
</context>
<context>
    <name>AuthMetadata</name>
    <message>
        <source>The server&apos;s account metadata is invalid: %1</source>
        <translation>Die Kontometadaten des Servers sind ungültig: %1</translation>
    </message>
    <message>
        <source>it is not JSON.</source>
        <translation>Sie sind kein JSON.</translation>
    </message>
    <message>
        <source>it is not a JSON object.</source>
        <translation>Sie sind kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>“issuer” is missing.</source>
        <translation>„issuer“ fehlt.</translation>
    </message>
    <message>
        <source>“issuer” is not a string.</source>
        <translation>„issuer“ ist keine Zeichenkette.</translation>
    </message>
    <message>
        <source>“account_management_uri” is not a string.</source>
        <translation>„account_management_uri“ ist keine Zeichenkette.</translation>
    </message>
    <message>
        <source>“account_management_actions_supported” is not a list.</source>
        <translation>„account_management_actions_supported“ ist keine Liste.</translation>
    </message>
</context>
<context>
    <name>AuthorizationCallback</name>
    <message>
        <source>The answer that came back from the browser does not belong to this sign-in (its state does not match), so it was ignored. Start the sign-in again.</source>
        <translation>Die Antwort aus dem Browser gehört nicht zu dieser Anmeldung (ihr „state“ stimmt nicht überein) und wurde daher ignoriert. Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled or refused in the browser.</source>
        <translation>Die Anmeldung wurde im Browser abgebrochen oder abgelehnt.</translation>
    </message>
    <message>
        <source>The server stopped the sign-in with the error “%1”.</source>
        <translation>Der Server hat die Anmeldung mit dem Fehler „%1“ abgebrochen.</translation>
    </message>
    <message>
        <source>The browser came back without an authorization code. Start the sign-in again.</source>
        <translation>Der Browser hat keinen Autorisierungscode zurückgegeben. Starten Sie die Anmeldung erneut.</translation>
    </message>
</context>
<context>
    <name>ClientInformation</name>
    <message>
        <source>The server&apos;s answer about the apps behind sessions is not a JSON object.</source>
        <translation>Die Antwort des Servers zu den Anwendungen hinter den Sitzungen ist kein JSON-Objekt.</translation>
    </message>
</context>
<context>
    <name>ClientRegistration</name>
    <message>
        <source>%1 refused to register Gatehouse as an app (HTTP %2).</source>
        <translation>%1 hat die Registrierung von Gatehouse als Anwendung abgelehnt (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 refused to register Gatehouse as an app (%2).</source>
        <translation>%1 hat die Registrierung von Gatehouse als Anwendung abgelehnt (%2).</translation>
    </message>
    <message>
        <source>%1 registered Gatehouse but did not send a client ID.</source>
        <translation>%1 hat Gatehouse registriert, aber keine Client-ID gesendet.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Gatehouse shows every session signed in to your Matrix account and opens your homeserver&apos;s account page for the actions it offers.</source>
        <translation>Gatehouse zeigt alle Sitzungen, die bei Ihrem Matrix-Konto angemeldet sind, und öffnet die Kontoseite Ihres Heimservers für die dort angebotenen Aktionen.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Print the sessions of the account and exit.</source>
        <translation>Die Sitzungen des Kontos ausgeben und beenden.</translation>
    </message>
    <message>
        <source>With --list: print JSON instead of a table.</source>
        <translation>Mit --list: JSON statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <source>Open the account page for ACTION (profile, devices_list, device_view, device_delete, account_deactivate, cross_signing_reset, or account for the page itself).</source>
        <translation>Die Kontoseite für AKTION öffnen (profile, devices_list, device_view, device_delete, account_deactivate, cross_signing_reset oder account für die Seite selbst).</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <source>The session for device_view and device_delete.</source>
        <translation>Die Sitzung für device_view und device_delete.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>With --open: print the URL instead of opening it.</source>
        <translation>Mit --open: die URL ausgeben, statt sie zu öffnen.</translation>
    </message>
    <message>
        <source>Sign in to this homeserver (URL, server name or Matrix ID) with the access token in GATEHOUSE_ACCESS_TOKEN.</source>
        <translation>Bei diesem Heimserver (URL, Servername oder Matrix-ID) mit dem Zugriffstoken aus GATEHOUSE_ACCESS_TOKEN anmelden.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Use this saved account instead of the last one.</source>
        <translation>Dieses gespeicherte Konto statt des zuletzt verwendeten benutzen.</translation>
    </message>
    <message>
        <source>USER_ID</source>
        <translation>BENUTZER_ID</translation>
    </message>
    <message>
        <source>Log requests and decisions to stderr (tokens are never logged).</source>
        <translation>Anfragen und Entscheidungen auf stderr protokollieren (Token werden nie protokolliert).</translation>
    </message>
    <message>
        <source>Start a demo homeserver inside Gatehouse and sign in to it.</source>
        <translation>Einen Demo-Heimserver in Gatehouse starten und sich dort anmelden.</translation>
    </message>
    <message>
        <source>Run the demo homeserver only, print {&quot;base_url&quot;, &quot;access_token&quot;} and serve until stopped.</source>
        <translation>Nur den Demo-Heimserver ausführen, {&quot;base_url&quot;, &quot;access_token&quot;} ausgeben und bis zum Beenden bereitstellen.</translation>
    </message>
    <message>
        <source>Demo server: the port to listen on (default: any free).</source>
        <translation>Demo-Server: der zu verwendende Port (Standard: ein beliebiger freier).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Demo server: how many sessions (default 12).</source>
        <translation>Demo-Server: Anzahl der Sitzungen (Standard: 12).</translation>
    </message>
    <message>
        <source>Demo server: delay every answer (milliseconds).</source>
        <translation>Demo-Server: jede Antwort verzögern (Millisekunden).</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Demo server: where auth metadata is served: stable, unstable, issuer or none.</source>
        <translation>Demo-Server: wo die Authentifizierungsmetadaten bereitgestellt werden: stable, unstable, issuer oder none.</translation>
    </message>
    <message>
        <source>ROUTE</source>
        <translation>ROUTE</translation>
    </message>
    <message>
        <source>Demo server: advertised actions: all, mas, none or a comma-separated list.</source>
        <translation>Demo-Server: angebotene Aktionen: all, mas, none oder eine kommagetrennte Liste.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>Exit as soon as the session list is loaded and shown.</source>
        <translation>Beenden, sobald die Sitzungsliste geladen und angezeigt ist.</translation>
    </message>
    <message>
        <source>Sign out sessions inactive for more than DAYS days, one at a time.</source>
        <translation>Sitzungen, die seit mehr als TAGE Tagen inaktiv sind, nacheinander abmelden.</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>TAGE</translation>
    </message>
    <message>
        <source>With --sign-out-inactive: only list what would be signed out.</source>
        <translation>Mit --sign-out-inactive: nur auflisten, was abgemeldet würde.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>--print-url only goes with --open.</source>
        <translation>--print-url ist nur zusammen mit --open möglich.</translation>
    </message>
    <message>
        <source>--dry-run only goes with --sign-out-inactive.</source>
        <translation>--dry-run ist nur zusammen mit --sign-out-inactive möglich.</translation>
    </message>
    <message>
        <source>--device only goes with --open.</source>
        <translation>--device ist nur zusammen mit --open möglich.</translation>
    </message>
    <message>
        <source>--quit-when-loaded only goes with the window.</source>
        <translation>--quit-when-loaded ist nur mit dem Fenster möglich.</translation>
    </message>
    <message>
        <source>Use either --demo or --demo-server.</source>
        <translation>Verwenden Sie entweder --demo oder --demo-server.</translation>
    </message>
    <message>
        <source>--demo signs in to its own server; it does not go with --homeserver or --account.</source>
        <translation>--demo meldet sich bei seinem eigenen Server an und ist nicht mit --homeserver oder --account kombinierbar.</translation>
    </message>
    <message>
        <source>Use either --homeserver or --account.</source>
        <translation>Verwenden Sie entweder --homeserver oder --account.</translation>
    </message>
    <message>
        <source>--demo-server does not sign in anywhere; drop --homeserver and --account.</source>
        <translation>--demo-server meldet sich nirgends an; lassen Sie --homeserver und --account weg.</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535.</source>
        <translation>--port muss eine Zahl von 0 bis 65535 sein.</translation>
    </message>
    <message>
        <source>--devices must be a number from 1 to 1000000.</source>
        <translation>--devices muss eine Zahl von 1 bis 1000000 sein.</translation>
    </message>
    <message>
        <source>--latency must be a number of milliseconds from 0 to 600000.</source>
        <translation>--latency muss eine Anzahl Millisekunden von 0 bis 600000 sein.</translation>
    </message>
    <message>
        <source>--sign-out-inactive needs a number of days of at least 1.</source>
        <translation>--sign-out-inactive benötigt eine Anzahl Tage von mindestens 1.</translation>
    </message>
    <message>
        <source>Unknown action “%1”. Use profile, devices_list, device_view, device_delete, account_deactivate, cross_signing_reset or account.</source>
        <translation>Unbekannte Aktion „%1“. Verwenden Sie profile, devices_list, device_view, device_delete, account_deactivate, cross_signing_reset oder account.</translation>
    </message>
    <message>
        <source>--open %1 needs --device ID.</source>
        <translation>--open %1 benötigt --device ID.</translation>
    </message>
    <message>
        <source>--open %1 does not take --device.</source>
        <translation>--open %1 akzeptiert kein --device.</translation>
    </message>
    <message>
        <source>With --account: the homeserver of that account, when several servers have the user ID.</source>
        <translation>Mit --account: der Heimserver dieses Kontos, falls mehrere Server die Benutzer-ID haben.</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 benötigt einen Wert.</translation>
    </message>
    <message>
        <source>--account-server goes with --account and names a homeserver.</source>
        <translation>--account-server wird zusammen mit --account verwendet und nennt einen Heimserver.</translation>
    </message>
    <message>
        <source>--export writes the history; it does not go with --no-history.</source>
        <translation>--export schreibt den Verlauf; es geht nicht mit --no-history.</translation>
    </message>
    <message>
        <source>--export needs a file name (- for standard output).</source>
        <translation>--export braucht einen Dateinamen (- für die Standardausgabe).</translation>
    </message>
    <message>
        <source>--format must be csv or json.</source>
        <translation>--format muss csv oder json sein.</translation>
    </message>
    <message>
        <source>--json asks for --format json; do not give both with different formats.</source>
        <translation>--json bedeutet --format json; geben Sie nicht beide mit verschiedenen Formaten an.</translation>
    </message>
    <message>
        <source>Write the account&apos;s session history to FILE (- for standard output) and exit.</source>
        <translation>Den Sitzungsverlauf des Kontos in DATEI schreiben (- für die Standardausgabe) und beenden.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>With --export: csv or json (default: from the file name&apos;s extension, else csv).</source>
        <translation>Mit --export: csv oder json (Standard: nach der Dateiendung, sonst csv).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Neither read nor write the local session history.</source>
        <translation>Den lokalen Sitzungsverlauf weder lesen noch schreiben.</translation>
    </message>
    <message>
        <source>--format only goes with --export.</source>
        <translation>--format geht nur mit --export.</translation>
    </message>
    <message>
        <source>Watch the account and print one line per new or removed session until stopped.</source>
        <translation>Das Konto beobachten und bis zum Beenden eine Zeile je neuer oder entfernter Sitzung ausgeben.</translation>
    </message>
    <message>
        <source>With --watch: seconds between checks, 1 to 3600 (default 300).</source>
        <translation>Mit --watch: Sekunden zwischen zwei Prüfungen, 1 bis 3600 (Standard: 300).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>Demo server: a new session signs in every SECONDS seconds.</source>
        <translation>Demo-Server: alle SEKUNDEN Sekunden meldet sich eine neue Sitzung an.</translation>
    </message>
    <message>
        <source>Watch for new sign-ins with no window, telling you through notifications.</source>
        <translation>Ohne Fenster auf neue Anmeldungen achten und per Benachrichtigung Bescheid geben.</translation>
    </message>
    <message>
        <source>Use only one of --list, --open, --sign-out-inactive, --export, --watch and --demo-server.</source>
        <translation>Verwenden Sie nur eine der Optionen --list, --open, --sign-out-inactive, --export, --watch und --demo-server.</translation>
    </message>
    <message>
        <source>--json only goes with --list, --sign-out-inactive, --export and --watch.</source>
        <translation>--json ist nur zusammen mit --list, --sign-out-inactive, --export und --watch möglich.</translation>
    </message>
    <message>
        <source>--interval only goes with --watch.</source>
        <translation>--interval ist nur zusammen mit --watch möglich.</translation>
    </message>
    <message>
        <source>--interval must be a number of seconds from 1 to 3600.</source>
        <translation>--interval muss eine Anzahl Sekunden von 1 bis 3600 sein.</translation>
    </message>
    <message>
        <source>--background only goes with the window&apos;s own options.</source>
        <translation>--background ist nur mit den Optionen des Fensters möglich.</translation>
    </message>
    <message>
        <source>--port, --devices, --latency, --metadata, --actions and --new-session-every only go with --demo or --demo-server.</source>
        <translation>--port, --devices, --latency, --metadata, --actions und --new-session-every sind nur zusammen mit --demo oder --demo-server möglich.</translation>
    </message>
    <message>
        <source>--new-session-every must be a number of seconds from 1 to 86400.</source>
        <translation>--new-session-every muss eine Anzahl Sekunden von 1 bis 86400 sein.</translation>
    </message>
</context>
<context>
    <name>DemoOptions</name>
    <message>
        <source>--metadata must be stable, unstable, issuer or none, not “%1”.</source>
        <translation>--metadata muss stable, unstable, issuer oder none sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--actions must be all, mas, none or a comma-separated list of action names.</source>
        <translation>--actions muss all, mas, none oder eine kommagetrennte Liste von Aktionsnamen sein.</translation>
    </message>
</context>
<context>
    <name>DesktopUrlOpener</name>
    <message>
        <source>the address is not safe to open</source>
        <translation>die Adresse kann nicht sicher geöffnet werden</translation>
    </message>
    <message>
        <source>there is no display to show a browser on</source>
        <translation>es gibt keinen Bildschirm, auf dem ein Browser angezeigt werden kann</translation>
    </message>
    <message>
        <source>the desktop has no program set up to open web addresses</source>
        <translation>auf dem Desktop ist kein Programm zum Öffnen von Webadressen eingerichtet</translation>
    </message>
</context>
<context>
    <name>Device</name>
    <message>
        <source>The list of sessions from the server is not valid JSON.</source>
        <translation>Die Sitzungsliste vom Server ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no list of sessions (“devices” is missing or not a list).</source>
        <translation>Die Antwort des Servers enthält keine Sitzungsliste („devices“ fehlt oder ist keine Liste).</translation>
    </message>
</context>
<context>
    <name>DeviceCodeAnswer</name>
    <message>
        <source>The server&apos;s sign-in code “%1” is not a plain code of at most %2 letters, digits and signs, so it was not shown.</source>
        <translation>Der Anmeldecode „%1“ des Servers ist kein einfacher Code aus höchstens %2 Buchstaben, Ziffern und Zeichen und wurde daher nicht angezeigt.</translation>
    </message>
    <message>
        <source>The page for entering the code</source>
        <translation>Die Seite zur Eingabe des Codes</translation>
    </message>
</context>
<context>
    <name>DeviceKind</name>
    <message>
        <source>Desktop</source>
        <translation>Desktop-Rechner</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobilgerät</translation>
    </message>
    <message>
        <source>Web browser</source>
        <translation>Webbrowser</translation>
    </message>
    <message>
        <source>Bot or script</source>
        <translation>Bot oder Skript</translation>
    </message>
    <message>
        <source>Unknown kind of device</source>
        <translation>Unbekannte Geräteart</translation>
    </message>
</context>
<context>
    <name>DialogPrompts</name>
    <message>
        <source>Sign Out Sessions</source>
        <translation>Sitzungen abmelden</translation>
    </message>
    <message numerus="yes">
        <source>Sign out %n session(s)?</source>
        <translation>
            <numerusform>%n Sitzung abmelden?</numerusform>
            <numerusform>%n Sitzungen abmelden?</numerusform>
        </translation>
    </message>
    <message>
        <source>Anyone using them is signed out, and their encryption keys are lost unless they are backed up.</source>
        <translation>Wer sie verwendet, wird abgemeldet, und ihre Verschlüsselungsschlüssel gehen verloren, sofern sie nicht gesichert sind.</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>That password was not accepted. Enter the password of %1 again:</source>
        <translation>Das Passwort wurde nicht akzeptiert. Geben Sie das Passwort von %1 erneut ein:</translation>
    </message>
    <message>
        <source>To sign sessions out, enter the password of %1:</source>
        <translation>Geben Sie zum Abmelden von Sitzungen das Passwort von %1 ein:</translation>
    </message>
    <message>
        <source>Confirm with Your Password</source>
        <translation>Mit Ihrem Passwort bestätigen</translation>
    </message>
    <message>
        <source>Confirm in Your Browser</source>
        <translation>In Ihrem Browser bestätigen</translation>
    </message>
    <message>
        <source>Your server asks for a confirmation on a web page, which opened in your browser. Finish it there, then press Continue.</source>
        <translation>Ihr Server verlangt eine Bestätigung auf einer Webseite, die sich in Ihrem Browser geöffnet hat. Schließen Sie die Bestätigung dort ab und klicken Sie dann auf „Weiter“.</translation>
    </message>
    <message>
        <source>Your server asks for a confirmation on a web page. Open this address in a browser, finish it there, then press Continue:
%1</source>
        <translation>Ihr Server verlangt eine Bestätigung auf einer Webseite. Öffnen Sie diese Adresse in einem Browser, schließen Sie die Bestätigung dort ab und klicken Sie dann auf „Weiter“:
%1</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Rename Session</source>
        <translation>Sitzung umbenennen</translation>
    </message>
    <message>
        <source>New name (at most %1 characters). People you talk to on Matrix can see it.</source>
        <translation>Neuer Name (höchstens %1 Zeichen). Personen, mit denen Sie auf Matrix schreiben, können ihn sehen.</translation>
    </message>
    <message>
        <source>Sign out of %1?</source>
        <translation>Von %1 abmelden?</translation>
    </message>
    <message>
        <source>Gatehouse ends its session on the server and forgets the account. Your other sessions stay signed in.</source>
        <translation>Gatehouse beendet seine Sitzung auf dem Server und vergisst das Konto. Ihre anderen Sitzungen bleiben angemeldet.</translation>
    </message>
    <message>
        <source>Select Inactive Sessions</source>
        <translation>Inaktive Sitzungen auswählen</translation>
    </message>
    <message>
        <source>Select sessions inactive for more than this many days:</source>
        <translation>Sitzungen auswählen, die seit mehr als so vielen Tagen inaktiv sind:</translation>
    </message>
    <message>
        <source>Gatehouse</source>
        <translation>Gatehouse</translation>
    </message>
    <message>
        <source>Session History</source>
        <translation>Sitzungsverlauf</translation>
    </message>
    <message>
        <source>Keep the session history of %1?</source>
        <translation>Den Sitzungsverlauf von %1 behalten?</translation>
    </message>
    <message>
        <source>It stays on this computer and is shown again if you sign in to this account again. It holds no password or token.</source>
        <translation>Er bleibt auf diesem Computer und wird wieder angezeigt, wenn Sie sich erneut bei diesem Konto anmelden. Er enthält kein Passwort und kein Token.</translation>
    </message>
    <message>
        <source>Keep History</source>
        <translation>Verlauf behalten</translation>
    </message>
    <message>
        <source>Forget History</source>
        <translation>Verlauf vergessen</translation>
    </message>
    <message>
        <source>Watch for New Sign-Ins</source>
        <translation>Auf neue Anmeldungen achten</translation>
    </message>
    <message>
        <source>Tell you when a new session signs in to %1?</source>
        <translation>Benachrichtigen, wenn sich eine neue Sitzung bei %1 anmeldet?</translation>
    </message>
    <message>
        <source>Gatehouse then checks this account in the background, with no window, and notifies you. You can change this in Settings.</source>
        <translation>Gatehouse prüft dieses Konto dann im Hintergrund ohne Fenster und benachrichtigt Sie. Sie können das in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Watch in the Background</source>
        <translation>Im Hintergrund überwachen</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Nicht jetzt</translation>
    </message>
</context>
<context>
    <name>EncryptionText</name>
    <message>
        <source>Signed by your identity</source>
        <translation>Von Ihrer Identität signiert</translation>
    </message>
    <message>
        <source>Not signed by your identity</source>
        <translation>Nicht von Ihrer Identität signiert</translation>
    </message>
    <message>
        <source>No encryption</source>
        <translation>Keine Verschlüsselung</translation>
    </message>
    <message>
        <source>Keys do not check out</source>
        <translation>Schlüssel stimmen nicht</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>This session&apos;s keys are signed by your account&apos;s identity (its cross-signing keys).</source>
        <translation>Die Schlüssel dieser Sitzung sind von der Identität Ihres Kontos (seinen Cross-Signing-Schlüsseln) signiert.</translation>
    </message>
    <message>
        <source>This session has valid keys, but they are not signed by your account&apos;s identity.</source>
        <translation>Diese Sitzung hat gültige Schlüssel, aber sie sind nicht von der Identität Ihres Kontos signiert.</translation>
    </message>
    <message>
        <source>This session published no encryption keys. That is normal for bots and scripts.</source>
        <translation>Diese Sitzung hat keine Schlüssel zur Verschlüsselung veröffentlicht. Bei Bots und Skripten ist das normal.</translation>
    </message>
    <message>
        <source>This session&apos;s keys are malformed, name another session, or their signature does not verify.</source>
        <translation>Die Schlüssel dieser Sitzung sind fehlerhaft, nennen eine andere Sitzung, oder ihre Signatur lässt sich nicht bestätigen.</translation>
    </message>
    <message>
        <source>The keys could not be read from the server. Gatehouse asks again with the next refresh.</source>
        <translation>Die Schlüssel konnten nicht vom Server gelesen werden. Gatehouse fragt bei der nächsten Aktualisierung erneut.</translation>
    </message>
    <message>
        <source>&quot;Signed by your identity&quot; relies on your account&apos;s current cross-signing keys: it says which sessions those keys vouch for, not who holds them.</source>
        <translation>„Von Ihrer Identität signiert“ beruht auf den aktuellen Cross-Signing-Schlüsseln Ihres Kontos: Es sagt, für welche Sitzungen diese Schlüssel bürgen, nicht, wer sie besitzt.</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>%1 The server said: %2</source>
        <translation>%1 Meldung des Servers: %2</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>Die Adresse</translation>
    </message>
    <message>
        <source>The answer from %1 gives conflicting lengths and was not read.</source>
        <translation>Die Antwort von %1 enthält widersprüchliche Längenangaben und wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The answer from %1 is larger than %2 MiB and was not read.</source>
        <translation>Die Antwort von %1 ist größer als %2 MiB und wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1 hat nicht innerhalb von %2 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>Could not connect to %1: the connection was refused.</source>
        <translation>Verbindung zu %1 nicht möglich: Die Verbindung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The server %1 could not be found.</source>
        <translation>Der Server %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>%1 closed the connection before the answer was complete.</source>
        <translation>%1 hat die Verbindung geschlossen, bevor die Antwort vollständig war.</translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation>Zeitüberschreitung bei der Verbindung zu %1.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be trusted: %2</source>
        <translation>Der sicheren Verbindung zu %1 konnte nicht vertraut werden: %2</translation>
    </message>
    <message>
        <source>%1 redirected too many times.</source>
        <translation>%1 hat zu oft weitergeleitet.</translation>
    </message>
    <message>
        <source>The proxy could not reach %1: %2</source>
        <translation>Der Proxy konnte %1 nicht erreichen: %2</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation>Die Anfrage an %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 redirected more than %2 times.</source>
        <translation>%1 hat mehr als %2-mal weitergeleitet.</translation>
    </message>
    <message>
        <source>%1 tried to redirect from a secure https address to an insecure one (%2); the redirect was refused.</source>
        <translation>%1 hat versucht, von einer sicheren https-Adresse auf eine unsichere (%2) weiterzuleiten; die Weiterleitung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>A redirect from %1 to</source>
        <translation>Eine Weiterleitung von %1 auf</translation>
    </message>
    <message>
        <source>%1 is limiting requests and asks to wait %2 seconds; try again later.</source>
        <translation>%1 begrenzt die Anfragen und bittet, %2 Sekunden zu warten; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 is still limiting requests after %2 retries; try again later.</source>
        <translation>%1 begrenzt die Anfragen auch nach %2 Wiederholungen noch; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The sign-in of one server was about to be sent to %1; the request was refused.</source>
        <translation>Die Anmeldedaten eines Servers sollten gerade an %1 gesendet werden; die Anfrage wurde abgelehnt.</translation>
    </message>
    <message>
        <source>%1 redirected a request that carries a secret to another server (%2); the redirect was refused and nothing was sent there.</source>
        <translation>%1 hat eine Anfrage, die ein Geheimnis enthält, an einen anderen Server (%2) weitergeleitet; die Weiterleitung wurde abgelehnt und es wurde nichts dorthin gesendet.</translation>
    </message>
    <message>
        <source>%1 did not accept the access token (it may have expired or been signed out).</source>
        <translation>%1 hat das Zugriffstoken nicht akzeptiert (es ist möglicherweise abgelaufen oder wurde abgemeldet).</translation>
    </message>
    <message>
        <source>%1 is limiting requests; try again later.</source>
        <translation>%1 begrenzt die Anfragen; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 answered with an error (HTTP %2).</source>
        <translation>%1 hat mit einem Fehler geantwortet (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 answered with an error (HTTP %2, %3).</source>
        <translation>%1 hat mit einem Fehler geantwortet (HTTP %2, %3).</translation>
    </message>
</context>
<context>
    <name>HandOffConfirmation</name>
    <message numerus="yes">
        <source>Sign out %n session(s)?</source>
        <translation>
            <numerusform>%n Sitzung abmelden?</numerusform>
            <numerusform>%n Sitzungen abmelden?</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign out this session?</source>
        <translation>Diese Sitzung abmelden?</translation>
    </message>
    <message>
        <source>Deactivate your account?</source>
        <translation>Ihr Konto deaktivieren?</translation>
    </message>
    <message>
        <source>Reset your cross-signing identity?</source>
        <translation>Ihre Quersignierungsidentität zurücksetzen?</translation>
    </message>
    <message>
        <source>Open your account page?</source>
        <translation>Ihre Kontoseite öffnen?</translation>
    </message>
    <message numerus="yes">
        <source>Gatehouse will open your account page at %1 in your browser once for each of the %n session(s), one after the other.</source>
        <translation>
            <numerusform>Gatehouse öffnet Ihre Kontoseite unter %1 im Browser für %n Sitzung.</numerusform>
            <numerusform>Gatehouse öffnet Ihre Kontoseite unter %1 im Browser nacheinander einmal für jede der %n Sitzungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Gatehouse will open your account page at %1 in your browser to sign out “%2” (%3).</source>
        <translation>Gatehouse öffnet Ihre Kontoseite unter %1 im Browser, um „%2“ (%3) abzumelden.</translation>
    </message>
    <message>
        <source>Gatehouse will open your account page at %1 in your browser. Your server offers no direct link for deactivation: look for “Deactivate account” or “Delete account” on that page.</source>
        <translation>Gatehouse öffnet Ihre Kontoseite unter %1 im Browser. Ihr Server bietet keinen direkten Link zur Deaktivierung: Suchen Sie auf dieser Seite nach „Konto deaktivieren“ oder „Konto löschen“.</translation>
    </message>
    <message>
        <source>Gatehouse will open the deactivation page of your account at %1 in your browser.</source>
        <translation>Gatehouse öffnet die Deaktivierungsseite Ihres Kontos unter %1 im Browser.</translation>
    </message>
    <message>
        <source>Gatehouse will open your account page at %1 in your browser, where you can allow a reset of your cross-signing identity.</source>
        <translation>Gatehouse öffnet Ihre Kontoseite unter %1 im Browser. Dort können Sie das Zurücksetzen Ihrer Quersignierungsidentität erlauben.</translation>
    </message>
    <message>
        <source>Gatehouse will open your account page at %1 in your browser.</source>
        <translation>Gatehouse öffnet Ihre Kontoseite unter %1 im Browser.</translation>
    </message>
    <message>
        <source>Confirm each sign-out on that page. Gatehouse opens the next session when the last one has gone from the list; you can pause, skip or stop at any time.</source>
        <translation>Bestätigen Sie jede Abmeldung auf dieser Seite. Gatehouse öffnet die nächste Sitzung, sobald die vorherige aus der Liste verschwunden ist; Sie können jederzeit pausieren, überspringen oder abbrechen.</translation>
    </message>
    <message>
        <source>Nothing is signed out until you confirm on that page. Gatehouse marks the session as waiting and updates the list when you come back.</source>
        <translation>Es wird nichts abgemeldet, bevor Sie auf dieser Seite bestätigen. Gatehouse markiert die Sitzung als wartend und aktualisiert die Liste, wenn Sie zurückkehren.</translation>
    </message>
    <message>
        <source>Deactivation signs out every session and cannot be undone. Nothing happens until you confirm on that page.</source>
        <translation>Die Deaktivierung meldet alle Sitzungen ab und kann nicht rückgängig gemacht werden. Es geschieht nichts, bevor Sie auf dieser Seite bestätigen.</translation>
    </message>
    <message>
        <source>After a reset, your other sessions and contacts will have to verify you again.</source>
        <translation>Nach dem Zurücksetzen müssen Ihre anderen Sitzungen und Kontakte Sie erneut verifizieren.</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>Opens the page in your browser; nothing changes until you confirm there.</source>
        <translation>Öffnet die Seite in Ihrem Browser; erst wenn Sie dort bestätigen, ändert sich etwas.</translation>
    </message>
    <message>
        <source>Closes this question and opens nothing.</source>
        <translation>Schließt diese Frage und öffnet nichts.</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>The history file %1 is damaged or is not a Gatehouse history file. Gatehouse works without history until it is moved aside.</source>
        <translation>Die Verlaufsdatei %1 ist beschädigt oder keine Gatehouse-Verlaufsdatei. Gatehouse arbeitet ohne Verlauf, bis sie an einen anderen Ort verschoben wird.</translation>
    </message>
    <message>
        <source>The history file %1 is in use by another program. Gatehouse works without history for now.</source>
        <translation>Die Verlaufsdatei %1 wird von einem anderen Programm verwendet. Gatehouse arbeitet vorerst ohne Verlauf.</translation>
    </message>
    <message>
        <source>The history file %1 cannot be read or written (%2). Gatehouse works without history.</source>
        <translation>Die Verlaufsdatei %1 kann nicht gelesen oder geschrieben werden (%2). Gatehouse arbeitet ohne Verlauf.</translation>
    </message>
    <message>
        <source>The history file %1 was written by a newer version of Gatehouse. This version works without history and leaves the file as it is.</source>
        <translation>Die Verlaufsdatei %1 wurde von einer neueren Version von Gatehouse geschrieben. Diese Version arbeitet ohne Verlauf und lässt die Datei unverändert.</translation>
    </message>
    <message>
        <source>a folder is in its place</source>
        <translation>an ihrer Stelle befindet sich ein Ordner</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>der Ordner kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>the SQLite driver is missing</source>
        <translation>der SQLite-Treiber fehlt</translation>
    </message>
</context>
<context>
    <name>HomeserverAddress</name>
    <message>
        <source>Enter a Matrix ID such as @alice:example.org, or a server name.</source>
        <translation>Geben Sie eine Matrix-ID wie @alice:example.org oder einen Servernamen ein.</translation>
    </message>
    <message>
        <source>“%1” is not a Matrix ID; it should look like @alice:example.org.</source>
        <translation>„%1“ ist keine Matrix-ID; sie sollte wie @alice:example.org aussehen.</translation>
    </message>
    <message>
        <source>“%1” is not a valid server name.</source>
        <translation>„%1“ ist kein gültiger Servername.</translation>
    </message>
    <message>
        <source>“%1” has a port number above 65535.</source>
        <translation>„%1“ hat eine Portnummer über 65535.</translation>
    </message>
</context>
<context>
    <name>KeysQueryResponse</name>
    <message>
        <source>The server&apos;s answer about encryption keys is not a JSON object.</source>
        <translation>Die Antwort des Servers zu den Verschlüsselungsschlüsseln ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The server could not give the encryption keys of this account.</source>
        <translation>Der Server konnte die Verschlüsselungsschlüssel dieses Kontos nicht liefern.</translation>
    </message>
    <message>
        <source>The server&apos;s answer about encryption keys has no list of device keys.</source>
        <translation>Die Antwort des Servers zu den Verschlüsselungsschlüsseln enthält keine Liste der Geräteschlüssel.</translation>
    </message>
    <message>
        <source>The server&apos;s answer about encryption keys has an unreadable list of device keys.</source>
        <translation>Die Antwort des Servers zu den Verschlüsselungsschlüsseln enthält eine unlesbare Liste der Geräteschlüssel.</translation>
    </message>
</context>
<context>
    <name>LaunchAccount</name>
    <message>
        <source>No access token: put it in the environment variable %1 (tokens are never taken as arguments).</source>
        <translation>Kein Zugriffstoken: Legen Sie es in der Umgebungsvariable %1 ab (Token werden nie als Argumente angenommen).</translation>
    </message>
    <message>
        <source>Not signed in. Sign in with the Gatehouse window, use --homeserver URL with the access token in %1, or --demo to try Gatehouse with a demo server.</source>
        <translation>Nicht angemeldet. Melden Sie sich im Gatehouse-Fenster an, verwenden Sie --homeserver URL mit dem Zugriffstoken in %1 oder --demo, um Gatehouse mit einem Demo-Server auszuprobieren.</translation>
    </message>
</context>
<context>
    <name>LaunchChoice</name>
    <message>
        <source>The demo homeserver could not listen on port %1.</source>
        <translation>Der Demo-Heimserver konnte nicht auf Port %1 lauschen.</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>%1 Try “gatehouse --help”.</source>
        <translation>%1 Siehe „gatehouse --help“.</translation>
    </message>
    <message>
        <source>The demo homeserver could not listen on port %1.</source>
        <translation>Der Demo-Heimserver konnte nicht auf Port %1 lauschen.</translation>
    </message>
    <message>
        <source>There is no saved account to watch. Sign in with the Gatehouse window and turn on “Watch this account in the background” in its Settings first.</source>
        <translation>Es gibt kein gespeichertes Konto zum Überwachen. Melden Sie sich zuerst im Gatehouse-Fenster an und schalten Sie in dessen Einstellungen „Dieses Konto im Hintergrund überwachen“ ein.</translation>
    </message>
</context>
<context>
    <name>NewBadge</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>Just now</source>
        <translation>Gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>vor %n Monat</numerusform>
            <numerusform>vor %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>vor %n Jahr</numerusform>
            <numerusform>vor %n Jahren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <source>This is the session Gatehouse is using; it cannot be signed out from the list.</source>
        <translation>Dies ist die Sitzung, die Gatehouse verwendet; sie kann nicht über die Liste abgemeldet werden.</translation>
    </message>
    <message>
        <source>Your server&apos;s account page does not offer this for sessions.</source>
        <translation>Die Kontoseite Ihres Servers bietet dies für Sitzungen nicht an.</translation>
    </message>
</context>
<context>
    <name>SessionListPrinter</name>
    <message>
        <source>SESSION</source>
        <translation>SITZUNG</translation>
    </message>
    <message>
        <source>DEVICE ID</source>
        <translation>GERÄTE-ID</translation>
    </message>
    <message>
        <source>LAST ACTIVITY</source>
        <translation>LETZTE AKTIVITÄT</translation>
    </message>
    <message>
        <source>LAST IP</source>
        <translation>LETZTE IP</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>this session</source>
        <translation>diese Sitzung</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>%1 on %2 (%3)
</source>
        <translation>%1 auf %2 (%3)
</translation>
    </message>
    <message>
        <source>OAuth 2.0 account</source>
        <translation>Konto mit OAuth 2.0</translation>
    </message>
    <message>
        <source>classic sign-in</source>
        <translation>klassische Anmeldung</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n inactive for more than %1 days</source>
        <translation>
            <numerusform>, davon %n seit mehr als %1 Tagen inaktiv</numerusform>
            <numerusform>, davon %n seit mehr als %1 Tagen inaktiv</numerusform>
        </translation>
    </message>
    <message>
        <source>ENCRYPTION</source>
        <translation>VERSCHLÜSSELUNG</translation>
    </message>
    <message>
        <source>, your account&apos;s identity changed on %1</source>
        <translation>, die Identität Ihres Kontos hat sich am %1 geändert</translation>
    </message>
</context>
<context>
    <name>SessionText</name>
    <message>
        <source>Unnamed session</source>
        <translation>Unbenannte Sitzung</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>SignInAlert</name>
    <message numerus="yes">
        <source>%n new sign-in(s) to %1</source>
        <translation>
            <numerusform>%n neue Anmeldung bei %1</numerusform>
            <numerusform>%n neue Anmeldungen bei %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Gatehouse to review them.</source>
        <translation>Öffnen Sie Gatehouse, um sie zu prüfen.</translation>
    </message>
    <message>
        <source>New sign-in to %1</source>
        <translation>Neue Anmeldung bei %1</translation>
    </message>
    <message>
        <source>%1
From %2 at %3</source>
        <translation>%1
Von %2 um %3</translation>
    </message>
    <message>
        <source>Signed out of %1</source>
        <translation>Von %1 abgemeldet</translation>
    </message>
    <message>
        <source>Gatehouse can no longer check this account. Sign in again to keep watching.</source>
        <translation>Gatehouse kann dieses Konto nicht mehr prüfen. Melden Sie sich erneut an, um weiter zu beobachten.</translation>
    </message>
    <message>
        <source>A session disappeared from %1</source>
        <translation>Eine Sitzung ist aus %1 verschwunden</translation>
    </message>
    <message>
        <source>%1 (%2) is no longer signed in, and Gatehouse did not sign it out.</source>
        <translation>%1 (%2) ist nicht mehr angemeldet, und Gatehouse hat sie nicht abgemeldet.</translation>
    </message>
    <message>
        <source>Clean up %1?</source>
        <translation>%1 aufräumen?</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) have been inactive for more than %1 days: clean up?</source>
        <translation>
            <numerusform>%n Sitzung ist seit mehr als %1 Tagen inaktiv: aufräumen?</numerusform>
            <numerusform>%n Sitzungen sind seit mehr als %1 Tagen inaktiv: aufräumen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Gatehouse is still watching in the background</source>
        <translation>Gatehouse beobachtet weiter im Hintergrund</translation>
    </message>
    <message>
        <source>It tells you when a new session signs in. Quit it from its icon in the tray.</source>
        <translation>Es meldet sich, wenn sich eine neue Sitzung anmeldet. Beenden Sie es über sein Symbol im Infobereich.</translation>
    </message>
</context>
<context>
    <name>SignInIdentity</name>
    <message>
        <source>You asked to sign in as %1, but the server signed you in as %2. Nothing was saved.</source>
        <translation>Sie wollten sich als %1 anmelden, aber der Server hat Sie als %2 angemeldet. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>You asked to sign in on %1, but the server signed you in as %2, which is not on %1. Nothing was saved.</source>
        <translation>Sie wollten sich bei %1 anmelden, aber der Server hat Sie als %2 angemeldet, das nicht zu %1 gehört. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The server signed you in as “%1”, which is not a Matrix ID. Nothing was saved.</source>
        <translation>Der Server hat Sie als „%1“ angemeldet; das ist keine Matrix-ID. Es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>TokenResponse</name>
    <message>
        <source>The token answer from %1 is not a JSON object.</source>
        <translation>Die Token-Antwort von %1 ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The token answer from %1 has no access token.</source>
        <translation>Die Token-Antwort von %1 enthält kein Zugriffstoken.</translation>
    </message>
    <message>
        <source>The token answer from %1 is not a bearer token.</source>
        <translation>Die Token-Antwort von %1 ist kein Bearer-Token.</translation>
    </message>
    <message>
        <source>%1 did not accept this user name and password.</source>
        <translation>%1 hat diesen Benutzernamen und dieses Passwort nicht akzeptiert.</translation>
    </message>
    <message>
        <source>This account on %1 has been deactivated.</source>
        <translation>Dieses Konto auf %1 wurde deaktiviert.</translation>
    </message>
    <message>
        <source>The sign-in answer from %1 has no access token.</source>
        <translation>Die Anmeldeantwort von %1 enthält kein Zugriffstoken.</translation>
    </message>
    <message>
        <source>The sign-in answer from %1 does not name the account and session.</source>
        <translation>Die Anmeldeantwort von %1 nennt weder Konto noch Sitzung.</translation>
    </message>
</context>
<context>
    <name>TokenRevoker</name>
    <message>
        <source>Gatehouse forgot %1, but the server could not be told to end the session: %2</source>
        <translation>Gatehouse hat %1 vergessen, konnte den Server aber nicht anweisen, die Sitzung zu beenden: %2</translation>
    </message>
    <message>
        <source>the server does not list a revocation endpoint.</source>
        <translation>Der Server nennt keinen Widerrufsendpunkt.</translation>
    </message>
</context>
<context>
    <name>UrlSafety</name>
    <message>
        <source>%1 “%2” was refused: it is not a well-formed web address.</source>
        <translation>%1 „%2“ wurde abgelehnt: Dies ist keine gültige Webadresse.</translation>
    </message>
    <message>
        <source>%1 “%2” was refused: only https addresses are allowed.</source>
        <translation>%1 „%2“ wurde abgelehnt: Nur https-Adressen sind erlaubt.</translation>
    </message>
    <message>
        <source>%1 “%2” was refused: it names no server.</source>
        <translation>%1 „%2“ wurde abgelehnt: Die Adresse nennt keinen Server.</translation>
    </message>
    <message>
        <source>%1 “%2” was refused: it contains a user name or password.</source>
        <translation>%1 „%2“ wurde abgelehnt: Die Adresse enthält einen Benutzernamen oder ein Passwort.</translation>
    </message>
    <message>
        <source>%1 “%2” was refused: it uses unencrypted http to another computer; only https is allowed.</source>
        <translation>%1 „%2“ wurde abgelehnt: Die Adresse verwendet unverschlüsseltes http zu einem anderen Rechner; nur https ist erlaubt.</translation>
    </message>
    <message>
        <source>%1 was refused: it contains your access token, which must never leave Gatehouse.</source>
        <translation>%1 wurde abgelehnt: Die Adresse enthält Ihr Zugriffstoken, das Gatehouse niemals verlassen darf.</translation>
    </message>
</context>
<context>
    <name>WatchEventPrinter</name>
    <message>
        <source>New sign-in to %1: “%2” (%3, an ID seen before), from %4.</source>
        <translation>Neue Anmeldung bei %1: „%2“ (%3, eine bereits gesehene ID), von %4.</translation>
    </message>
    <message>
        <source>New sign-in to %1: “%2” (%3), from %4.</source>
        <translation>Neue Anmeldung bei %1: „%2“ (%3), von %4.</translation>
    </message>
    <message>
        <source>Gatehouse signed “%2” (%3) out of %1.</source>
        <translation>Gatehouse hat „%2“ (%3) von %1 abgemeldet.</translation>
    </message>
    <message>
        <source>“%2” (%3) is no longer signed in to %1.</source>
        <translation>„%2“ (%3) ist nicht mehr bei %1 angemeldet.</translation>
    </message>
    <message>
        <source>No longer signed in to %1: %2</source>
        <translation>Nicht mehr bei %1 angemeldet: %2</translation>
    </message>
    <message>
        <source>Could not check %1: %2</source>
        <translation>%1 konnte nicht geprüft werden: %2</translation>
    </message>
</context>
<context>
    <name>WellKnown</name>
    <message>
        <source>The server&apos;s discovery file could not be fetched.</source>
        <translation>Die Discovery-Datei des Servers konnte nicht abgerufen werden.</translation>
    </message>
    <message>
        <source>The server&apos;s discovery file could not be read (HTTP %1).</source>
        <translation>Die Discovery-Datei des Servers konnte nicht gelesen werden (HTTP %1).</translation>
    </message>
    <message>
        <source>The server&apos;s discovery file is not valid JSON.</source>
        <translation>Die Discovery-Datei des Servers ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>The server&apos;s discovery file does not name a homeserver.</source>
        <translation>Die Discovery-Datei des Servers nennt keinen Heimserver.</translation>
    </message>
    <message>
        <source>The server&apos;s discovery file names a homeserver that is not a valid address.</source>
        <translation>Die Discovery-Datei des Servers nennt einen Heimserver, der keine gültige Adresse ist.</translation>
    </message>
</context>
<context>
    <name>Whoami</name>
    <message>
        <source>The server did not say which account the token belongs to (whoami has no user_id).</source>
        <translation>Der Server hat nicht mitgeteilt, zu welchem Konto das Token gehört (whoami enthält keine user_id).</translation>
    </message>
</context>
<context>
    <name>gatehouse::AboutDialog</name>
    <message>
        <source>Gatehouse is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version. It comes with no warranty.</source>
        <translation>Gatehouse ist freie Software: Sie können es unter den Bedingungen der GNU General Public License, wie von der Free Software Foundation veröffentlicht, weitergeben und/oder verändern, entweder gemäß Version 3 der Lizenz oder (nach Ihrer Wahl) jeder späteren Version. Es wird ohne jegliche Gewährleistung bereitgestellt.</translation>
    </message>
    <message>
        <source>About Gatehouse</source>
        <translation>Über Gatehouse</translation>
    </message>
    <message>
        <source>Gatehouse logo</source>
        <translation>Gatehouse-Logo</translation>
    </message>
    <message>
        <source>Gatehouse %1</source>
        <translation>Gatehouse %1</translation>
    </message>
    <message>
        <source>See every session signed in to your Matrix account, and end the ones you do not recognise.</source>
        <translation>Alle bei Ihrem Matrix-Konto angemeldeten Sitzungen sehen und diejenigen beenden, die Sie nicht wiedererkennen.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Erstellt mit Qt %1, läuft unter Qt %2.</translation>
    </message>
    <message>
        <source>Closes this window.</source>
        <translation>Schließt dieses Fenster.</translation>
    </message>
</context>
<context>
    <name>gatehouse::AccountController</name>
    <message>
        <source>No browser could be opened.</source>
        <translation>Es konnte kein Browser geöffnet werden.</translation>
    </message>
    <message>
        <source>Opened in your browser. The list updates when you come back to Gatehouse.</source>
        <translation>In Ihrem Browser geöffnet. Die Liste wird aktualisiert, wenn Sie zu Gatehouse zurückkehren.</translation>
    </message>
    <message>
        <source>Renaming…</source>
        <translation>Wird umbenannt…</translation>
    </message>
    <message>
        <source>The session could not be renamed: %1</source>
        <translation>Die Sitzung konnte nicht umbenannt werden: %1</translation>
    </message>
    <message>
        <source>The session was renamed.</source>
        <translation>Die Sitzung wurde umbenannt.</translation>
    </message>
    <message numerus="yes">
        <source>Signing out %n session(s)…</source>
        <translation>
            <numerusform>%n Sitzung wird abgemeldet…</numerusform>
            <numerusform>%n Sitzungen werden abgemeldet…</numerusform>
        </translation>
    </message>
    <message>
        <source>The sessions could not be signed out: %1</source>
        <translation>Die Sitzungen konnten nicht abgemeldet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) signed out.</source>
        <translation>
            <numerusform>%n Sitzung abgemeldet.</numerusform>
            <numerusform>%n Sitzungen abgemeldet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your server&apos;s account page does not offer signing out sessions.</source>
        <translation>Die Kontoseite Ihres Servers bietet das Abmelden von Sitzungen nicht an.</translation>
    </message>
    <message>
        <source>No session was signed out.</source>
        <translation>Es wurde keine Sitzung abgemeldet.</translation>
    </message>
    <message>
        <source>Signed out (%1): %2</source>
        <translation>Abgemeldet (%1): %2</translation>
    </message>
    <message>
        <source>Skipped, still signed in (%1): %2</source>
        <translation>Übersprungen, weiterhin angemeldet (%1): %2</translation>
    </message>
    <message>
        <source>Not done, still signed in (%1): %2</source>
        <translation>Nicht erledigt, weiterhin angemeldet (%1): %2</translation>
    </message>
    <message>
        <source>Sign-out finished: %1</source>
        <translation>Abmeldung abgeschlossen: %1</translation>
    </message>
    <message>
        <source>The encryption states are unknown: the keys could not be read (%1). Gatehouse asks again with the next refresh.</source>
        <translation>Der Verschlüsselungsstand ist unbekannt: Die Schlüssel konnten nicht gelesen werden (%1). Gatehouse fragt bei der nächsten Aktualisierung erneut.</translation>
    </message>
</context>
<context>
    <name>gatehouse::AccountHeader</name>
    <message>
        <source>Open Account Page</source>
        <translation>Kontoseite öffnen</translation>
    </message>
    <message>
        <source>Deactivate Account…</source>
        <translation>Konto deaktivieren…</translation>
    </message>
    <message>
        <source>Open account page</source>
        <translation>Kontoseite öffnen</translation>
    </message>
    <message>
        <source>Opens your homeserver&apos;s account page in the browser.</source>
        <translation>Öffnet die Kontoseite Ihres Heimservers im Browser.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Opens your profile on the account page.</source>
        <translation>Öffnet Ihr Profil auf der Kontoseite.</translation>
    </message>
    <message>
        <source>All Sessions</source>
        <translation>Alle Sitzungen</translation>
    </message>
    <message>
        <source>Opens the list of sessions on the account page.</source>
        <translation>Öffnet die Sitzungsliste auf der Kontoseite.</translation>
    </message>
    <message>
        <source>Reset Cross-Signing…</source>
        <translation>Quersignierung zurücksetzen…</translation>
    </message>
    <message>
        <source>Opens the account page to allow resetting your cross-signing identity.</source>
        <translation>Öffnet die Kontoseite, um das Zurücksetzen Ihrer Quersignierungsidentität zu erlauben.</translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation>Konto deaktivieren</translation>
    </message>
    <message>
        <source>Opens the account page where you can deactivate your account.</source>
        <translation>Öffnet die Kontoseite, auf der Sie Ihr Konto deaktivieren können.</translation>
    </message>
    <message>
        <source>sign-in method unknown</source>
        <translation>Anmeldemethode unbekannt</translation>
    </message>
    <message>
        <source>OAuth 2.0 account (sessions are managed on the account page)</source>
        <translation>Konto mit OAuth 2.0 (Sitzungen werden auf der Kontoseite verwaltet)</translation>
    </message>
    <message>
        <source>classic sign-in</source>
        <translation>klassische Anmeldung</translation>
    </message>
    <message>
        <source>Demo server %1 · %2</source>
        <translation>Demo-Server %1 · %2</translation>
    </message>
    <message>
        <source>Server %1 · %2</source>
        <translation>Server %1 · %2</translation>
    </message>
    <message>
        <source>Opens %1 in the browser.</source>
        <translation>Öffnet %1 im Browser.</translation>
    </message>
    <message>
        <source>Gatehouse</source>
        <translation>Gatehouse</translation>
    </message>
</context>
<context>
    <name>gatehouse::AccountManager</name>
    <message>
        <source>Several saved accounts are %1, on %2. Choose one with --account-server URL.</source>
        <translation>Mehrere gespeicherte Konten sind %1, auf %2. Wählen Sie eines mit --account-server URL aus.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>There is no saved account %1. Sign in with the Gatehouse window first.</source>
        <translation>Es gibt kein gespeichertes Konto %1. Melden Sie sich zuerst im Gatehouse-Fenster an.</translation>
    </message>
    <message>
        <source>There is no saved account %1. Saved accounts: %2.</source>
        <translation>Es gibt kein gespeichertes Konto %1. Gespeicherte Konten: %2.</translation>
    </message>
</context>
<context>
    <name>gatehouse::AccountSwitcher</name>
    <message>
        <source>Add Account…</source>
        <translation>Konto hinzufügen…</translation>
    </message>
    <message>
        <source>Sign Out…</source>
        <translation>Abmelden…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Sign in to another account; the others stay signed in.</source>
        <translation>Bei einem weiteren Konto anmelden; die anderen bleiben angemeldet.</translation>
    </message>
    <message>
        <source>Ends this account&apos;s Gatehouse session on the server and forgets the account.</source>
        <translation>Beendet die Gatehouse-Sitzung dieses Kontos auf dem Server und vergisst das Konto.</translation>
    </message>
    <message>
        <source>%1 (this run only)</source>
        <translation>%1 (nur für diesen Programmlauf)</translation>
    </message>
    <message>
        <source>%1 on %2 – kept in memory only</source>
        <translation>%1 auf %2 – nur im Arbeitsspeicher gehalten</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
</context>
<context>
    <name>gatehouse::AccountSwitching</name>
    <message>
        <source>Gatehouse no longer has the account %1.</source>
        <translation>Gatehouse verfügt nicht mehr über das Konto %1.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <source>Signing out of %1…</source>
        <translation>Abmelden von %1…</translation>
    </message>
    <message>
        <source>Signed out of %1.</source>
        <translation>Von %1 abgemeldet.</translation>
    </message>
</context>
<context>
    <name>gatehouse::AccountWatcher</name>
    <message>
        <source>%1 Sign in again to keep watching.</source>
        <translation>%1 Melden Sie sich erneut an, um weiter zu beobachten.</translation>
    </message>
</context>
<context>
    <name>gatehouse::Banner</name>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>gatehouse::CliRunner</name>
    <message>
        <source>No browser could be opened; copy the address above into one.</source>
        <translation>Es konnte kein Browser geöffnet werden; kopieren Sie die obige Adresse in einen Browser.</translation>
    </message>
    <message>
        <source>No browser could be opened (%1); copy the address above into one.</source>
        <translation>Es konnte kein Browser geöffnet werden (%1); kopieren Sie die obige Adresse in einen Browser.</translation>
    </message>
    <message>
        <source>%1 Exported the stored history only; it may be out of date.</source>
        <translation>%1 Nur der gespeicherte Verlauf wurde exportiert; er ist vielleicht nicht aktuell.</translation>
    </message>
    <message>
        <source>Could not write the export to %1: %2</source>
        <translation>Der Export konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>gatehouse::DeviceCodeSignIn</name>
    <message>
        <source>The code expired before it was entered. Start again for a new code.</source>
        <translation>Der Code ist abgelaufen, bevor er eingegeben wurde. Starten Sie erneut, um einen neuen Code zu erhalten.</translation>
    </message>
    <message>
        <source>Registering Gatehouse with %1…</source>
        <translation>Gatehouse wird bei %1 registriert…</translation>
    </message>
    <message>
        <source>%1 did not give Gatehouse a sign-in code: %2</source>
        <translation>%1 hat Gatehouse keinen Anmeldecode gegeben: %2</translation>
    </message>
    <message>
        <source>The sign-in code answer from %1 is incomplete.</source>
        <translation>Die Anmeldecode-Antwort von %1 ist unvollständig.</translation>
    </message>
    <message>
        <source>The sign-in was refused on the other device.</source>
        <translation>Die Anmeldung wurde auf dem anderen Gerät abgelehnt.</translation>
    </message>
    <message>
        <source>The sign-in with a code failed: %1</source>
        <translation>Die Anmeldung mit einem Code ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>gatehouse::DeviceListModel</name>
    <message>
        <source>View</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Sign out…</source>
        <translation>Abmelden…</translation>
    </message>
    <message>
        <source>Waiting for browser</source>
        <translation>Warten auf Browser</translation>
    </message>
    <message>
        <source>This session</source>
        <translation>Diese Sitzung</translation>
    </message>
    <message numerus="yes">
        <source>Inactive for %n day(s)</source>
        <translation>
            <numerusform>Seit %n Tag inaktiv</numerusform>
            <numerusform>Seit %n Tagen inaktiv</numerusform>
        </translation>
    </message>
    <message>
        <source>No activity recorded</source>
        <translation>Keine Aktivität erfasst</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>%1, this session</source>
        <translation>%1, diese Sitzung</translation>
    </message>
    <message>
        <source>No actions</source>
        <translation>Keine Aktionen</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>Geräte-ID</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>Last IP address</source>
        <translation>Letzte IP-Adresse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>%1, this session, waiting for the browser</source>
        <translation>%1, diese Sitzung, wartet auf den Browser</translation>
    </message>
    <message>
        <source>%1, waiting for the browser</source>
        <translation>%1, wartet auf den Browser</translation>
    </message>
    <message>
        <source>%1, inactive</source>
        <translation>%1, inaktiv</translation>
    </message>
    <message>
        <source>No actions for %1</source>
        <translation>Keine Aktionen für %1</translation>
    </message>
    <message>
        <source>Actions for %1: %2</source>
        <translation>Aktionen für %1: %2</translation>
    </message>
    <message>
        <source>Session %1, device ID %2</source>
        <translation>Sitzung %1, Geräte-ID %2</translation>
    </message>
    <message>
        <source>Last activity %1</source>
        <translation>Letzte Aktivität %1</translation>
    </message>
    <message>
        <source>No actions: this is the session Gatehouse is using</source>
        <translation>Keine Aktionen: Gatehouse verwendet diese Sitzung</translation>
    </message>
    <message>
        <source>Actions: %1. Press Enter for the menu</source>
        <translation>Aktionen: %1. Eingabetaste öffnet das Menü</translation>
    </message>
    <message>
        <source>, Delete to sign out</source>
        <translation>, Entf zum Abmelden</translation>
    </message>
    <message>
        <source>%1, new</source>
        <translation>%1, neu</translation>
    </message>
    <message>
        <source>Kind of device: %1</source>
        <translation>Geräteart: %1</translation>
    </message>
    <message>
        <source>Encryption: %1</source>
        <translation>Verschlüsselung: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Possibly the same device as %1</source>
        <translation>Möglicherweise dasselbe Gerät wie %1</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
</context>
<context>
    <name>gatehouse::DevicesClient</name>
    <message>
        <source>There is no access token to sign in with.</source>
        <translation>Es gibt kein Zugriffstoken für die Anmeldung.</translation>
    </message>
</context>
<context>
    <name>gatehouse::FilterBar</name>
    <message>
        <source>Sho&amp;w:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>Sign Out Selected…</source>
        <translation>Ausgewählte abmelden…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Filter by name, device ID or IP address</source>
        <translation>Nach Name, Geräte-ID oder IP-Adresse filtern</translation>
    </message>
    <message>
        <source>Filter sessions</source>
        <translation>Sitzungen filtern</translation>
    </message>
    <message>
        <source>Shows only sessions whose name, device ID or IP address contains this text.</source>
        <translation>Zeigt nur Sitzungen, deren Name, Geräte-ID oder IP-Adresse diesen Text enthält.</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Filter leeren</translation>
    </message>
    <message>
        <source>Empties the filter box.</source>
        <translation>Leert das Filterfeld.</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Alle Sitzungen</translation>
    </message>
    <message>
        <source>Active sessions</source>
        <translation>Aktive Sitzungen</translation>
    </message>
    <message>
        <source>Show sessions</source>
        <translation>Angezeigte Sitzungen</translation>
    </message>
    <message>
        <source>Shows all sessions, only active ones, or only inactive ones.</source>
        <translation>Zeigt alle Sitzungen, nur aktive oder nur inaktive.</translation>
    </message>
    <message>
        <source>Sign out selected sessions</source>
        <translation>Ausgewählte Sitzungen abmelden</translation>
    </message>
    <message>
        <source>Signs out every selected session except this one, one account page at a time.</source>
        <translation>Meldet alle ausgewählten Sitzungen außer dieser ab, über eine Kontoseite nach der anderen.</translation>
    </message>
    <message>
        <source>Load the list again from the server (F5)</source>
        <translation>Die Liste erneut vom Server laden (F5)</translation>
    </message>
    <message>
        <source>Loads the session list again from the server.</source>
        <translation>Lädt die Sitzungsliste erneut vom Server.</translation>
    </message>
    <message numerus="yes">
        <source>Sign Out %n Selected…</source>
        <translation>
            <numerusform>%n ausgewählte Sitzung abmelden…</numerusform>
            <numerusform>%n ausgewählte Sitzungen abmelden…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inactive for more than %n day(s)</source>
        <translation>
            <numerusform>Seit mehr als %n Tag inaktiv</numerusform>
            <numerusform>Seit mehr als %n Tagen inaktiv</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n session(s)</source>
        <translation>
            <numerusform>%1 von %n Sitzung angezeigt</numerusform>
            <numerusform>%1 von %n Sitzungen angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n inactive</source>
        <translation>
            <numerusform> · %n inaktiv</numerusform>
            <numerusform> · %n inaktiv</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::FreedesktopNotifier</name>
    <message>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Sign Out…</source>
        <translation>Abmelden…</translation>
    </message>
    <message>
        <source>It Was Me</source>
        <translation>Das war ich</translation>
    </message>
    <message>
        <source>Clean Up…</source>
        <translation>Aufräumen…</translation>
    </message>
    <message>
        <source>Open Gatehouse</source>
        <translation>Gatehouse öffnen</translation>
    </message>
</context>
<context>
    <name>gatehouse::HistoryDialog</name>
    <message>
        <source>Session History</source>
        <translation>Sitzungsverlauf</translation>
    </message>
    <message>
        <source>&amp;Gone in:</source>
        <translation>&amp;Verschwunden in:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Which sessions that disappeared are listed, by when they went.</source>
        <translation>Welche verschwundenen Sitzungen aufgeführt werden, nach dem Zeitpunkt ihres Verschwindens.</translation>
    </message>
    <message>
        <source>Sessions that disappeared</source>
        <translation>Verschwundene Sitzungen</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>IP &amp;addresses of the selected session:</source>
        <translation>IP-&amp;Adressen der ausgewählten Sitzung:</translation>
    </message>
    <message>
        <source>IP addresses of the selected session</source>
        <translation>IP-Adressen der ausgewählten Sitzung</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
</context>
<context>
    <name>gatehouse::HistoryListModel</name>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Signed out with Gatehouse</source>
        <translation>Mit Gatehouse abgemeldet</translation>
    </message>
    <message>
        <source>Disappeared (signed out elsewhere or expired)</source>
        <translation>Verschwunden (anderswo abgemeldet oder abgelaufen)</translation>
    </message>
    <message>
        <source>Still signed in</source>
        <translation>Noch angemeldet</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>Geräte-ID</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>Gone since</source>
        <translation>Verschwunden seit</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP-Adressen</translation>
    </message>
</context>
<context>
    <name>gatehouse::HistoryNotice</name>
    <message>
        <source>Move Aside and Start New</source>
        <translation>Beiseitelegen und neu beginnen</translation>
    </message>
    <message>
        <source>Renames the history file, keeping it, and starts a new, empty history.</source>
        <translation>Benennt die Verlaufsdatei um, behält sie, und beginnt einen neuen, leeren Verlauf.</translation>
    </message>
    <message>
        <source>A new history was started. The old file was kept as %1.</source>
        <translation>Ein neuer Verlauf wurde begonnen. Die alte Datei wurde als %1 behalten.</translation>
    </message>
</context>
<context>
    <name>gatehouse::HistorySettingsSection</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;Forget This Account&apos;s History…</source>
        <translation>Verlauf dieses Kontos &amp;vergessen…</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> Tag</numerusform>
            <numerusform> Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep history for</source>
        <translation>Verlauf behalten für</translation>
    </message>
    <message>
        <source>Sessions that disappeared longer ago than this are forgotten when Gatehouse starts.</source>
        <translation>Sitzungen, die vor längerer Zeit verschwunden sind, werden beim Start von Gatehouse vergessen.</translation>
    </message>
    <message>
        <source>&amp;Keep history for:</source>
        <translation>Verlauf &amp;behalten für:</translation>
    </message>
    <message>
        <source>Deletes everything Gatehouse remembers about this account&apos;s sessions on this computer.</source>
        <translation>Löscht alles, was Gatehouse auf diesem Computer über die Sitzungen dieses Kontos weiß.</translation>
    </message>
    <message>
        <source>Forget History</source>
        <translation>Verlauf vergessen</translation>
    </message>
    <message>
        <source>Forget everything Gatehouse remembers about the sessions of %1?</source>
        <translation>Alles vergessen, was Gatehouse über die Sitzungen von %1 weiß?</translation>
    </message>
</context>
<context>
    <name>gatehouse::LoadErrorPage</name>
    <message>
        <source>Could not load your sessions</source>
        <translation>Ihre Sitzungen konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Address refused</source>
        <translation>Adresse abgelehnt</translation>
    </message>
    <message>
        <source>Could not reach the server</source>
        <translation>Server nicht erreichbar</translation>
    </message>
    <message>
        <source>Sign In Again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>Shows the sign-in screen for this account.</source>
        <translation>Zeigt die Anmeldung für dieses Konto.</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Asks the server for the sessions again.</source>
        <translation>Fragt den Server erneut nach den Sitzungen.</translation>
    </message>
</context>
<context>
    <name>gatehouse::LoopbackRedirectListener</name>
    <message>
        <source>Signed in to Gatehouse</source>
        <translation>Bei Gatehouse angemeldet</translation>
    </message>
    <message>
        <source>Sign-in not completed</source>
        <translation>Anmeldung nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Gatehouse has received your sign-in. You can close this tab and go back to Gatehouse.</source>
        <translation>Gatehouse hat Ihre Anmeldung erhalten. Sie können diesen Tab schließen und zu Gatehouse zurückkehren.</translation>
    </message>
    <message>
        <source>The sign-in did not complete. You can close this tab; Gatehouse says what happened.</source>
        <translation>Die Anmeldung wurde nicht abgeschlossen. Sie können diesen Tab schließen; Gatehouse zeigt an, was passiert ist.</translation>
    </message>
</context>
<context>
    <name>gatehouse::MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>Open Account &amp;Page</source>
        <translation>&amp;Kontoseite öffnen</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>All &amp;Sessions</source>
        <translation>Alle &amp;Sitzungen</translation>
    </message>
    <message>
        <source>Reset &amp;Cross-Signing…</source>
        <translation>&amp;Quersignierung zurücksetzen…</translation>
    </message>
    <message>
        <source>&amp;Deactivate Account…</source>
        <translation>Konto &amp;deaktivieren…</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>Konto &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Sign &amp;Out of This Account…</source>
        <translation>Von diesem Konto &amp;abmelden…</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <source>Sign &amp;Out…	Del</source>
        <translation>&amp;Abmelden…	Entf</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Copy Device ID	Ctrl+C</source>
        <translation>&amp;Geräte-ID kopieren	Strg+C</translation>
    </message>
    <message>
        <source>Copy &amp;IP Address</source>
        <translation>IP-Adresse &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Dismiss Waiting Mark</source>
        <translation>&amp;Wartemarkierung entfernen</translation>
    </message>
    <message>
        <source>Select &amp;Inactive Sessions…</source>
        <translation>&amp;Inaktive Sitzungen auswählen…</translation>
    </message>
    <message>
        <source>Select &amp;All Except This Session</source>
        <translation>Alle außer &amp;dieser Sitzung auswählen</translation>
    </message>
    <message>
        <source>Sign Out &amp;Selected…</source>
        <translation>Ausgewählte ab&amp;melden…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Filter Sessions</source>
        <translation>Sitzungen &amp;filtern</translation>
    </message>
    <message>
        <source>Show &amp;All Sessions</source>
        <translation>&amp;Alle Sitzungen anzeigen</translation>
    </message>
    <message>
        <source>Show A&amp;ctive Sessions</source>
        <translation>A&amp;ktive Sitzungen anzeigen</translation>
    </message>
    <message>
        <source>Show &amp;Inactive Sessions</source>
        <translation>&amp;Inaktive Sitzungen anzeigen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Gatehouse</source>
        <translation>Über &amp;Gatehouse</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>gatehouse::MainWindow</name>
    <message>
        <source>Refreshing</source>
        <translation>Wird aktualisiert</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>Geräte-ID</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Loading your sessions…</source>
        <translation>Ihre Sitzungen werden geladen…</translation>
    </message>
    <message>
        <source>Asking %1 for the sessions of this account.</source>
        <translation>Die Sitzungen dieses Kontos werden bei %1 abgefragt.</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>%1 – Gatehouse</source>
        <translation>%1 – Gatehouse</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Aktualisiert um %1</translation>
    </message>
    <message>
        <source>Could not refresh the list: %1</source>
        <translation>Die Liste konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>Refresh failed</source>
        <translation>Aktualisierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 copied to the clipboard.</source>
        <translation>%1 in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>The new language applies the next time Gatehouse starts.</source>
        <translation>Die neue Sprache wird beim nächsten Start von Gatehouse übernommen.</translation>
    </message>
    <message numerus="yes">
        <source>%n inactive session(s) selected.</source>
        <translation>
            <numerusform>%n inaktive Sitzung ausgewählt.</numerusform>
            <numerusform>%n inaktive Sitzungen ausgewählt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::MetadataService</name>
    <message>
        <source>Could not read the account metadata of %1: %2</source>
        <translation>Die Kontometadaten von %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The server&apos;s account metadata is invalid: its auth_issuer answer has no issuer.</source>
        <translation>Die Kontometadaten des Servers sind ungültig: Die auth_issuer-Antwort enthält keinen issuer.</translation>
    </message>
    <message>
        <source>The sign-in server</source>
        <translation>Der Anmeldeserver</translation>
    </message>
</context>
<context>
    <name>gatehouse::NativeSignOut</name>
    <message>
        <source>The server kept asking for more confirmation; nothing was signed out.</source>
        <translation>Der Server verlangte immer wieder weitere Bestätigungen; es wurde nichts abgemeldet.</translation>
    </message>
    <message>
        <source>The server asked for a confirmation Gatehouse does not know how to give.</source>
        <translation>Der Server verlangte eine Bestätigung, die Gatehouse nicht geben kann.</translation>
    </message>
    <message>
        <source>Nothing was signed out.</source>
        <translation>Es wurde nichts abgemeldet.</translation>
    </message>
</context>
<context>
    <name>gatehouse::OAuthSignIn</name>
    <message numerus="yes">
        <source>The browser did not come back within %n minute(s). Start the sign-in again.</source>
        <translation>
            <numerusform>Der Browser ist nicht innerhalb von %n Minute zurückgekehrt. Starten Sie die Anmeldung erneut.</numerusform>
            <numerusform>Der Browser ist nicht innerhalb von %n Minuten zurückgekehrt. Starten Sie die Anmeldung erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The registration endpoint</source>
        <translation>Der Registrierungsendpunkt</translation>
    </message>
    <message>
        <source>The device authorization endpoint</source>
        <translation>Der Geräteautorisierungsendpunkt</translation>
    </message>
    <message>
        <source>The authorization endpoint</source>
        <translation>Der Autorisierungsendpunkt</translation>
    </message>
    <message>
        <source>The token endpoint</source>
        <translation>Der Token-Endpunkt</translation>
    </message>
    <message>
        <source>The revocation endpoint</source>
        <translation>Der Widerrufsendpunkt</translation>
    </message>
    <message>
        <source>Gatehouse could not register itself with %1: %2</source>
        <translation>Gatehouse konnte sich nicht bei %1 registrieren: %2</translation>
    </message>
    <message>
        <source>The homeserver gave this sign-in the session “%1”, not the “%2” Gatehouse asked for, so it was not used.</source>
        <translation>Der Heimserver hat dieser Anmeldung die Sitzung „%1“ zugewiesen, nicht die von Gatehouse angeforderte „%2“; sie wurde daher nicht verwendet.</translation>
    </message>
    <message>
        <source>Registering Gatehouse with %1…</source>
        <translation>Gatehouse wird bei %1 registriert…</translation>
    </message>
    <message>
        <source>Gatehouse could not listen on 127.0.0.1 for the browser&apos;s answer.</source>
        <translation>Gatehouse konnte auf 127.0.0.1 keinen Port für die Antwort des Browsers öffnen.</translation>
    </message>
    <message>
        <source>The sign-in page</source>
        <translation>Die Anmeldeseite</translation>
    </message>
    <message>
        <source>Finishing the sign-in…</source>
        <translation>Die Anmeldung wird abgeschlossen…</translation>
    </message>
    <message>
        <source>The sign-in could not be finished: %1</source>
        <translation>Die Anmeldung konnte nicht abgeschlossen werden: %1</translation>
    </message>
    <message>
        <source>The server&apos;s sign-in metadata has no “%1”, so Gatehouse cannot sign in with it.</source>
        <translation>Die Anmelde-Metadaten des Servers enthalten kein „%1“, daher kann Gatehouse sich dort nicht anmelden.</translation>
    </message>
</context>
<context>
    <name>gatehouse::OpenManuallyDialog</name>
    <message>
        <source>No Browser Could Be Opened</source>
        <translation>Browser konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Gatehouse could not start a web browser. Copy this address into one:</source>
        <translation>Gatehouse konnte keinen Webbrowser starten. Kopieren Sie diese Adresse in einen Browser:</translation>
    </message>
    <message>
        <source>Address to open</source>
        <translation>Zu öffnende Adresse</translation>
    </message>
    <message>
        <source>Copy Address</source>
        <translation>Adresse kopieren</translation>
    </message>
</context>
<context>
    <name>gatehouse::PasswordSignIn</name>
    <message>
        <source>Gatehouse on %1</source>
        <translation>Gatehouse auf %1</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
</context>
<context>
    <name>gatehouse::SavedTokenSource</name>
    <message>
        <source>There is no keychain to read the sign-in from.</source>
        <translation>Es gibt keinen Schlüsselbund, aus dem die Anmeldung gelesen werden kann.</translation>
    </message>
    <message>
        <source>Gatehouse has no saved sign-in for %1. Sign in again. (%2)</source>
        <translation>Gatehouse hat keine gespeicherte Anmeldung für %1. Melden Sie sich erneut an. (%2)</translation>
    </message>
    <message>
        <source>The saved sign-in for %1 is unreadable. Sign in again.</source>
        <translation>Die gespeicherte Anmeldung für %1 ist nicht lesbar. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>You were signed out of %1. Sign in again.</source>
        <translation>Sie wurden von %1 abgemeldet. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Another Gatehouse is renewing the sign-in of %1 and did not finish; try again later.</source>
        <translation>Eine andere Gatehouse-Instanz erneuert die Anmeldung von %1 und ist nicht fertig geworden; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>You were signed out of %1: the server no longer accepts this sign-in. Sign in again.</source>
        <translation>Sie wurden von %1 abgemeldet: Der Server akzeptiert diese Anmeldung nicht mehr. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The sign-in of %1 could not be renewed just now; try again later. %2</source>
        <translation>Die Anmeldung von %1 konnte gerade nicht erneuert werden; versuchen Sie es später erneut. %2</translation>
    </message>
</context>
<context>
    <name>gatehouse::SecretStore</name>
    <message>
        <source>The keychain holds no sign-in for this account.</source>
        <translation>Der Schlüsselbund enthält keine Anmeldung für dieses Konto.</translation>
    </message>
    <message>
        <source>The keychain could not be read (%1).</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>No keychain is available (%1), so this sign-in is kept in memory only and ends when Gatehouse closes.</source>
        <translation>Es ist kein Schlüsselbund verfügbar (%1), daher wird diese Anmeldung nur im Arbeitsspeicher gehalten und endet, wenn Gatehouse geschlossen wird.</translation>
    </message>
    <message>
        <source>The sign-in could not be removed from the keychain (%1).</source>
        <translation>Die Anmeldung konnte nicht aus dem Schlüsselbund entfernt werden (%1).</translation>
    </message>
</context>
<context>
    <name>gatehouse::ServerDiscovery</name>
    <message>
        <source>The homeserver</source>
        <translation>Der Heimserver</translation>
    </message>
    <message>
        <source>Could not find the homeserver for %1. %2 Enter the homeserver address (https://…) instead.</source>
        <translation>Der Heimserver für %1 wurde nicht gefunden. %2 Geben Sie stattdessen die Adresse des Heimservers (https://…) ein.</translation>
    </message>
    <message>
        <source>Could not find the homeserver for %1. %2</source>
        <translation>Der Heimserver für %1 wurde nicht gefunden. %2</translation>
    </message>
    <message>
        <source>The homeserver named by %1</source>
        <translation>Der von %1 genannte Heimserver</translation>
    </message>
    <message>
        <source>No Matrix homeserver answered at %1. %2</source>
        <translation>Unter %1 hat kein Matrix-Heimserver geantwortet. %2</translation>
    </message>
    <message>
        <source>%1 is not a Matrix homeserver (its /versions answer is not valid), so %2 cannot be used.</source>
        <translation>%1 ist kein Matrix-Heimserver (seine /versions-Antwort ist ungültig), daher kann %2 nicht verwendet werden.</translation>
    </message>
</context>
<context>
    <name>gatehouse::SessionDetailsPane</name>
    <message>
        <source>No session selected.</source>
        <translation>Keine Sitzung ausgewählt.</translation>
    </message>
    <message>
        <source>Open App Address</source>
        <translation>App-Adresse öffnen</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Sitzungsdetails</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>Geräte-ID</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>Last IP address</source>
        <translation>Letzte IP-Adresse</translation>
    </message>
    <message>
        <source>Kind of device</source>
        <translation>Geräteart</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>App address</source>
        <translation>App-Adresse</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>First seen by Gatehouse</source>
        <translation>Von Gatehouse zuerst gesehen</translation>
    </message>
    <message>
        <source>IP addresses over time</source>
        <translation>IP-Adressen im Lauf der Zeit</translation>
    </message>
    <message>
        <source>Opens the address the session&apos;s app gave in your browser</source>
        <translation>Öffnet die Adresse, die die App der Sitzung angegeben hat, im Browser</translation>
    </message>
    <message>
        <source>%1 (this session)</source>
        <translation>%1 (diese Sitzung)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (a guess from the app and the name)</source>
        <translation>%1 (geschätzt nach App und Name)</translation>
    </message>
    <message>
        <source>Not known (the server did not say)</source>
        <translation>Nicht bekannt (der Server hat es nicht mitgeteilt)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Not shared by this session</source>
        <translation>Von dieser Sitzung nicht mitgeteilt</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, Version %2</translation>
    </message>
    <message>
        <source>Your account&apos;s identity changed: no session counts as signed by it until you accept the new one.</source>
        <translation>Die Identität Ihres Kontos hat sich geändert: Keine Sitzung gilt als von ihr signiert, bis Sie die neue annehmen.</translation>
    </message>
    <message>
        <source>Not in the history yet</source>
        <translation>Noch nicht im Verlauf</translation>
    </message>
    <message>
        <source>%1: first %2, last %3</source>
        <translation>%1: zuerst %2, zuletzt %3</translation>
    </message>
    <message>
        <source>For the session %1, shown in the details</source>
        <translation>Für die Sitzung %1, in den Details gezeigt</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Dismiss Waiting Mark</source>
        <translation>Wartemarke entfernen</translation>
    </message>
</context>
<context>
    <name>gatehouse::SessionEditor</name>
    <message>
        <source>A session name can have at most %1 characters; this one has %2.</source>
        <translation>Ein Sitzungsname darf höchstens %1 Zeichen haben; dieser hat %2.</translation>
    </message>
    <message>
        <source>The server refused the name because it is too long (at most %1 characters).</source>
        <translation>Der Server hat den Namen abgelehnt, weil er zu lang ist (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>This session no longer exists.</source>
        <translation>Diese Sitzung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>This server signs sessions out on its account page, not from Gatehouse.</source>
        <translation>Dieser Server meldet Sitzungen auf seiner Kontoseite ab, nicht über Gatehouse.</translation>
    </message>
</context>
<context>
    <name>gatehouse::SessionListStack</name>
    <message>
        <source>Clear Filter</source>
        <translation>Filter leeren</translation>
    </message>
    <message>
        <source>Empties the filter box and shows all sessions again.</source>
        <translation>Leert das Filterfeld und zeigt wieder alle Sitzungen.</translation>
    </message>
    <message>
        <source>No sessions</source>
        <translation>Keine Sitzungen</translation>
    </message>
    <message>
        <source>The server lists no sessions for this account. Refresh (F5) to ask again.</source>
        <translation>Der Server listet für dieses Konto keine Sitzungen auf. Aktualisieren Sie (F5), um erneut nachzufragen.</translation>
    </message>
    <message>
        <source>No sessions match</source>
        <translation>Keine passenden Sitzungen</translation>
    </message>
    <message>
        <source>No session fits the chosen filter.</source>
        <translation>Keine Sitzung entspricht dem gewählten Filter.</translation>
    </message>
    <message>
        <source>No session&apos;s name, device ID or IP address contains “%1”.</source>
        <translation>Bei keiner Sitzung enthält der Name, die Geräte-ID oder die IP-Adresse „%1“.</translation>
    </message>
</context>
<context>
    <name>gatehouse::SessionRowMenu</name>
    <message>
        <source>&amp;View in Browser</source>
        <translation>Im &amp;Browser anzeigen</translation>
    </message>
    <message>
        <source>Sign &amp;Out…</source>
        <translation>&amp;Abmelden…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Copy Device ID</source>
        <translation>&amp;Geräte-ID kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;IP Address</source>
        <translation>IP-Adresse &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Dismiss Waiting Mark</source>
        <translation>&amp;Wartemarkierung entfernen</translation>
    </message>
</context>
<context>
    <name>gatehouse::SessionTable</name>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Every session signed in to this account. Press Enter on a session for its actions.</source>
        <translation>Alle bei diesem Konto angemeldeten Sitzungen. Drücken Sie auf einer Sitzung die Eingabetaste, um ihre Aktionen aufzurufen.</translation>
    </message>
</context>
<context>
    <name>gatehouse::SessionWorkspace</name>
    <message>
        <source>Accept New Identity</source>
        <translation>Neue Identität annehmen</translation>
    </message>
    <message>
        <source>an unknown day</source>
        <translation>einem unbekannten Tag</translation>
    </message>
    <message>
        <source>Your account&apos;s identity changed on %1. This is expected after a cross-signing reset; until you accept the new identity, no session is shown as signed by it.</source>
        <translation>Die Identität Ihres Kontos hat sich am %1 geändert. Nach dem Zurücksetzen des Cross-Signings ist das zu erwarten; bis Sie die neue Identität annehmen, wird keine Sitzung als von ihr signiert gezeigt.</translation>
    </message>
</context>
<context>
    <name>gatehouse::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of Gatehouse. A change applies the next time it starts.</source>
        <translation>Die Sprache von Gatehouse. Eine Änderung wird beim nächsten Start übernommen.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Inactive after</source>
        <translation>Inaktiv nach</translation>
    </message>
    <message>
        <source>Sessions not seen for more than this many days are marked inactive.</source>
        <translation>Sitzungen, die länger als diese Anzahl von Tagen nicht aktiv waren, werden als inaktiv markiert.</translation>
    </message>
    <message>
        <source>Mark sessions &amp;inactive after:</source>
        <translation>Sitzungen als &amp;inaktiv markieren nach:</translation>
    </message>
    <message>
        <source>A new language applies the next time Gatehouse starts.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von Gatehouse übernommen.</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> Tag</numerusform>
            <numerusform> Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Saves the settings and closes.</source>
        <translation>Speichert die Einstellungen und schließt.</translation>
    </message>
    <message>
        <source>Closes without saving.</source>
        <translation>Schließt ohne zu speichern.</translation>
    </message>
</context>
<context>
    <name>gatehouse::SignInFlow</name>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>gatehouse::SignInPage</name>
    <message>
        <source>Finish signing in on the page that opened in your browser. Gatehouse continues by itself once you are done.</source>
        <translation>Schließen Sie die Anmeldung auf der Seite ab, die sich in Ihrem Browser geöffnet hat. Gatehouse fährt danach von selbst fort.</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address in a browser on this computer to sign in; Gatehouse continues by itself once you are done.</source>
        <translation>Es konnte kein Browser geöffnet werden. Öffnen Sie diese Adresse in einem Browser auf diesem Rechner, um sich anzumelden; Gatehouse fährt danach von selbst fort.</translation>
    </message>
    <message>
        <source>Sign-in code %1</source>
        <translation>Anmeldecode %1</translation>
    </message>
    <message>
        <source>On a device with a browser, go to
%1
and enter this code. Gatehouse continues by itself once you approve there.</source>
        <translation>Rufen Sie auf einem Gerät mit Browser
%1
auf und geben Sie diesen Code ein. Gatehouse fährt von selbst fort, sobald Sie dort zustimmen.</translation>
    </message>
    <message>
        <source>Sign in to your Matrix account</source>
        <translation>Bei Ihrem Matrix-Konto anmelden</translation>
    </message>
    <message>
        <source>Enter your Matrix ID or the name of your homeserver. Gatehouse finds out how that server signs people in.</source>
        <translation>Geben Sie Ihre Matrix-ID oder den Namen Ihres Heimservers ein. Gatehouse ermittelt, wie die Anmeldung bei diesem Server funktioniert.</translation>
    </message>
    <message>
        <source>&amp;Matrix ID or server</source>
        <translation>&amp;Matrix-ID oder Server</translation>
    </message>
    <message>
        <source>@you:example.org or example.org</source>
        <translation>@name:example.org oder example.org</translation>
    </message>
    <message>
        <source>Matrix ID or server</source>
        <translation>Matrix-ID oder Server</translation>
    </message>
    <message>
        <source>Back to Sessions</source>
        <translation>Zurück zu den Sitzungen</translation>
    </message>
    <message>
        <source>Try the Demo Server</source>
        <translation>Demo-Server ausprobieren</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Continue in Browser</source>
        <translation>Im Browser fortfahren</translation>
    </message>
    <message>
        <source>Opens your homeserver&apos;s sign-in page in your browser.</source>
        <translation>Öffnet die Anmeldeseite Ihres Heimservers in Ihrem Browser.</translation>
    </message>
    <message>
        <source>Create Account</source>
        <translation>Konto erstellen</translation>
    </message>
    <message>
        <source>Opens your homeserver&apos;s page for creating an account.</source>
        <translation>Öffnet die Seite Ihres Heimservers zum Erstellen eines Kontos.</translation>
    </message>
    <message>
        <source>Sign In with a Code</source>
        <translation>Mit einem Code anmelden</translation>
    </message>
    <message>
        <source>Shows a code to enter on another device; for when the browser cannot come back here.</source>
        <translation>Zeigt einen Code zur Eingabe auf einem anderen Gerät an; für den Fall, dass der Browser nicht hierher zurückkehren kann.</translation>
    </message>
    <message>
        <source>Use a code when this computer&apos;s browser cannot reach Gatehouse, for example over remote desktop or SSH.</source>
        <translation>Verwenden Sie einen Code, wenn der Browser dieses Rechners Gatehouse nicht erreichen kann, zum Beispiel über Remotedesktop oder SSH.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Use Another Server</source>
        <translation>Anderen Server verwenden</translation>
    </message>
    <message>
        <source>Waiting for your browser…</source>
        <translation>Warten auf Ihren Browser…</translation>
    </message>
    <message>
        <source>Waiting for the browser</source>
        <translation>Warten auf den Browser</translation>
    </message>
    <message>
        <source>Sign-in &amp;address:</source>
        <translation>A&amp;nmeldeadresse:</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Anmeldeadresse</translation>
    </message>
    <message>
        <source>Open Again</source>
        <translation>Erneut öffnen</translation>
    </message>
    <message>
        <source>Copy Address</source>
        <translation>Adresse kopieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>No browser could be opened; copy the address instead.</source>
        <translation>Es konnte kein Browser geöffnet werden; kopieren Sie stattdessen die Adresse.</translation>
    </message>
    <message>
        <source>The address was copied to the clipboard.</source>
        <translation>Die Adresse wurde in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Sign in on another device</source>
        <translation>Auf einem anderen Gerät anmelden</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Warten auf Zustimmung</translation>
    </message>
    <message>
        <source>Open Page Here</source>
        <translation>Seite hier öffnen</translation>
    </message>
    <message>
        <source>Copy Code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <source>No browser could be opened here; use another device.</source>
        <translation>Hier konnte kein Browser geöffnet werden; verwenden Sie ein anderes Gerät.</translation>
    </message>
    <message>
        <source>The code was copied to the clipboard.</source>
        <translation>Der Code wurde in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Wird bearbeitet</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>%1 signs people in on its own web page. Gatehouse opens it in your browser, or shows a code to enter on another device. Your password never passes through Gatehouse.</source>
        <translation>%1 meldet Benutzer auf einer eigenen Webseite an. Gatehouse öffnet sie in Ihrem Browser oder zeigt einen Code zur Eingabe auf einem anderen Gerät an. Ihr Passwort läuft nie über Gatehouse.</translation>
    </message>
    <message>
        <source>%1 signs people in on its own web page. Gatehouse opens it in your browser; your password never passes through Gatehouse.</source>
        <translation>%1 meldet Benutzer auf einer eigenen Webseite an. Gatehouse öffnet sie in Ihrem Browser; Ihr Passwort läuft nie über Gatehouse.</translation>
    </message>
    <message>
        <source>%1 uses classic sign-in with a user name and password.</source>
        <translation>%1 verwendet die klassische Anmeldung mit Benutzername und Passwort.</translation>
    </message>
    <message>
        <source>%1 uses OAuth 2.0 but does not offer what Gatehouse needs to sign in (registration of apps, and the browser or code sign-in).</source>
        <translation>%1 verwendet OAuth 2.0, bietet aber nicht, was Gatehouse zur Anmeldung benötigt (Registrierung von Anwendungen sowie Anmeldung per Browser oder Code).</translation>
    </message>
    <message>
        <source>%1 offers no way of signing in that Gatehouse supports.</source>
        <translation>%1 bietet keine Anmeldemethode, die Gatehouse unterstützt.</translation>
    </message>
    <message>
        <source>Preparing the sign-in…</source>
        <translation>Die Anmeldung wird vorbereitet…</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Geben Sie Ihren Benutzernamen und Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <source>Your Matrix ID, such as @you:example.org, or your homeserver&apos;s name. Press Enter to continue.</source>
        <translation>Ihre Matrix-ID, etwa @you:example.org, oder der Name Ihres Heimservers. Eingabetaste, um fortzufahren.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Empties the field.</source>
        <translation>Leert das Feld.</translation>
    </message>
    <message>
        <source>Returns to the session list of the account shown before.</source>
        <translation>Kehrt zur Sitzungsliste des zuvor gezeigten Kontos zurück.</translation>
    </message>
    <message>
        <source>Shows Gatehouse with made-up sessions on a server on this computer.</source>
        <translation>Zeigt Gatehouse mit erfundenen Sitzungen auf einem Server auf diesem Computer.</translation>
    </message>
    <message>
        <source>Finds out how the server signs people in.</source>
        <translation>Ermittelt, wie sich Personen bei diesem Server anmelden.</translation>
    </message>
    <message>
        <source>Your user name on this server.</source>
        <translation>Ihr Benutzername auf diesem Server.</translation>
    </message>
    <message>
        <source>Your password on this server. Press Enter to sign in.</source>
        <translation>Ihr Passwort auf diesem Server. Eingabetaste zum Anmelden.</translation>
    </message>
    <message>
        <source>Signs in with the user name and password.</source>
        <translation>Meldet mit Benutzername und Passwort an.</translation>
    </message>
    <message>
        <source>Goes back to choose another server.</source>
        <translation>Geht zurück, um einen anderen Server zu wählen.</translation>
    </message>
    <message>
        <source>The address of the sign-in page, to open in a browser by hand.</source>
        <translation>Die Adresse der Anmeldeseite, zum Öffnen in einem Browser von Hand.</translation>
    </message>
    <message>
        <source>Opens the sign-in page in your browser again.</source>
        <translation>Öffnet die Anmeldeseite erneut in Ihrem Browser.</translation>
    </message>
    <message>
        <source>Copies the address of the sign-in page to the clipboard.</source>
        <translation>Kopiert die Adresse der Anmeldeseite in die Zwischenablage.</translation>
    </message>
    <message>
        <source>Stops signing in.</source>
        <translation>Bricht die Anmeldung ab.</translation>
    </message>
    <message>
        <source>Opens the page for entering the code in a browser on this computer.</source>
        <translation>Öffnet die Seite zur Code-Eingabe in einem Browser auf diesem Computer.</translation>
    </message>
    <message>
        <source>Copies the sign-in code to the clipboard.</source>
        <translation>Kopiert den Anmeldecode in die Zwischenablage.</translation>
    </message>
</context>
<context>
    <name>gatehouse::SignInProbe</name>
    <message>
        <source>Looking up %1…</source>
        <translation>%1 wird gesucht…</translation>
    </message>
    <message>
        <source>The lookup was cancelled.</source>
        <translation>Die Suche wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>gatehouse::SignOutInactiveCommand</name>
    <message numerus="yes">
        <source>No session has been inactive for more than %n day(s).
</source>
        <translation>
            <numerusform>Keine Sitzung ist seit mehr als %n Tag inaktiv.
</numerusform>
            <numerusform>Keine Sitzung ist seit mehr als %n Tagen inaktiv.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would sign out %n session(s):
</source>
        <translation>
            <numerusform>%n Sitzung würde abgemeldet:
</numerusform>
            <numerusform>%n Sitzungen würden abgemeldet:
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signing out %n session(s), one account page at a time:
</source>
        <translation>
            <numerusform>%n Sitzung wird abgemeldet, eine Kontoseite nach der anderen:
</numerusform>
            <numerusform>%n Sitzungen werden abgemeldet, eine Kontoseite nach der anderen:
</numerusform>
        </translation>
    </message>
    <message>
        <source>This server uses classic sign-in; sign sessions out from the window, where Gatehouse can ask for your password.</source>
        <translation>Dieser Server verwendet die klassische Anmeldung; melden Sie Sitzungen im Fenster ab, wo Gatehouse nach Ihrem Passwort fragen kann.</translation>
    </message>
    <message>
        <source>No browser could be opened; open this address to confirm:
  %1
</source>
        <translation>Es konnte kein Browser geöffnet werden; öffnen Sie zum Bestätigen diese Adresse:
  %1
</translation>
    </message>
    <message>
        <source>Done: %1.
</source>
        <translation>Fertig: %1.
</translation>
    </message>
    <message>
        <source>  skipped, still signed in: %1  %2
</source>
        <translation>  übersprungen, weiterhin angemeldet: %1  %2
</translation>
    </message>
    <message>
        <source>  not done, still signed in: %1  %2
</source>
        <translation>  nicht erledigt, weiterhin angemeldet: %1  %2
</translation>
    </message>
    <message>
        <source>Press Enter to skip the waiting session; type q and Enter to stop.
</source>
        <translation>Drücken Sie die Eingabetaste, um die wartende Sitzung zu überspringen; geben Sie q ein und drücken Sie die Eingabetaste, um abzubrechen.
</translation>
    </message>
    <message>
        <source>[%1] waiting for you to confirm %2 (%3) in the browser…</source>
        <translation>[%1] Warten auf Ihre Bestätigung für %2 (%3) im Browser…</translation>
    </message>
    <message>
        <source>Interrupted: %1. What is left is offered again next time.
</source>
        <translation>Unterbrochen: %1. Der Rest wird beim nächsten Mal erneut angeboten.
</translation>
    </message>
</context>
<context>
    <name>gatehouse::SignOutQueue</name>
    <message numerus="yes">
        <source>%1 of %n signed out</source>
        <translation>
            <numerusform>%1 von %n abgemeldet</numerusform>
            <numerusform>%1 von %n abgemeldet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n skipped</source>
        <translation>
            <numerusform>, %n übersprungen</numerusform>
            <numerusform>, %n übersprungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::SignOutQueuePanel</name>
    <message>
        <source>Open Page Again</source>
        <translation>Seite erneut öffnen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Signing out sessions</source>
        <translation>Sitzungen werden abgemeldet</translation>
    </message>
    <message>
        <source>Sign-out progress</source>
        <translation>Abmeldefortschritt</translation>
    </message>
    <message>
        <source>Opens the account page for the waiting session again.</source>
        <translation>Öffnet die Kontoseite für die wartende Sitzung erneut.</translation>
    </message>
    <message>
        <source>Pauses after the session that is open now; Resume continues.</source>
        <translation>Pausiert nach der gerade geöffneten Sitzung; „Fortsetzen“ setzt die Abmeldung fort.</translation>
    </message>
    <message>
        <source>Leaves the waiting session signed in and moves on.</source>
        <translation>Lässt die wartende Sitzung angemeldet und fährt mit der nächsten fort.</translation>
    </message>
    <message>
        <source>Ends the sign-out; the remaining sessions stay signed in.</source>
        <translation>Beendet die Abmeldung; die übrigen Sitzungen bleiben angemeldet.</translation>
    </message>
    <message>
        <source>Continues signing out the sessions left from last time.</source>
        <translation>Setzt das Abmelden der vom letzten Mal übrigen Sitzungen fort.</translation>
    </message>
    <message>
        <source>Forgets the sessions left from last time.</source>
        <translation>Vergisst die vom letzten Mal übrigen Sitzungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) left from an earlier sign-out</source>
        <translation>
            <numerusform>%n Sitzung von einer früheren Abmeldung übrig</numerusform>
            <numerusform>%n Sitzungen von einer früheren Abmeldung übrig</numerusform>
        </translation>
    </message>
    <message>
        <source>Gatehouse was closed before it finished. Continue to sign them out one by one, or discard the list.</source>
        <translation>Gatehouse wurde geschlossen, bevor die Abmeldung abgeschlossen war. Klicken Sie auf „Weiter“, um sie nacheinander abzumelden, oder verwerfen Sie die Liste.</translation>
    </message>
    <message>
        <source>Signing out sessions: %1</source>
        <translation>Sitzungen werden abgemeldet: %1</translation>
    </message>
    <message>
        <source>Paused. “%1” still waits for your confirmation in the browser.</source>
        <translation>Pausiert. „%1“ wartet im Browser noch auf Ihre Bestätigung.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Pausiert.</translation>
    </message>
    <message>
        <source>Confirm the sign-out of “%1” on the account page in your browser. Gatehouse moves on when the session has gone from the list.</source>
        <translation>Bestätigen Sie die Abmeldung von „%1“ auf der Kontoseite in Ihrem Browser. Gatehouse fährt fort, sobald die Sitzung aus der Liste verschwunden ist.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
</context>
<context>
    <name>gatehouse::StatusPage</name>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Gatehouse</source>
        <translation>Gatehouse</translation>
    </message>
</context>
<context>
    <name>gatehouse::WatchSettingsSection</name>
    <message>
        <source>Watching</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <source>&amp;Watch this account in the background</source>
        <translation>Dieses Konto im &amp;Hintergrund überwachen</translation>
    </message>
    <message>
        <source>&amp;Start when I log in</source>
        <translation>Beim &amp;Anmelden am Computer starten</translation>
    </message>
    <message>
        <source>Gatehouse running in the background tells you when a new session signs in to this account.</source>
        <translation>Gatehouse meldet im Hintergrund, wenn sich eine neue Sitzung bei diesem Konto anmeldet.</translation>
    </message>
    <message numerus="yes">
        <source> minute(s)</source>
        <translation>
            <numerusform> Minute</numerusform>
            <numerusform> Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Check every</source>
        <translation>Prüfen alle</translation>
    </message>
    <message>
        <source>How often watching in the background asks the server.</source>
        <translation>Wie oft die Überwachung im Hintergrund beim Server nachfragt.</translation>
    </message>
    <message>
        <source>&amp;Check every:</source>
        <translation>&amp;Prüfen alle:</translation>
    </message>
    <message>
        <source>Starts Gatehouse in the background, with no window, when you log in to this computer.</source>
        <translation>Startet Gatehouse im Hintergrund ohne Fenster, wenn Sie sich an diesem Computer anmelden.</translation>
    </message>
    <message>
        <source>Tell me when a session &amp;disappears that Gatehouse did not sign out</source>
        <translation>&amp;Melden, wenn eine Sitzung verschwindet, die Gatehouse nicht abgemeldet hat</translation>
    </message>
    <message>
        <source>&amp;Remind me weekly of inactive sessions to clean up</source>
        <translation>&amp;Wöchentlich an inaktive Sitzungen zum Aufräumen erinnern</translation>
    </message>
    <message>
        <source>A notification when a watched account&apos;s session is gone from its list and Gatehouse did not end it.</source>
        <translation>Eine Benachrichtigung, wenn eine Sitzung eines beobachteten Kontos aus seiner Liste verschwunden ist, ohne dass Gatehouse sie beendet hat.</translation>
    </message>
    <message>
        <source>At most once a week, a notification when a watched account has sessions inactive for longer than the threshold in Settings; clicking it selects them in the window.</source>
        <translation>Höchstens einmal pro Woche eine Benachrichtigung, wenn ein beobachtetes Konto Sitzungen hat, die länger als in den Einstellungen festgelegt inaktiv sind; ein Klick darauf wählt sie im Fenster aus.</translation>
    </message>
</context>
<context>
    <name>gatehouse::WatchTray</name>
    <message>
        <source>&amp;Open Gatehouse</source>
        <translation>Gatehouse &amp;öffnen</translation>
    </message>
    <message>
        <source>&amp;Check Now</source>
        <translation>Jetzt &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Pause Watching</source>
        <translation>Beobachten &amp;anhalten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>%1 — paused</source>
        <translation>%1 — angehalten</translation>
    </message>
    <message>
        <source>%1 — checking…</source>
        <translation>%1 — wird geprüft…</translation>
    </message>
    <message>
        <source>%1 — watching</source>
        <translation>%1 — wird beobachtet</translation>
    </message>
    <message numerus="yes">
        <source>%1 — retrying in %n minute(s)</source>
        <translation>
            <numerusform>%1 — neuer Versuch in %n Minute</numerusform>
            <numerusform>%1 — neuer Versuch in %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — signed out; sign in again</source>
        <translation>%1 — abgemeldet; bitte erneut anmelden</translation>
    </message>
    <message>
        <source>Gatehouse is watching for new sign-ins</source>
        <translation>Gatehouse achtet auf neue Anmeldungen</translation>
    </message>
</context>
<context>
    <name>gatehouse::WatchingHeader</name>
    <message>
        <source>Watching in the background</source>
        <translation>Beobachtet im Hintergrund</translation>
    </message>
    <message>
        <source>Stops watching every account until Gatehouse starts again. Closing the window then quits Gatehouse.</source>
        <translation>Beendet das Beobachten aller Konten bis zum nächsten Start von Gatehouse. Das Schließen des Fensters beendet Gatehouse dann.</translation>
    </message>
    <message>
        <source>Stop Watching</source>
        <translation>Beobachten beenden</translation>
    </message>
</context>
<context>
    <name>gatehouse::WindowHistory</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>Shows the sessions that disappeared, with when and how.</source>
        <translation>Zeigt die verschwundenen Sitzungen, mit wann und wie.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Last updated %1 · updating…</source>
        <translation>Zuletzt aktualisiert %1 · wird aktualisiert…</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Asks the server for the list again.</source>
        <translation>Fragt den Server erneut nach der Liste.</translation>
    </message>
    <message>
        <source>Last updated %1 · could not update</source>
        <translation>Zuletzt aktualisiert %1 · Aktualisierung fehlgeschlagen</translation>
    </message>
</context>
</TS>
