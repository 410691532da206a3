<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountNotice</name>
    <message>
        <source>The account page could not be found, so no account actions are offered. %1</source>
        <translation>La page du compte est introuvable&#xa0;; aucune action de compte n&apos;est donc proposée. %1</translation>
    </message>
    <message>
        <source>This server uses classic sign-in and has no account page. Gatehouse signs sessions out itself: select one or several and press Delete.</source>
        <translation>Ce serveur utilise la connexion classique et n&apos;a pas de page de compte. Gatehouse déconnecte lui-même les sessions&#xa0;: sélectionnez-en une ou plusieurs et appuyez sur Suppr.</translation>
    </message>
    <message>
        <source>This server does not name an account page, so sessions can only be listed here.</source>
        <translation>Ce serveur n&apos;indique pas de page de compte&#xa0;; les sessions peuvent donc seulement être listées ici.</translation>
    </message>
    <message>
        <source>The account page</source>
        <translation>L&apos;adresse de la page du compte</translation>
    </message>
    <message>
        <source>No account actions are offered.</source>
        <translation>Aucune action de compte n&apos;est proposée.</translation>
    </message>
    <message>
        <source>Your server does not say which actions its account page supports. Use “Open Account Page” to manage sessions there.</source>
        <translation>Votre serveur n&apos;indique pas quelles actions sa page de compte prend en charge. Utilisez «&#xa0;Ouvrir la page du compte&#xa0;» pour y gérer les sessions.</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>This server has no account page.</source>
        <translation>Ce serveur n&apos;a pas de page de compte.</translation>
    </message>
    <message>
        <source>The account page</source>
        <translation>L&apos;adresse de la page du compte</translation>
    </message>
    <message>
        <source>The server&apos;s account page does not offer “%1”.</source>
        <translation>La page du compte du serveur ne propose pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The session ID “%1” is not valid text, so no address can name it exactly.</source>
        <translation>L&apos;ID de session «&#xa0;%1&#xa0;» n&apos;est pas un texte valide&#xa0;: aucune adresse ne peut donc le désigner exactement.</translation>
    </message>
</context>
<context>
    <name>AuthMetadata</name>
    <message>
        <source>The server&apos;s account metadata is invalid: %1</source>
        <translation>Les métadonnées de compte du serveur ne sont pas valides&#xa0;: %1</translation>
    </message>
    <message>
        <source>it is not JSON.</source>
        <translation>ce n&apos;est pas du JSON.</translation>
    </message>
    <message>
        <source>it is not a JSON object.</source>
        <translation>ce n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>“issuer” is missing.</source>
        <translation>«&#xa0;issuer&#xa0;» est manquant.</translation>
    </message>
    <message>
        <source>“issuer” is not a string.</source>
        <translation>«&#xa0;issuer&#xa0;» n&apos;est pas une chaîne de caractères.</translation>
    </message>
    <message>
        <source>“account_management_uri” is not a string.</source>
        <translation>«&#xa0;account_management_uri&#xa0;» n&apos;est pas une chaîne de caractères.</translation>
    </message>
    <message>
        <source>“account_management_actions_supported” is not a list.</source>
        <translation>«&#xa0;account_management_actions_supported&#xa0;» n&apos;est pas une liste.</translation>
    </message>
</context>
<context>
    <name>AuthorizationCallback</name>
    <message>
        <source>The answer that came back from the browser does not belong to this sign-in (its state does not match), so it was ignored. Start the sign-in again.</source>
        <translation>La réponse revenue du navigateur n&apos;appartient pas à cette connexion (son paramètre state ne correspond pas)&#xa0;; elle a donc été ignorée. Recommencez la connexion.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled or refused in the browser.</source>
        <translation>La connexion a été annulée ou refusée dans le navigateur.</translation>
    </message>
    <message>
        <source>The server stopped the sign-in with the error “%1”.</source>
        <translation>Le serveur a interrompu la connexion avec l&apos;erreur «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The browser came back without an authorization code. Start the sign-in again.</source>
        <translation>Le navigateur est revenu sans code d&apos;autorisation. Recommencez la connexion.</translation>
    </message>
</context>
<context>
    <name>ClientInformation</name>
    <message>
        <source>The server&apos;s answer about the apps behind sessions is not a JSON object.</source>
        <translation>La réponse du serveur sur les applications derrière les sessions n&apos;est pas un objet JSON.</translation>
    </message>
</context>
<context>
    <name>ClientRegistration</name>
    <message>
        <source>%1 refused to register Gatehouse as an app (HTTP %2).</source>
        <translation>%1 a refusé d&apos;enregistrer Gatehouse en tant qu&apos;application (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 refused to register Gatehouse as an app (%2).</source>
        <translation>%1 a refusé d&apos;enregistrer Gatehouse en tant qu&apos;application (%2).</translation>
    </message>
    <message>
        <source>%1 registered Gatehouse but did not send a client ID.</source>
        <translation>%1 a enregistré Gatehouse mais n&apos;a pas envoyé d&apos;identifiant client.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Gatehouse shows every session signed in to your Matrix account and opens your homeserver&apos;s account page for the actions it offers.</source>
        <translation>Gatehouse affiche toutes les sessions connectées à votre compte Matrix et ouvre la page du compte de votre serveur d&apos;accueil pour les actions qu&apos;elle propose.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>Print the sessions of the account and exit.</source>
        <translation>Afficher les sessions du compte et quitter.</translation>
    </message>
    <message>
        <source>With --list: print JSON instead of a table.</source>
        <translation>Avec --list&#xa0;: afficher du JSON au lieu d&apos;un tableau.</translation>
    </message>
    <message>
        <source>Open the account page for ACTION (profile, devices_list, device_view, device_delete, account_deactivate, cross_signing_reset, or account for the page itself).</source>
        <translation>Ouvrir la page du compte pour ACTION (profile, devices_list, device_view, device_delete, account_deactivate, cross_signing_reset, ou account pour la page elle-même).</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>The session for device_view and device_delete.</source>
        <translation>La session pour device_view et device_delete.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>With --open: print the URL instead of opening it.</source>
        <translation>Avec --open&#xa0;: afficher l&apos;URL au lieu de l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Sign in to this homeserver (URL, server name or Matrix ID) with the access token in GATEHOUSE_ACCESS_TOKEN.</source>
        <translation>Se connecter à ce serveur d&apos;accueil (URL, nom de serveur ou ID Matrix) avec le jeton d&apos;accès contenu dans GATEHOUSE_ACCESS_TOKEN.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Use this saved account instead of the last one.</source>
        <translation>Utiliser ce compte enregistré au lieu du dernier utilisé.</translation>
    </message>
    <message>
        <source>USER_ID</source>
        <translation>ID_UTILISATEUR</translation>
    </message>
    <message>
        <source>Log requests and decisions to stderr (tokens are never logged).</source>
        <translation>Journaliser les requêtes et les décisions sur stderr (les jetons ne sont jamais journalisés).</translation>
    </message>
    <message>
        <source>Start a demo homeserver inside Gatehouse and sign in to it.</source>
        <translation>Démarrer un serveur d&apos;accueil de démonstration dans Gatehouse et s&apos;y connecter.</translation>
    </message>
    <message>
        <source>Run the demo homeserver only, print {&quot;base_url&quot;, &quot;access_token&quot;} and serve until stopped.</source>
        <translation>Lancer uniquement le serveur d&apos;accueil de démonstration, afficher {&quot;base_url&quot;, &quot;access_token&quot;} et répondre aux requêtes jusqu&apos;à l&apos;arrêt.</translation>
    </message>
    <message>
        <source>Demo server: the port to listen on (default: any free).</source>
        <translation>Serveur de démonstration&#xa0;: le port d&apos;écoute (par défaut&#xa0;: n&apos;importe quel port libre).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Demo server: how many sessions (default 12).</source>
        <translation>Serveur de démonstration&#xa0;: nombre de sessions (12 par défaut).</translation>
    </message>
    <message>
        <source>Demo server: delay every answer (milliseconds).</source>
        <translation>Serveur de démonstration&#xa0;: retarder chaque réponse (en millisecondes).</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Demo server: where auth metadata is served: stable, unstable, issuer or none.</source>
        <translation>Serveur de démonstration&#xa0;: emplacement où sont servies les métadonnées d&apos;authentification&#xa0;: stable, unstable, issuer ou none.</translation>
    </message>
    <message>
        <source>ROUTE</source>
        <translation>ROUTE</translation>
    </message>
    <message>
        <source>Demo server: advertised actions: all, mas, none or a comma-separated list.</source>
        <translation>Serveur de démonstration&#xa0;: actions annoncées&#xa0;: all, mas, none ou une liste séparée par des virgules.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>Exit as soon as the session list is loaded and shown.</source>
        <translation>Quitter dès que la liste des sessions est chargée et affichée.</translation>
    </message>
    <message>
        <source>Sign out sessions inactive for more than DAYS days, one at a time.</source>
        <translation>Déconnecter les sessions inactives depuis plus de JOURS jours, une à la fois.</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>JOURS</translation>
    </message>
    <message>
        <source>With --sign-out-inactive: only list what would be signed out.</source>
        <translation>Avec --sign-out-inactive&#xa0;: afficher seulement ce qui serait déconnecté.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--print-url only goes with --open.</source>
        <translation>--print-url ne s&apos;utilise qu&apos;avec --open.</translation>
    </message>
    <message>
        <source>--dry-run only goes with --sign-out-inactive.</source>
        <translation>--dry-run ne s&apos;utilise qu&apos;avec --sign-out-inactive.</translation>
    </message>
    <message>
        <source>--device only goes with --open.</source>
        <translation>--device ne s&apos;utilise qu&apos;avec --open.</translation>
    </message>
    <message>
        <source>--quit-when-loaded only goes with the window.</source>
        <translation>--quit-when-loaded ne s&apos;utilise qu&apos;avec la fenêtre.</translation>
    </message>
    <message>
        <source>Use either --demo or --demo-server.</source>
        <translation>Utilisez soit --demo, soit --demo-server.</translation>
    </message>
    <message>
        <source>--demo signs in to its own server; it does not go with --homeserver or --account.</source>
        <translation>--demo se connecte à son propre serveur&#xa0;; il ne s&apos;utilise pas avec --homeserver ni avec --account.</translation>
    </message>
    <message>
        <source>Use either --homeserver or --account.</source>
        <translation>Utilisez soit --homeserver, soit --account.</translation>
    </message>
    <message>
        <source>--demo-server does not sign in anywhere; drop --homeserver and --account.</source>
        <translation>--demo-server ne se connecte nulle part&#xa0;; retirez --homeserver et --account.</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535.</source>
        <translation>--port doit être un nombre compris entre 0 et 65535.</translation>
    </message>
    <message>
        <source>--devices must be a number from 1 to 1000000.</source>
        <translation>--devices doit être un nombre compris entre 1 et 1000000.</translation>
    </message>
    <message>
        <source>--latency must be a number of milliseconds from 0 to 600000.</source>
        <translation>--latency doit être un nombre de millisecondes compris entre 0 et 600000.</translation>
    </message>
    <message>
        <source>--sign-out-inactive needs a number of days of at least 1.</source>
        <translation>--sign-out-inactive nécessite un nombre de jours supérieur ou égal à 1.</translation>
    </message>
    <message>
        <source>Unknown action “%1”. Use profile, devices_list, device_view, device_delete, account_deactivate, cross_signing_reset or account.</source>
        <translation>Action inconnue «&#xa0;%1&#xa0;». Utilisez profile, devices_list, device_view, device_delete, account_deactivate, cross_signing_reset ou account.</translation>
    </message>
    <message>
        <source>--open %1 needs --device ID.</source>
        <translation>--open %1 nécessite --device ID.</translation>
    </message>
    <message>
        <source>--open %1 does not take --device.</source>
        <translation>--open %1 n&apos;accepte pas --device.</translation>
    </message>
    <message>
        <source>With --account: the homeserver of that account, when several servers have the user ID.</source>
        <translation>Avec --account&#xa0;: le serveur d&apos;accueil de ce compte, lorsque plusieurs serveurs ont cet ID utilisateur.</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 nécessite une valeur.</translation>
    </message>
    <message>
        <source>--account-server goes with --account and names a homeserver.</source>
        <translation>--account-server s&apos;utilise avec --account et indique un serveur d&apos;accueil.</translation>
    </message>
    <message>
        <source>--export writes the history; it does not go with --no-history.</source>
        <translation>--export écrit l’historique ; il ne va pas avec --no-history.</translation>
    </message>
    <message>
        <source>--export needs a file name (- for standard output).</source>
        <translation>--export a besoin d’un nom de fichier (- pour la sortie standard).</translation>
    </message>
    <message>
        <source>--format must be csv or json.</source>
        <translation>--format doit être csv ou json.</translation>
    </message>
    <message>
        <source>--json asks for --format json; do not give both with different formats.</source>
        <translation>--json équivaut à --format json ; ne donnez pas les deux avec des formats différents.</translation>
    </message>
    <message>
        <source>Write the account&apos;s session history to FILE (- for standard output) and exit.</source>
        <translation>Écrire l’historique des sessions du compte dans FICHIER (- pour la sortie standard) et quitter.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>With --export: csv or json (default: from the file name&apos;s extension, else csv).</source>
        <translation>Avec --export : csv ou json (par défaut : selon l’extension du fichier, sinon csv).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Neither read nor write the local session history.</source>
        <translation>Ne pas lire ni écrire l’historique local des sessions.</translation>
    </message>
    <message>
        <source>--format only goes with --export.</source>
        <translation>--format ne va qu’avec --export.</translation>
    </message>
    <message>
        <source>Watch the account and print one line per new or removed session until stopped.</source>
        <translation>Surveiller le compte et afficher une ligne par session nouvelle ou supprimée jusqu’à l’arrêt.</translation>
    </message>
    <message>
        <source>With --watch: seconds between checks, 1 to 3600 (default 300).</source>
        <translation>Avec --watch : secondes entre deux vérifications, de 1 à 3600 (300 par défaut).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <source>Demo server: a new session signs in every SECONDS seconds.</source>
        <translation>Serveur de démonstration : une nouvelle session se connecte toutes les SECONDES secondes.</translation>
    </message>
    <message>
        <source>Watch for new sign-ins with no window, telling you through notifications.</source>
        <translation>Surveiller les nouvelles connexions sans fenêtre et prévenir par des notifications.</translation>
    </message>
    <message>
        <source>Use only one of --list, --open, --sign-out-inactive, --export, --watch and --demo-server.</source>
        <translation>Utilisez une seule des options --list, --open, --sign-out-inactive, --export, --watch et --demo-server.</translation>
    </message>
    <message>
        <source>--json only goes with --list, --sign-out-inactive, --export and --watch.</source>
        <translation>--json ne s’utilise qu’avec --list, --sign-out-inactive, --export et --watch.</translation>
    </message>
    <message>
        <source>--interval only goes with --watch.</source>
        <translation>--interval ne s’utilise qu’avec --watch.</translation>
    </message>
    <message>
        <source>--interval must be a number of seconds from 1 to 3600.</source>
        <translation>--interval doit être un nombre de secondes de 1 à 3600.</translation>
    </message>
    <message>
        <source>--background only goes with the window&apos;s own options.</source>
        <translation>--background ne s&apos;utilise qu&apos;avec les options de la fenêtre.</translation>
    </message>
    <message>
        <source>--port, --devices, --latency, --metadata, --actions and --new-session-every only go with --demo or --demo-server.</source>
        <translation>--port, --devices, --latency, --metadata, --actions et --new-session-every ne s’utilisent qu’avec --demo ou --demo-server.</translation>
    </message>
    <message>
        <source>--new-session-every must be a number of seconds from 1 to 86400.</source>
        <translation>--new-session-every doit être un nombre de secondes de 1 à 86400.</translation>
    </message>
</context>
<context>
    <name>DemoOptions</name>
    <message>
        <source>--metadata must be stable, unstable, issuer or none, not “%1”.</source>
        <translation>--metadata doit valoir stable, unstable, issuer ou none, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--actions must be all, mas, none or a comma-separated list of action names.</source>
        <translation>--actions doit valoir all, mas, none ou une liste de noms d&apos;actions séparés par des virgules.</translation>
    </message>
</context>
<context>
    <name>DesktopUrlOpener</name>
    <message>
        <source>the address is not safe to open</source>
        <translation>l&apos;adresse ne peut pas être ouverte en toute sécurité</translation>
    </message>
    <message>
        <source>there is no display to show a browser on</source>
        <translation>aucun écran n&apos;est disponible pour afficher un navigateur</translation>
    </message>
    <message>
        <source>the desktop has no program set up to open web addresses</source>
        <translation>le bureau n&apos;a aucun programme configuré pour ouvrir les adresses web</translation>
    </message>
</context>
<context>
    <name>Device</name>
    <message>
        <source>The list of sessions from the server is not valid JSON.</source>
        <translation>La liste des sessions envoyée par le serveur n&apos;est pas du JSON valide.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no list of sessions (“devices” is missing or not a list).</source>
        <translation>La réponse du serveur ne contient pas de liste de sessions («&#xa0;devices&#xa0;» est manquant ou n&apos;est pas une liste).</translation>
    </message>
</context>
<context>
    <name>DeviceCodeAnswer</name>
    <message>
        <source>The server&apos;s sign-in code “%1” is not a plain code of at most %2 letters, digits and signs, so it was not shown.</source>
        <translation>Le code de connexion «&#xa0;%1&#xa0;» du serveur n&apos;est pas un code simple d&apos;au plus %2 lettres, chiffres et signes&#xa0;; il n&apos;a donc pas été affiché.</translation>
    </message>
    <message>
        <source>The page for entering the code</source>
        <translation>L&apos;adresse de la page de saisie du code</translation>
    </message>
</context>
<context>
    <name>DeviceKind</name>
    <message>
        <source>Desktop</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Web browser</source>
        <translation>Navigateur web</translation>
    </message>
    <message>
        <source>Bot or script</source>
        <translation>Bot ou script</translation>
    </message>
    <message>
        <source>Unknown kind of device</source>
        <translation>Type d&apos;appareil inconnu</translation>
    </message>
</context>
<context>
    <name>DialogPrompts</name>
    <message>
        <source>Sign Out Sessions</source>
        <translation>Déconnecter des sessions</translation>
    </message>
    <message numerus="yes">
        <source>Sign out %n session(s)?</source>
        <translation>
            <numerusform>Déconnecter %n session&#xa0;?</numerusform>
            <numerusform>Déconnecter %n sessions&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Anyone using them is signed out, and their encryption keys are lost unless they are backed up.</source>
        <translation>Toute personne qui les utilise est déconnectée, et leurs clés de chiffrement sont perdues si elles n&apos;ont pas été sauvegardées.</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>Déconnecter</translation>
    </message>
    <message>
        <source>That password was not accepted. Enter the password of %1 again:</source>
        <translation>Ce mot de passe n&apos;a pas été accepté. Saisissez à nouveau le mot de passe de %1&#xa0;:</translation>
    </message>
    <message>
        <source>To sign sessions out, enter the password of %1:</source>
        <translation>Pour déconnecter des sessions, saisissez le mot de passe de %1&#xa0;:</translation>
    </message>
    <message>
        <source>Confirm with Your Password</source>
        <translation>Confirmer avec votre mot de passe</translation>
    </message>
    <message>
        <source>Confirm in Your Browser</source>
        <translation>Confirmer dans votre navigateur</translation>
    </message>
    <message>
        <source>Your server asks for a confirmation on a web page, which opened in your browser. Finish it there, then press Continue.</source>
        <translation>Votre serveur demande une confirmation sur une page web, qui s&apos;est ouverte dans votre navigateur. Terminez-la sur cette page, puis appuyez sur Continuer.</translation>
    </message>
    <message>
        <source>Your server asks for a confirmation on a web page. Open this address in a browser, finish it there, then press Continue:
%1</source>
        <translation>Votre serveur demande une confirmation sur une page web. Ouvrez cette adresse dans un navigateur, terminez la confirmation, puis appuyez sur Continuer&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Rename Session</source>
        <translation>Renommer la session</translation>
    </message>
    <message>
        <source>New name (at most %1 characters). People you talk to on Matrix can see it.</source>
        <translation>Nouveau nom (%1 caractères au plus). Les personnes avec qui vous échangez sur Matrix peuvent le voir.</translation>
    </message>
    <message>
        <source>Sign out of %1?</source>
        <translation>Se déconnecter de %1&#xa0;?</translation>
    </message>
    <message>
        <source>Gatehouse ends its session on the server and forgets the account. Your other sessions stay signed in.</source>
        <translation>Gatehouse met fin à sa session sur le serveur et oublie le compte. Vos autres sessions restent connectées.</translation>
    </message>
    <message>
        <source>Select Inactive Sessions</source>
        <translation>Sélectionner les sessions inactives</translation>
    </message>
    <message>
        <source>Select sessions inactive for more than this many days:</source>
        <translation>Sélectionner les sessions inactives depuis plus de ce nombre de jours&#xa0;:</translation>
    </message>
    <message>
        <source>Gatehouse</source>
        <translation>Gatehouse</translation>
    </message>
    <message>
        <source>Session History</source>
        <translation>Historique des sessions</translation>
    </message>
    <message>
        <source>Keep the session history of %1?</source>
        <translation>Conserver l’historique des sessions de %1 ?</translation>
    </message>
    <message>
        <source>It stays on this computer and is shown again if you sign in to this account again. It holds no password or token.</source>
        <translation>Il reste sur cet ordinateur et s’affiche de nouveau si vous vous reconnectez à ce compte. Il ne contient ni mot de passe ni jeton.</translation>
    </message>
    <message>
        <source>Keep History</source>
        <translation>Conserver l’historique</translation>
    </message>
    <message>
        <source>Forget History</source>
        <translation>Oublier l’historique</translation>
    </message>
    <message>
        <source>Watch for New Sign-Ins</source>
        <translation>Surveiller les nouvelles connexions</translation>
    </message>
    <message>
        <source>Tell you when a new session signs in to %1?</source>
        <translation>Vous prévenir quand une nouvelle session se connecte à %1 ?</translation>
    </message>
    <message>
        <source>Gatehouse then checks this account in the background, with no window, and notifies you. You can change this in Settings.</source>
        <translation>Gatehouse vérifie alors ce compte en arrière-plan, sans fenêtre, et vous prévient. Vous pouvez changer cela dans les Paramètres.</translation>
    </message>
    <message>
        <source>Watch in the Background</source>
        <translation>Surveiller en arrière-plan</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Pas maintenant</translation>
    </message>
</context>
<context>
    <name>EncryptionText</name>
    <message>
        <source>Signed by your identity</source>
        <translation>Signée par votre identité</translation>
    </message>
    <message>
        <source>Not signed by your identity</source>
        <translation>Non signée par votre identité</translation>
    </message>
    <message>
        <source>No encryption</source>
        <translation>Pas de chiffrement</translation>
    </message>
    <message>
        <source>Keys do not check out</source>
        <translation>Clés non valables</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifiée</translation>
    </message>
    <message>
        <source>This session&apos;s keys are signed by your account&apos;s identity (its cross-signing keys).</source>
        <translation>Les clés de cette session sont signées par l&apos;identité de votre compte (ses clés de signature croisée).</translation>
    </message>
    <message>
        <source>This session has valid keys, but they are not signed by your account&apos;s identity.</source>
        <translation>Cette session a des clés valides, mais elles ne sont pas signées par l&apos;identité de votre compte.</translation>
    </message>
    <message>
        <source>This session published no encryption keys. That is normal for bots and scripts.</source>
        <translation>Cette session n&apos;a publié aucune clé de chiffrement. C&apos;est normal pour les bots et les scripts.</translation>
    </message>
    <message>
        <source>This session&apos;s keys are malformed, name another session, or their signature does not verify.</source>
        <translation>Les clés de cette session sont mal formées, nomment une autre session, ou leur signature ne se vérifie pas.</translation>
    </message>
    <message>
        <source>The keys could not be read from the server. Gatehouse asks again with the next refresh.</source>
        <translation>Les clés n&apos;ont pas pu être lues sur le serveur. Gatehouse redemande à la prochaine actualisation.</translation>
    </message>
    <message>
        <source>&quot;Signed by your identity&quot; relies on your account&apos;s current cross-signing keys: it says which sessions those keys vouch for, not who holds them.</source>
        <translation>« Signée par votre identité » repose sur les clés de signature croisée actuelles de votre compte : cela dit de quelles sessions ces clés se portent garantes, pas qui les détient.</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>%1 The server said: %2</source>
        <translation>%1 Le serveur a répondu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>L&apos;adresse</translation>
    </message>
    <message>
        <source>The answer from %1 gives conflicting lengths and was not read.</source>
        <translation>La réponse de %1 indique des longueurs contradictoires et n&apos;a pas été lue.</translation>
    </message>
    <message>
        <source>The answer from %1 is larger than %2 MiB and was not read.</source>
        <translation>La réponse de %1 dépasse %2 Mio et n&apos;a pas été lue.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1 n&apos;a pas répondu dans un délai de %2 secondes.</translation>
    </message>
    <message>
        <source>Could not connect to %1: the connection was refused.</source>
        <translation>Impossible de se connecter à %1&#xa0;: la connexion a été refusée.</translation>
    </message>
    <message>
        <source>The server %1 could not be found.</source>
        <translation>Le serveur %1 est introuvable.</translation>
    </message>
    <message>
        <source>%1 closed the connection before the answer was complete.</source>
        <translation>%1 a fermé la connexion avant que la réponse soit complète.</translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation>Le délai de connexion à %1 a expiré.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be trusted: %2</source>
        <translation>La connexion sécurisée à %1 n&apos;a pas pu être approuvée&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 redirected too many times.</source>
        <translation>%1 a effectué trop de redirections.</translation>
    </message>
    <message>
        <source>The proxy could not reach %1: %2</source>
        <translation>Le serveur mandataire n&apos;a pas pu joindre %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation>La requête vers %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 redirected more than %2 times.</source>
        <translation>%1 a effectué plus de %2 redirections.</translation>
    </message>
    <message>
        <source>%1 tried to redirect from a secure https address to an insecure one (%2); the redirect was refused.</source>
        <translation>%1 a tenté de rediriger d&apos;une adresse https sécurisée vers une adresse non sécurisée (%2)&#xa0;; la redirection a été refusée.</translation>
    </message>
    <message>
        <source>A redirect from %1 to</source>
        <translation>Une redirection de %1 vers</translation>
    </message>
    <message>
        <source>%1 is limiting requests and asks to wait %2 seconds; try again later.</source>
        <translation>%1 limite les requêtes et demande d&apos;attendre %2 secondes&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>%1 is still limiting requests after %2 retries; try again later.</source>
        <translation>%1 limite toujours les requêtes après %2 nouvelles tentatives&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The sign-in of one server was about to be sent to %1; the request was refused.</source>
        <translation>Les identifiants de connexion d&apos;un serveur allaient être envoyés à %1&#xa0;; la requête a été refusée.</translation>
    </message>
    <message>
        <source>%1 redirected a request that carries a secret to another server (%2); the redirect was refused and nothing was sent there.</source>
        <translation>%1 a redirigé une requête contenant un secret vers un autre serveur (%2)&#xa0;; la redirection a été refusée et rien n&apos;y a été envoyé.</translation>
    </message>
    <message>
        <source>%1 did not accept the access token (it may have expired or been signed out).</source>
        <translation>%1 n&apos;a pas accepté le jeton d&apos;accès (il a peut-être expiré ou été déconnecté).</translation>
    </message>
    <message>
        <source>%1 is limiting requests; try again later.</source>
        <translation>%1 limite les requêtes&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>%1 answered with an error (HTTP %2).</source>
        <translation>%1 a répondu par une erreur (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 answered with an error (HTTP %2, %3).</source>
        <translation>%1 a répondu par une erreur (HTTP %2, %3).</translation>
    </message>
</context>
<context>
    <name>HandOffConfirmation</name>
    <message numerus="yes">
        <source>Sign out %n session(s)?</source>
        <translation>
            <numerusform>Déconnecter %n session&#xa0;?</numerusform>
            <numerusform>Déconnecter %n sessions&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign out this session?</source>
        <translation>Déconnecter cette session&#xa0;?</translation>
    </message>
    <message>
        <source>Deactivate your account?</source>
        <translation>Désactiver votre compte&#xa0;?</translation>
    </message>
    <message>
        <source>Reset your cross-signing identity?</source>
        <translation>Réinitialiser votre identité de signature croisée&#xa0;?</translation>
    </message>
    <message>
        <source>Open your account page?</source>
        <translation>Ouvrir la page du compte&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Gatehouse will open your account page at %1 in your browser once for each of the %n session(s), one after the other.</source>
        <translation>
            <numerusform>Gatehouse ouvrira la page du compte à l&apos;adresse %1 dans votre navigateur une fois pour %n session.</numerusform>
            <numerusform>Gatehouse ouvrira la page du compte à l&apos;adresse %1 dans votre navigateur une fois pour chacune des %n sessions, l&apos;une après l&apos;autre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Gatehouse will open your account page at %1 in your browser to sign out “%2” (%3).</source>
        <translation>Gatehouse ouvrira la page du compte à l&apos;adresse %1 dans votre navigateur pour déconnecter «&#xa0;%2&#xa0;» (%3).</translation>
    </message>
    <message>
        <source>Gatehouse will open your account page at %1 in your browser. Your server offers no direct link for deactivation: look for “Deactivate account” or “Delete account” on that page.</source>
        <translation>Gatehouse ouvrira la page du compte à l&apos;adresse %1 dans votre navigateur. Votre serveur ne propose pas de lien direct pour la désactivation&#xa0;: cherchez «&#xa0;Désactiver le compte&#xa0;» ou «&#xa0;Supprimer le compte&#xa0;» sur cette page.</translation>
    </message>
    <message>
        <source>Gatehouse will open the deactivation page of your account at %1 in your browser.</source>
        <translation>Gatehouse ouvrira la page de désactivation de votre compte à l&apos;adresse %1 dans votre navigateur.</translation>
    </message>
    <message>
        <source>Gatehouse will open your account page at %1 in your browser, where you can allow a reset of your cross-signing identity.</source>
        <translation>Gatehouse ouvrira la page du compte à l&apos;adresse %1 dans votre navigateur&#xa0;; vous pourrez y autoriser une réinitialisation de votre identité de signature croisée.</translation>
    </message>
    <message>
        <source>Gatehouse will open your account page at %1 in your browser.</source>
        <translation>Gatehouse ouvrira la page du compte à l&apos;adresse %1 dans votre navigateur.</translation>
    </message>
    <message>
        <source>Confirm each sign-out on that page. Gatehouse opens the next session when the last one has gone from the list; you can pause, skip or stop at any time.</source>
        <translation>Confirmez chaque déconnexion sur cette page. Gatehouse ouvre la session suivante lorsque la précédente a disparu de la liste&#xa0;; vous pouvez mettre en pause, ignorer une session ou arrêter à tout moment.</translation>
    </message>
    <message>
        <source>Nothing is signed out until you confirm on that page. Gatehouse marks the session as waiting and updates the list when you come back.</source>
        <translation>Rien n&apos;est déconnecté tant que vous n&apos;avez pas confirmé sur cette page. Gatehouse marque la session comme en attente et met à jour la liste à votre retour.</translation>
    </message>
    <message>
        <source>Deactivation signs out every session and cannot be undone. Nothing happens until you confirm on that page.</source>
        <translation>La désactivation déconnecte toutes les sessions et est irréversible. Rien ne se passe tant que vous n&apos;avez pas confirmé sur cette page.</translation>
    </message>
    <message>
        <source>After a reset, your other sessions and contacts will have to verify you again.</source>
        <translation>Après une réinitialisation, vos autres sessions et vos contacts devront de nouveau vous vérifier.</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>Opens the page in your browser; nothing changes until you confirm there.</source>
        <translation>Ouvre la page dans votre navigateur&#xa0;; rien ne change tant que vous n’y avez pas confirmé.</translation>
    </message>
    <message>
        <source>Closes this question and opens nothing.</source>
        <translation>Ferme cette question sans rien ouvrir.</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>The history file %1 is damaged or is not a Gatehouse history file. Gatehouse works without history until it is moved aside.</source>
        <translation>Le fichier d&apos;historique %1 est endommagé ou n&apos;est pas un fichier d&apos;historique de Gatehouse. Gatehouse fonctionne sans historique jusqu&apos;à ce qu&apos;il soit déplacé ailleurs.</translation>
    </message>
    <message>
        <source>The history file %1 is in use by another program. Gatehouse works without history for now.</source>
        <translation>Le fichier d&apos;historique %1 est utilisé par un autre programme. Gatehouse fonctionne sans historique pour le moment.</translation>
    </message>
    <message>
        <source>The history file %1 cannot be read or written (%2). Gatehouse works without history.</source>
        <translation>Le fichier d&apos;historique %1 ne peut être ni lu ni écrit (%2). Gatehouse fonctionne sans historique.</translation>
    </message>
    <message>
        <source>The history file %1 was written by a newer version of Gatehouse. This version works without history and leaves the file as it is.</source>
        <translation>Le fichier d&apos;historique %1 a été écrit par une version plus récente de Gatehouse. Cette version fonctionne sans historique et laisse le fichier tel quel.</translation>
    </message>
    <message>
        <source>a folder is in its place</source>
        <translation>un dossier se trouve à sa place</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>impossible de créer le dossier</translation>
    </message>
    <message>
        <source>the SQLite driver is missing</source>
        <translation>le pilote SQLite est absent</translation>
    </message>
</context>
<context>
    <name>HomeserverAddress</name>
    <message>
        <source>Enter a Matrix ID such as @alice:example.org, or a server name.</source>
        <translation>Saisissez un ID Matrix tel que @alice:example.org, ou un nom de serveur.</translation>
    </message>
    <message>
        <source>“%1” is not a Matrix ID; it should look like @alice:example.org.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un ID Matrix&#xa0;; il doit être de la forme @alice:example.org.</translation>
    </message>
    <message>
        <source>“%1” is not a valid server name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de serveur valide.</translation>
    </message>
    <message>
        <source>“%1” has a port number above 65535.</source>
        <translation>«&#xa0;%1&#xa0;» comporte un numéro de port supérieur à 65535.</translation>
    </message>
</context>
<context>
    <name>KeysQueryResponse</name>
    <message>
        <source>The server&apos;s answer about encryption keys is not a JSON object.</source>
        <translation>La réponse du serveur sur les clés de chiffrement n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The server could not give the encryption keys of this account.</source>
        <translation>Le serveur n&apos;a pas pu fournir les clés de chiffrement de ce compte.</translation>
    </message>
    <message>
        <source>The server&apos;s answer about encryption keys has no list of device keys.</source>
        <translation>La réponse du serveur sur les clés de chiffrement ne contient pas de liste de clés d&apos;appareils.</translation>
    </message>
    <message>
        <source>The server&apos;s answer about encryption keys has an unreadable list of device keys.</source>
        <translation>La réponse du serveur sur les clés de chiffrement contient une liste de clés d&apos;appareils illisible.</translation>
    </message>
</context>
<context>
    <name>LaunchAccount</name>
    <message>
        <source>No access token: put it in the environment variable %1 (tokens are never taken as arguments).</source>
        <translation>Aucun jeton d&apos;accès&#xa0;: placez-le dans la variable d&apos;environnement %1 (les jetons ne sont jamais acceptés en argument).</translation>
    </message>
    <message>
        <source>Not signed in. Sign in with the Gatehouse window, use --homeserver URL with the access token in %1, or --demo to try Gatehouse with a demo server.</source>
        <translation>Non connecté. Connectez-vous avec la fenêtre de Gatehouse, utilisez --homeserver URL avec le jeton d&apos;accès dans %1, ou --demo pour essayer Gatehouse avec un serveur de démonstration.</translation>
    </message>
</context>
<context>
    <name>LaunchChoice</name>
    <message>
        <source>The demo homeserver could not listen on port %1.</source>
        <translation>Le serveur d&apos;accueil de démonstration n&apos;a pas pu écouter sur le port %1.</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>%1 Try “gatehouse --help”.</source>
        <translation>%1 Essayez «&#xa0;gatehouse --help&#xa0;».</translation>
    </message>
    <message>
        <source>The demo homeserver could not listen on port %1.</source>
        <translation>Le serveur d&apos;accueil de démonstration n&apos;a pas pu écouter sur le port %1.</translation>
    </message>
    <message>
        <source>There is no saved account to watch. Sign in with the Gatehouse window and turn on “Watch this account in the background” in its Settings first.</source>
        <translation>Aucun compte enregistré à surveiller. Connectez-vous d’abord dans la fenêtre de Gatehouse et activez « Surveiller ce compte en arrière-plan » dans ses Paramètres.</translation>
    </message>
</context>
<context>
    <name>NewBadge</name>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>Just now</source>
        <translation>À l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>Il y a %n minute</numerusform>
            <numerusform>Il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>Il y a %n heure</numerusform>
            <numerusform>Il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>Il y a %n jour</numerusform>
            <numerusform>Il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>Il y a %n mois</numerusform>
            <numerusform>Il y a %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>Il y a %n an</numerusform>
            <numerusform>Il y a %n ans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <source>This is the session Gatehouse is using; it cannot be signed out from the list.</source>
        <translation>C&apos;est la session qu&apos;utilise Gatehouse&#xa0;; elle ne peut pas être déconnectée depuis la liste.</translation>
    </message>
    <message>
        <source>Your server&apos;s account page does not offer this for sessions.</source>
        <translation>La page du compte de votre serveur ne propose pas cette action pour les sessions.</translation>
    </message>
</context>
<context>
    <name>SessionListPrinter</name>
    <message>
        <source>SESSION</source>
        <translation>SESSION</translation>
    </message>
    <message>
        <source>DEVICE ID</source>
        <translation>ID APPAREIL</translation>
    </message>
    <message>
        <source>LAST ACTIVITY</source>
        <translation>DERNIÈRE ACTIVITÉ</translation>
    </message>
    <message>
        <source>LAST IP</source>
        <translation>DERNIÈRE IP</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>this session</source>
        <translation>cette session</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>%1 on %2 (%3)
</source>
        <translation>%1 sur %2 (%3)
</translation>
    </message>
    <message>
        <source>OAuth 2.0 account</source>
        <translation>compte OAuth 2.0</translation>
    </message>
    <message>
        <source>classic sign-in</source>
        <translation>connexion classique</translation>
    </message>
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
            <numerusform>, %n inactive depuis plus de %1 jours</numerusform>
            <numerusform>, %n inactives depuis plus de %1 jours</numerusform>
        </translation>
    </message>
    <message>
        <source>ENCRYPTION</source>
        <translation>CHIFFREMENT</translation>
    </message>
    <message>
        <source>, your account&apos;s identity changed on %1</source>
        <translation>, l&apos;identité de votre compte a changé le %1</translation>
    </message>
</context>
<context>
    <name>SessionText</name>
    <message>
        <source>Unnamed session</source>
        <translation>Session sans nom</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
</context>
<context>
    <name>SignInAlert</name>
    <message numerus="yes">
        <source>%n new sign-in(s) to %1</source>
        <translation>
            <numerusform>%n nouvelle connexion à %1</numerusform>
            <numerusform>%n nouvelles connexions à %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Gatehouse to review them.</source>
        <translation>Ouvrez Gatehouse pour les examiner.</translation>
    </message>
    <message>
        <source>New sign-in to %1</source>
        <translation>Nouvelle connexion à %1</translation>
    </message>
    <message>
        <source>%1
From %2 at %3</source>
        <translation>%1
Depuis %2 à %3</translation>
    </message>
    <message>
        <source>Signed out of %1</source>
        <translation>Déconnecté de %1</translation>
    </message>
    <message>
        <source>Gatehouse can no longer check this account. Sign in again to keep watching.</source>
        <translation>Gatehouse ne peut plus vérifier ce compte. Reconnectez-vous pour continuer la surveillance.</translation>
    </message>
    <message>
        <source>A session disappeared from %1</source>
        <translation>Une session a disparu de %1</translation>
    </message>
    <message>
        <source>%1 (%2) is no longer signed in, and Gatehouse did not sign it out.</source>
        <translation>%1 (%2) n’est plus connectée, et ce n’est pas Gatehouse qui l’a déconnectée.</translation>
    </message>
    <message>
        <source>Clean up %1?</source>
        <translation>Faire le ménage dans %1 ?</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) have been inactive for more than %1 days: clean up?</source>
        <translation>
            <numerusform>%n session est inactive depuis plus de %1 jours : faire le ménage ?</numerusform>
            <numerusform>%n sessions sont inactives depuis plus de %1 jours : faire le ménage ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Gatehouse is still watching in the background</source>
        <translation>Gatehouse continue de surveiller en arrière-plan</translation>
    </message>
    <message>
        <source>It tells you when a new session signs in. Quit it from its icon in the tray.</source>
        <translation>Il vous prévient quand une nouvelle session se connecte. Quittez-le depuis son icône dans la zone de notification.</translation>
    </message>
</context>
<context>
    <name>SignInIdentity</name>
    <message>
        <source>You asked to sign in as %1, but the server signed you in as %2. Nothing was saved.</source>
        <translation>Vous avez demandé à vous connecter en tant que %1, mais le serveur vous a connecté en tant que %2. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>You asked to sign in on %1, but the server signed you in as %2, which is not on %1. Nothing was saved.</source>
        <translation>Vous avez demandé à vous connecter sur %1, mais le serveur vous a connecté en tant que %2, qui n&apos;est pas sur %1. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The server signed you in as “%1”, which is not a Matrix ID. Nothing was saved.</source>
        <translation>Le serveur vous a connecté en tant que «&#xa0;%1&#xa0;», qui n&apos;est pas un ID Matrix. Rien n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>TokenResponse</name>
    <message>
        <source>The token answer from %1 is not a JSON object.</source>
        <translation>La réponse de jeton de %1 n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The token answer from %1 has no access token.</source>
        <translation>La réponse de jeton de %1 ne contient pas de jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>The token answer from %1 is not a bearer token.</source>
        <translation>La réponse de jeton de %1 ne décrit pas un jeton de type bearer.</translation>
    </message>
    <message>
        <source>%1 did not accept this user name and password.</source>
        <translation>%1 n&apos;a pas accepté ce nom d&apos;utilisateur et ce mot de passe.</translation>
    </message>
    <message>
        <source>This account on %1 has been deactivated.</source>
        <translation>Ce compte sur %1 a été désactivé.</translation>
    </message>
    <message>
        <source>The sign-in answer from %1 has no access token.</source>
        <translation>La réponse de connexion de %1 ne contient pas de jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>The sign-in answer from %1 does not name the account and session.</source>
        <translation>La réponse de connexion de %1 n&apos;indique ni le compte ni la session.</translation>
    </message>
</context>
<context>
    <name>TokenRevoker</name>
    <message>
        <source>Gatehouse forgot %1, but the server could not be told to end the session: %2</source>
        <translation>Gatehouse a oublié %1, mais le serveur n&apos;a pas pu être informé de la fin de la session&#xa0;: %2</translation>
    </message>
    <message>
        <source>the server does not list a revocation endpoint.</source>
        <translation>le serveur n&apos;indique pas de point de terminaison de révocation.</translation>
    </message>
</context>
<context>
    <name>UrlSafety</name>
    <message>
        <source>%1 “%2” was refused: it is not a well-formed web address.</source>
        <translation>%1 «&#xa0;%2&#xa0;» a été refusée&#xa0;: ce n&apos;est pas une adresse web bien formée.</translation>
    </message>
    <message>
        <source>%1 “%2” was refused: only https addresses are allowed.</source>
        <translation>%1 «&#xa0;%2&#xa0;» a été refusée&#xa0;: seules les adresses https sont autorisées.</translation>
    </message>
    <message>
        <source>%1 “%2” was refused: it names no server.</source>
        <translation>%1 «&#xa0;%2&#xa0;» a été refusée&#xa0;: elle n&apos;indique aucun serveur.</translation>
    </message>
    <message>
        <source>%1 “%2” was refused: it contains a user name or password.</source>
        <translation>%1 «&#xa0;%2&#xa0;» a été refusée&#xa0;: elle contient un nom d&apos;utilisateur ou un mot de passe.</translation>
    </message>
    <message>
        <source>%1 “%2” was refused: it uses unencrypted http to another computer; only https is allowed.</source>
        <translation>%1 «&#xa0;%2&#xa0;» a été refusée&#xa0;: elle utilise http non chiffré vers un autre ordinateur&#xa0;; seul https est autorisé.</translation>
    </message>
    <message>
        <source>%1 was refused: it contains your access token, which must never leave Gatehouse.</source>
        <translation>%1 a été refusée&#xa0;: elle contient votre jeton d&apos;accès, qui ne doit jamais quitter Gatehouse.</translation>
    </message>
</context>
<context>
    <name>WatchEventPrinter</name>
    <message>
        <source>New sign-in to %1: “%2” (%3, an ID seen before), from %4.</source>
        <translation>Nouvelle connexion à %1 : « %2 » (%3, un identifiant déjà vu), depuis %4.</translation>
    </message>
    <message>
        <source>New sign-in to %1: “%2” (%3), from %4.</source>
        <translation>Nouvelle connexion à %1 : « %2 » (%3), depuis %4.</translation>
    </message>
    <message>
        <source>Gatehouse signed “%2” (%3) out of %1.</source>
        <translation>Gatehouse a déconnecté « %2 » (%3) de %1.</translation>
    </message>
    <message>
        <source>“%2” (%3) is no longer signed in to %1.</source>
        <translation>« %2 » (%3) n’est plus connecté à %1.</translation>
    </message>
    <message>
        <source>No longer signed in to %1: %2</source>
        <translation>Plus connecté à %1 : %2</translation>
    </message>
    <message>
        <source>Could not check %1: %2</source>
        <translation>Impossible de vérifier %1 : %2</translation>
    </message>
</context>
<context>
    <name>WellKnown</name>
    <message>
        <source>The server&apos;s discovery file could not be fetched.</source>
        <translation>Le fichier de découverte du serveur n&apos;a pas pu être récupéré.</translation>
    </message>
    <message>
        <source>The server&apos;s discovery file could not be read (HTTP %1).</source>
        <translation>Le fichier de découverte du serveur n&apos;a pas pu être lu (HTTP %1).</translation>
    </message>
    <message>
        <source>The server&apos;s discovery file is not valid JSON.</source>
        <translation>Le fichier de découverte du serveur n&apos;est pas du JSON valide.</translation>
    </message>
    <message>
        <source>The server&apos;s discovery file does not name a homeserver.</source>
        <translation>Le fichier de découverte du serveur n&apos;indique pas de serveur d&apos;accueil.</translation>
    </message>
    <message>
        <source>The server&apos;s discovery file names a homeserver that is not a valid address.</source>
        <translation>Le fichier de découverte du serveur indique un serveur d&apos;accueil dont l&apos;adresse n&apos;est pas valide.</translation>
    </message>
</context>
<context>
    <name>Whoami</name>
    <message>
        <source>The server did not say which account the token belongs to (whoami has no user_id).</source>
        <translation>Le serveur n&apos;a pas indiqué à quel compte appartient le jeton (la réponse whoami ne contient pas de user_id).</translation>
    </message>
</context>
<context>
    <name>gatehouse::AboutDialog</name>
    <message>
        <source>Gatehouse is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version. It comes with no warranty.</source>
        <translation>Gatehouse est un logiciel libre&#xa0;: vous pouvez le redistribuer et/ou le modifier selon les termes de la licence publique générale GNU (GNU General Public License) telle que publiée par la Free Software Foundation, soit la version 3 de la licence, soit (à votre choix) toute version ultérieure. Il est fourni sans aucune garantie.</translation>
    </message>
    <message>
        <source>About Gatehouse</source>
        <translation>À propos de Gatehouse</translation>
    </message>
    <message>
        <source>Gatehouse logo</source>
        <translation>Logo de Gatehouse</translation>
    </message>
    <message>
        <source>Gatehouse %1</source>
        <translation>Gatehouse %1</translation>
    </message>
    <message>
        <source>See every session signed in to your Matrix account, and end the ones you do not recognise.</source>
        <translation>Voyez toutes les sessions connectées à votre compte Matrix et mettez fin à celles que vous ne reconnaissez pas.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilé avec Qt %1, exécuté avec Qt %2.</translation>
    </message>
    <message>
        <source>Closes this window.</source>
        <translation>Ferme cette fenêtre.</translation>
    </message>
</context>
<context>
    <name>gatehouse::AccountController</name>
    <message>
        <source>No browser could be opened.</source>
        <translation>Aucun navigateur n&apos;a pu être ouvert.</translation>
    </message>
    <message>
        <source>Opened in your browser. The list updates when you come back to Gatehouse.</source>
        <translation>Ouvert dans votre navigateur. La liste se met à jour lorsque vous revenez dans Gatehouse.</translation>
    </message>
    <message>
        <source>Renaming…</source>
        <translation>Renommage…</translation>
    </message>
    <message>
        <source>The session could not be renamed: %1</source>
        <translation>La session n&apos;a pas pu être renommée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The session was renamed.</source>
        <translation>La session a été renommée.</translation>
    </message>
    <message numerus="yes">
        <source>Signing out %n session(s)…</source>
        <translation>
            <numerusform>Déconnexion de %n session…</numerusform>
            <numerusform>Déconnexion de %n sessions…</numerusform>
        </translation>
    </message>
    <message>
        <source>The sessions could not be signed out: %1</source>
        <translation>Les sessions n&apos;ont pas pu être déconnectées&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) signed out.</source>
        <translation>
            <numerusform>%n session déconnectée.</numerusform>
            <numerusform>%n sessions déconnectées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your server&apos;s account page does not offer signing out sessions.</source>
        <translation>La page du compte de votre serveur ne permet pas de déconnecter des sessions.</translation>
    </message>
    <message>
        <source>No session was signed out.</source>
        <translation>Aucune session n&apos;a été déconnectée.</translation>
    </message>
    <message>
        <source>Signed out (%1): %2</source>
        <translation>Déconnectées (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Skipped, still signed in (%1): %2</source>
        <translation>Ignorées, toujours connectées (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not done, still signed in (%1): %2</source>
        <translation>Non traitées, toujours connectées (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Sign-out finished: %1</source>
        <translation>Déconnexion terminée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The encryption states are unknown: the keys could not be read (%1). Gatehouse asks again with the next refresh.</source>
        <translation>Les états de chiffrement sont inconnus : les clés n&apos;ont pas pu être lues (%1). Gatehouse redemande à la prochaine actualisation.</translation>
    </message>
</context>
<context>
    <name>gatehouse::AccountHeader</name>
    <message>
        <source>Open Account Page</source>
        <translation>Ouvrir la page du compte</translation>
    </message>
    <message>
        <source>Deactivate Account…</source>
        <translation>Désactiver le compte…</translation>
    </message>
    <message>
        <source>Open account page</source>
        <translation>Ouvrir la page du compte</translation>
    </message>
    <message>
        <source>Opens your homeserver&apos;s account page in the browser.</source>
        <translation>Ouvre la page du compte de votre serveur d&apos;accueil dans le navigateur.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Opens your profile on the account page.</source>
        <translation>Ouvre votre profil sur la page du compte.</translation>
    </message>
    <message>
        <source>All Sessions</source>
        <translation>Toutes les sessions</translation>
    </message>
    <message>
        <source>Opens the list of sessions on the account page.</source>
        <translation>Ouvre la liste des sessions sur la page du compte.</translation>
    </message>
    <message>
        <source>Reset Cross-Signing…</source>
        <translation>Réinitialiser la signature croisée…</translation>
    </message>
    <message>
        <source>Opens the account page to allow resetting your cross-signing identity.</source>
        <translation>Ouvre la page du compte pour autoriser la réinitialisation de votre identité de signature croisée.</translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation>Désactiver le compte</translation>
    </message>
    <message>
        <source>Opens the account page where you can deactivate your account.</source>
        <translation>Ouvre la page du compte où vous pouvez désactiver votre compte.</translation>
    </message>
    <message>
        <source>sign-in method unknown</source>
        <translation>méthode de connexion inconnue</translation>
    </message>
    <message>
        <source>OAuth 2.0 account (sessions are managed on the account page)</source>
        <translation>compte OAuth 2.0 (les sessions sont gérées sur la page du compte)</translation>
    </message>
    <message>
        <source>classic sign-in</source>
        <translation>connexion classique</translation>
    </message>
    <message>
        <source>Demo server %1 · %2</source>
        <translation>Serveur de démonstration %1 · %2</translation>
    </message>
    <message>
        <source>Server %1 · %2</source>
        <translation>Serveur %1 · %2</translation>
    </message>
    <message>
        <source>Opens %1 in the browser.</source>
        <translation>Ouvre %1 dans le navigateur.</translation>
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
        <translation>Plusieurs comptes enregistrés sont %1, sur %2. Choisissez-en un avec --account-server URL.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>There is no saved account %1. Sign in with the Gatehouse window first.</source>
        <translation>Il n&apos;y a pas de compte enregistré %1. Connectez-vous d&apos;abord avec la fenêtre de Gatehouse.</translation>
    </message>
    <message>
        <source>There is no saved account %1. Saved accounts: %2.</source>
        <translation>Il n&apos;y a pas de compte enregistré %1. Comptes enregistrés&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>gatehouse::AccountSwitcher</name>
    <message>
        <source>Add Account…</source>
        <translation>Ajouter un compte…</translation>
    </message>
    <message>
        <source>Sign Out…</source>
        <translation>Se déconnecter…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Sign in to another account; the others stay signed in.</source>
        <translation>Se connecter à un autre compte&#xa0;; les autres restent connectés.</translation>
    </message>
    <message>
        <source>Ends this account&apos;s Gatehouse session on the server and forgets the account.</source>
        <translation>Met fin à la session Gatehouse de ce compte sur le serveur et oublie le compte.</translation>
    </message>
    <message>
        <source>%1 (this run only)</source>
        <translation>%1 (cette exécution seulement)</translation>
    </message>
    <message>
        <source>%1 on %2 – kept in memory only</source>
        <translation>%1 sur %2 – conservé en mémoire uniquement</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>gatehouse::AccountSwitching</name>
    <message>
        <source>Gatehouse no longer has the account %1.</source>
        <translation>Gatehouse ne dispose plus du compte %1.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <source>Signing out of %1…</source>
        <translation>Déconnexion de %1…</translation>
    </message>
    <message>
        <source>Signed out of %1.</source>
        <translation>Déconnecté de %1.</translation>
    </message>
</context>
<context>
    <name>gatehouse::AccountWatcher</name>
    <message>
        <source>%1 Sign in again to keep watching.</source>
        <translation>%1 Reconnectez-vous pour continuer la surveillance.</translation>
    </message>
</context>
<context>
    <name>gatehouse::Banner</name>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>gatehouse::CliRunner</name>
    <message>
        <source>No browser could be opened; copy the address above into one.</source>
        <translation>Aucun navigateur n&apos;a pu être ouvert&#xa0;; copiez l&apos;adresse ci-dessus dans un navigateur.</translation>
    </message>
    <message>
        <source>No browser could be opened (%1); copy the address above into one.</source>
        <translation>Aucun navigateur n&apos;a pu être ouvert (%1)&#xa0;; copiez l&apos;adresse ci-dessus dans un navigateur.</translation>
    </message>
    <message>
        <source>%1 Exported the stored history only; it may be out of date.</source>
        <translation>%1 Seul l’historique enregistré a été exporté ; il n’est peut-être pas à jour.</translation>
    </message>
    <message>
        <source>Could not write the export to %1: %2</source>
        <translation>Impossible d’écrire l’export dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>gatehouse::DeviceCodeSignIn</name>
    <message>
        <source>The code expired before it was entered. Start again for a new code.</source>
        <translation>Le code a expiré avant d&apos;être saisi. Recommencez pour obtenir un nouveau code.</translation>
    </message>
    <message>
        <source>Registering Gatehouse with %1…</source>
        <translation>Enregistrement de Gatehouse auprès de %1…</translation>
    </message>
    <message>
        <source>%1 did not give Gatehouse a sign-in code: %2</source>
        <translation>%1 n&apos;a pas fourni de code de connexion à Gatehouse&#xa0;: %2</translation>
    </message>
    <message>
        <source>The sign-in code answer from %1 is incomplete.</source>
        <translation>La réponse de %1 contenant le code de connexion est incomplète.</translation>
    </message>
    <message>
        <source>The sign-in was refused on the other device.</source>
        <translation>La connexion a été refusée sur l&apos;autre appareil.</translation>
    </message>
    <message>
        <source>The sign-in with a code failed: %1</source>
        <translation>La connexion avec un code a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>gatehouse::DeviceListModel</name>
    <message>
        <source>View</source>
        <translation>Voir</translation>
    </message>
    <message>
        <source>Sign out…</source>
        <translation>Déconnecter…</translation>
    </message>
    <message>
        <source>Waiting for browser</source>
        <translation>En attente du navigateur</translation>
    </message>
    <message>
        <source>This session</source>
        <translation>Cette session</translation>
    </message>
    <message numerus="yes">
        <source>Inactive for %n day(s)</source>
        <translation>
            <numerusform>Inactive depuis %n jour</numerusform>
            <numerusform>Inactive depuis %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>No activity recorded</source>
        <translation>Aucune activité enregistrée</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>%1, this session</source>
        <translation>%1, cette session</translation>
    </message>
    <message>
        <source>No actions</source>
        <translation>Aucune action</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>ID de l&apos;appareil</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>Last IP address</source>
        <translation>Dernière adresse IP</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Déconnecter</translation>
    </message>
    <message>
        <source>%1, this session, waiting for the browser</source>
        <translation>%1, cette session, en attente du navigateur</translation>
    </message>
    <message>
        <source>%1, waiting for the browser</source>
        <translation>%1, en attente du navigateur</translation>
    </message>
    <message>
        <source>%1, inactive</source>
        <translation>%1, inactive</translation>
    </message>
    <message>
        <source>No actions for %1</source>
        <translation>Aucune action pour %1</translation>
    </message>
    <message>
        <source>Actions for %1: %2</source>
        <translation>Actions pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Session %1, device ID %2</source>
        <translation>Session %1, ID de l’appareil %2</translation>
    </message>
    <message>
        <source>Last activity %1</source>
        <translation>Dernière activité %1</translation>
    </message>
    <message>
        <source>No actions: this is the session Gatehouse is using</source>
        <translation>Aucune action&#xa0;: c’est la session qu’utilise Gatehouse</translation>
    </message>
    <message>
        <source>Actions: %1. Press Enter for the menu</source>
        <translation>Actions&#xa0;: %1. Appuyez sur Entrée pour le menu</translation>
    </message>
    <message>
        <source>, Delete to sign out</source>
        <translation>, Suppr pour déconnecter</translation>
    </message>
    <message>
        <source>%1, new</source>
        <translation>%1, nouvelle</translation>
    </message>
    <message>
        <source>Kind of device: %1</source>
        <translation>Type d&apos;appareil : %1</translation>
    </message>
    <message>
        <source>Encryption: %1</source>
        <translation>Chiffrement : %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Possibly the same device as %1</source>
        <translation>Peut-être le même appareil que %1</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
</context>
<context>
    <name>gatehouse::DevicesClient</name>
    <message>
        <source>There is no access token to sign in with.</source>
        <translation>Il n&apos;y a pas de jeton d&apos;accès avec lequel se connecter.</translation>
    </message>
</context>
<context>
    <name>gatehouse::FilterBar</name>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Affic&amp;her&#xa0;:</translation>
    </message>
    <message>
        <source>Sign Out Selected…</source>
        <translation>Déconnecter la sélection…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Filter by name, device ID or IP address</source>
        <translation>Filtrer par nom, ID de l&apos;appareil ou adresse IP</translation>
    </message>
    <message>
        <source>Filter sessions</source>
        <translation>Filtrer les sessions</translation>
    </message>
    <message>
        <source>Shows only sessions whose name, device ID or IP address contains this text.</source>
        <translation>N&apos;affiche que les sessions dont le nom, l&apos;ID de l&apos;appareil ou l&apos;adresse IP contient ce texte.</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Effacer le filtre</translation>
    </message>
    <message>
        <source>Empties the filter box.</source>
        <translation>Vide le champ de filtre.</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Toutes les sessions</translation>
    </message>
    <message>
        <source>Active sessions</source>
        <translation>Sessions actives</translation>
    </message>
    <message>
        <source>Show sessions</source>
        <translation>Afficher les sessions</translation>
    </message>
    <message>
        <source>Shows all sessions, only active ones, or only inactive ones.</source>
        <translation>Affiche toutes les sessions, seulement les actives ou seulement les inactives.</translation>
    </message>
    <message>
        <source>Sign out selected sessions</source>
        <translation>Déconnecter les sessions sélectionnées</translation>
    </message>
    <message>
        <source>Signs out every selected session except this one, one account page at a time.</source>
        <translation>Déconnecte toutes les sessions sélectionnées sauf celle-ci, une page du compte à la fois.</translation>
    </message>
    <message>
        <source>Load the list again from the server (F5)</source>
        <translation>Recharger la liste depuis le serveur (F5)</translation>
    </message>
    <message>
        <source>Loads the session list again from the server.</source>
        <translation>Recharge la liste des sessions depuis le serveur.</translation>
    </message>
    <message numerus="yes">
        <source>Sign Out %n Selected…</source>
        <translation>
            <numerusform>Déconnecter %n session sélectionnée…</numerusform>
            <numerusform>Déconnecter %n sessions sélectionnées…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inactive for more than %n day(s)</source>
        <translation>
            <numerusform>Inactives depuis plus de %n jour</numerusform>
            <numerusform>Inactives depuis plus de %n jours</numerusform>
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
            <numerusform>Affichage de %1 sur %n session</numerusform>
            <numerusform>Affichage de %1 sur %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n inactive</source>
        <translation>
            <numerusform> · %n inactive</numerusform>
            <numerusform> · %n inactives</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::FreedesktopNotifier</name>
    <message>
        <source>Review</source>
        <translation>Examiner</translation>
    </message>
    <message>
        <source>Sign Out…</source>
        <translation>Déconnecter…</translation>
    </message>
    <message>
        <source>It Was Me</source>
        <translation>C’était moi</translation>
    </message>
    <message>
        <source>Clean Up…</source>
        <translation>Faire le ménage…</translation>
    </message>
    <message>
        <source>Open Gatehouse</source>
        <translation>Ouvrir Gatehouse</translation>
    </message>
</context>
<context>
    <name>gatehouse::HistoryDialog</name>
    <message>
        <source>Session History</source>
        <translation>Historique des sessions</translation>
    </message>
    <message>
        <source>&amp;Gone in:</source>
        <translation>&amp;Disparues :</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Which sessions that disappeared are listed, by when they went.</source>
        <translation>Quelles sessions disparues sont listées, selon le moment de leur disparition.</translation>
    </message>
    <message>
        <source>Sessions that disappeared</source>
        <translation>Sessions disparues</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>IP &amp;addresses of the selected session:</source>
        <translation>&amp;Adresses IP de la session sélectionnée :</translation>
    </message>
    <message>
        <source>IP addresses of the selected session</source>
        <translation>Adresses IP de la session sélectionnée</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Vue pour la première fois</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vue pour la dernière fois</translation>
    </message>
</context>
<context>
    <name>gatehouse::HistoryListModel</name>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Dernière année</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Signed out with Gatehouse</source>
        <translation>Déconnectée avec Gatehouse</translation>
    </message>
    <message>
        <source>Disappeared (signed out elsewhere or expired)</source>
        <translation>Disparue (déconnectée ailleurs ou expirée)</translation>
    </message>
    <message>
        <source>Still signed in</source>
        <translation>Toujours connectée</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>ID de l’appareil</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Vue pour la première fois</translation>
    </message>
    <message>
        <source>Gone since</source>
        <translation>Disparue depuis</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>Adresses IP</translation>
    </message>
</context>
<context>
    <name>gatehouse::HistoryNotice</name>
    <message>
        <source>Move Aside and Start New</source>
        <translation>Mettre de côté et recommencer</translation>
    </message>
    <message>
        <source>Renames the history file, keeping it, and starts a new, empty history.</source>
        <translation>Renomme le fichier d’historique, en le gardant, et commence un nouvel historique vide.</translation>
    </message>
    <message>
        <source>A new history was started. The old file was kept as %1.</source>
        <translation>Un nouvel historique a été commencé. L’ancien fichier a été gardé sous le nom %1.</translation>
    </message>
</context>
<context>
    <name>gatehouse::HistorySettingsSection</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&amp;Forget This Account&apos;s History…</source>
        <translation>&amp;Oublier l’historique de ce compte…</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> jour</numerusform>
            <numerusform> jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep history for</source>
        <translation>Conserver l’historique pendant</translation>
    </message>
    <message>
        <source>Sessions that disappeared longer ago than this are forgotten when Gatehouse starts.</source>
        <translation>Les sessions disparues depuis plus longtemps sont oubliées au démarrage de Gatehouse.</translation>
    </message>
    <message>
        <source>&amp;Keep history for:</source>
        <translation>&amp;Conserver l’historique pendant :</translation>
    </message>
    <message>
        <source>Deletes everything Gatehouse remembers about this account&apos;s sessions on this computer.</source>
        <translation>Efface tout ce que Gatehouse a retenu sur cet ordinateur à propos des sessions de ce compte.</translation>
    </message>
    <message>
        <source>Forget History</source>
        <translation>Oublier l’historique</translation>
    </message>
    <message>
        <source>Forget everything Gatehouse remembers about the sessions of %1?</source>
        <translation>Oublier tout ce que Gatehouse a retenu sur les sessions de %1 ?</translation>
    </message>
</context>
<context>
    <name>gatehouse::LoadErrorPage</name>
    <message>
        <source>Could not load your sessions</source>
        <translation>Impossible de charger vos sessions</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Address refused</source>
        <translation>Adresse refusée</translation>
    </message>
    <message>
        <source>Could not reach the server</source>
        <translation>Impossible de joindre le serveur</translation>
    </message>
    <message>
        <source>Sign In Again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>Shows the sign-in screen for this account.</source>
        <translation>Affiche l’écran de connexion pour ce compte.</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Asks the server for the sessions again.</source>
        <translation>Redemande les sessions au serveur.</translation>
    </message>
</context>
<context>
    <name>gatehouse::LoopbackRedirectListener</name>
    <message>
        <source>Signed in to Gatehouse</source>
        <translation>Connecté à Gatehouse</translation>
    </message>
    <message>
        <source>Sign-in not completed</source>
        <translation>Connexion non terminée</translation>
    </message>
    <message>
        <source>Gatehouse has received your sign-in. You can close this tab and go back to Gatehouse.</source>
        <translation>Gatehouse a bien reçu votre connexion. Vous pouvez fermer cet onglet et revenir à Gatehouse.</translation>
    </message>
    <message>
        <source>The sign-in did not complete. You can close this tab; Gatehouse says what happened.</source>
        <translation>La connexion n&apos;a pas abouti. Vous pouvez fermer cet onglet&#xa0;; Gatehouse indique ce qui s&apos;est passé.</translation>
    </message>
</context>
<context>
    <name>gatehouse::MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>Open Account &amp;Page</source>
        <translation>Ouvrir la &amp;page du compte</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>P&amp;rofil</translation>
    </message>
    <message>
        <source>All &amp;Sessions</source>
        <translation>&amp;Toutes les sessions</translation>
    </message>
    <message>
        <source>Reset &amp;Cross-Signing…</source>
        <translation>Réinitialiser la signature &amp;croisée…</translation>
    </message>
    <message>
        <source>&amp;Deactivate Account…</source>
        <translation>&amp;Désactiver le compte…</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>&amp;Ajouter un compte…</translation>
    </message>
    <message>
        <source>Sign &amp;Out of This Account…</source>
        <translation>Se déc&amp;onnecter de ce compte…</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>Sign &amp;Out…	Del</source>
        <translation>&amp;Déconnecter…	Suppr</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>&amp;Copy Device ID	Ctrl+C</source>
        <translation>&amp;Copier l&apos;ID de l&apos;appareil	Ctrl+C</translation>
    </message>
    <message>
        <source>Copy &amp;IP Address</source>
        <translation>Copier l&apos;adresse &amp;IP</translation>
    </message>
    <message>
        <source>&amp;Dismiss Waiting Mark</source>
        <translation>Retirer la &amp;marque d&apos;attente</translation>
    </message>
    <message>
        <source>Select &amp;Inactive Sessions…</source>
        <translation>Sélectionner les sessions i&amp;nactives…</translation>
    </message>
    <message>
        <source>Select &amp;All Except This Session</source>
        <translation>Sélectionner &amp;tout sauf cette session</translation>
    </message>
    <message>
        <source>Sign Out &amp;Selected…</source>
        <translation>Déconnecter les sessions &amp;sélectionnées…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Filter Sessions</source>
        <translation>&amp;Filtrer les sessions</translation>
    </message>
    <message>
        <source>Show &amp;All Sessions</source>
        <translation>Afficher &amp;toutes les sessions</translation>
    </message>
    <message>
        <source>Show A&amp;ctive Sessions</source>
        <translation>Afficher les sessions a&amp;ctives</translation>
    </message>
    <message>
        <source>Show &amp;Inactive Sessions</source>
        <translation>Afficher les sessions &amp;inactives</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Gatehouse</source>
        <translation>À &amp;propos de Gatehouse</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>gatehouse::MainWindow</name>
    <message>
        <source>Refreshing</source>
        <translation>Actualisation en cours</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>L&apos;ID de l&apos;appareil</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>L&apos;adresse IP</translation>
    </message>
    <message>
        <source>Loading your sessions…</source>
        <translation>Chargement de vos sessions…</translation>
    </message>
    <message>
        <source>Asking %1 for the sessions of this account.</source>
        <translation>Demande des sessions de ce compte à %1.</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualisation…</translation>
    </message>
    <message>
        <source>%1 – Gatehouse</source>
        <translation>%1 – Gatehouse</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Mis à jour à %1</translation>
    </message>
    <message>
        <source>Could not refresh the list: %1</source>
        <translation>Impossible d&apos;actualiser la liste&#xa0;: %1</translation>
    </message>
    <message>
        <source>Refresh failed</source>
        <translation>Échec de l&apos;actualisation</translation>
    </message>
    <message>
        <source>%1 copied to the clipboard.</source>
        <translation>%1 est maintenant dans le presse-papiers.</translation>
    </message>
    <message>
        <source>The new language applies the next time Gatehouse starts.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage de Gatehouse.</translation>
    </message>
    <message numerus="yes">
        <source>%n inactive session(s) selected.</source>
        <translation>
            <numerusform>%n session inactive sélectionnée.</numerusform>
            <numerusform>%n sessions inactives sélectionnées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::MetadataService</name>
    <message>
        <source>Could not read the account metadata of %1: %2</source>
        <translation>Impossible de lire les métadonnées de compte de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server&apos;s account metadata is invalid: its auth_issuer answer has no issuer.</source>
        <translation>Les métadonnées de compte du serveur ne sont pas valides&#xa0;: sa réponse auth_issuer ne contient pas d&apos;émetteur (issuer).</translation>
    </message>
    <message>
        <source>The sign-in server</source>
        <translation>L&apos;adresse du serveur de connexion</translation>
    </message>
</context>
<context>
    <name>gatehouse::NativeSignOut</name>
    <message>
        <source>The server kept asking for more confirmation; nothing was signed out.</source>
        <translation>Le serveur a demandé sans cesse davantage de confirmations&#xa0;; rien n&apos;a été déconnecté.</translation>
    </message>
    <message>
        <source>The server asked for a confirmation Gatehouse does not know how to give.</source>
        <translation>Le serveur a demandé une confirmation que Gatehouse ne sait pas fournir.</translation>
    </message>
    <message>
        <source>Nothing was signed out.</source>
        <translation>Rien n&apos;a été déconnecté.</translation>
    </message>
</context>
<context>
    <name>gatehouse::OAuthSignIn</name>
    <message numerus="yes">
        <source>The browser did not come back within %n minute(s). Start the sign-in again.</source>
        <translation>
            <numerusform>Le navigateur n&apos;est pas revenu dans un délai de %n minute. Recommencez la connexion.</numerusform>
            <numerusform>Le navigateur n&apos;est pas revenu dans un délai de %n minutes. Recommencez la connexion.</numerusform>
        </translation>
    </message>
    <message>
        <source>The registration endpoint</source>
        <translation>L&apos;adresse du point de terminaison d&apos;enregistrement</translation>
    </message>
    <message>
        <source>The device authorization endpoint</source>
        <translation>L&apos;adresse du point de terminaison d&apos;autorisation d&apos;appareil</translation>
    </message>
    <message>
        <source>The authorization endpoint</source>
        <translation>L&apos;adresse du point de terminaison d&apos;autorisation</translation>
    </message>
    <message>
        <source>The token endpoint</source>
        <translation>L&apos;adresse du point de terminaison de jeton</translation>
    </message>
    <message>
        <source>The revocation endpoint</source>
        <translation>L&apos;adresse du point de terminaison de révocation</translation>
    </message>
    <message>
        <source>Gatehouse could not register itself with %1: %2</source>
        <translation>Gatehouse n&apos;a pas pu s&apos;enregistrer auprès de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The homeserver gave this sign-in the session “%1”, not the “%2” Gatehouse asked for, so it was not used.</source>
        <translation>Le serveur d&apos;accueil a attribué à cette connexion la session «&#xa0;%1&#xa0;», et non la session «&#xa0;%2&#xa0;» demandée par Gatehouse&#xa0;; elle n&apos;a donc pas été utilisée.</translation>
    </message>
    <message>
        <source>Registering Gatehouse with %1…</source>
        <translation>Enregistrement de Gatehouse auprès de %1…</translation>
    </message>
    <message>
        <source>Gatehouse could not listen on 127.0.0.1 for the browser&apos;s answer.</source>
        <translation>Gatehouse n&apos;a pas pu écouter sur 127.0.0.1 pour recevoir la réponse du navigateur.</translation>
    </message>
    <message>
        <source>The sign-in page</source>
        <translation>L&apos;adresse de la page de connexion</translation>
    </message>
    <message>
        <source>Finishing the sign-in…</source>
        <translation>Finalisation de la connexion…</translation>
    </message>
    <message>
        <source>The sign-in could not be finished: %1</source>
        <translation>La connexion n&apos;a pas pu être finalisée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server&apos;s sign-in metadata has no “%1”, so Gatehouse cannot sign in with it.</source>
        <translation>Les métadonnées de connexion du serveur n’ont pas de «&#xa0;%1&#xa0;»&#xa0;; Gatehouse ne peut donc pas s’y connecter.</translation>
    </message>
</context>
<context>
    <name>gatehouse::OpenManuallyDialog</name>
    <message>
        <source>No Browser Could Be Opened</source>
        <translation>Aucun navigateur n&apos;a pu être ouvert</translation>
    </message>
    <message>
        <source>Gatehouse could not start a web browser. Copy this address into one:</source>
        <translation>Gatehouse n&apos;a pas pu lancer de navigateur web. Copiez cette adresse dans un navigateur&#xa0;:</translation>
    </message>
    <message>
        <source>Address to open</source>
        <translation>Adresse à ouvrir</translation>
    </message>
    <message>
        <source>Copy Address</source>
        <translation>Copier l&apos;adresse</translation>
    </message>
</context>
<context>
    <name>gatehouse::PasswordSignIn</name>
    <message>
        <source>Gatehouse on %1</source>
        <translation>Gatehouse sur %1</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion en cours…</translation>
    </message>
</context>
<context>
    <name>gatehouse::SavedTokenSource</name>
    <message>
        <source>There is no keychain to read the sign-in from.</source>
        <translation>Il n&apos;y a pas de trousseau de clés dans lequel lire la connexion.</translation>
    </message>
    <message>
        <source>Gatehouse has no saved sign-in for %1. Sign in again. (%2)</source>
        <translation>Gatehouse n&apos;a pas de connexion enregistrée pour %1. Reconnectez-vous. (%2)</translation>
    </message>
    <message>
        <source>The saved sign-in for %1 is unreadable. Sign in again.</source>
        <translation>La connexion enregistrée pour %1 est illisible. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>You were signed out of %1. Sign in again.</source>
        <translation>Vous avez été déconnecté de %1. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>Another Gatehouse is renewing the sign-in of %1 and did not finish; try again later.</source>
        <translation>Une autre instance de Gatehouse renouvelle la connexion de %1 et n&apos;a pas terminé&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>You were signed out of %1: the server no longer accepts this sign-in. Sign in again.</source>
        <translation>Vous avez été déconnecté de %1&#xa0;: le serveur n&apos;accepte plus cette connexion. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The sign-in of %1 could not be renewed just now; try again later. %2</source>
        <translation>La connexion de %1 n&apos;a pas pu être renouvelée pour le moment&#xa0;; réessayez plus tard. %2</translation>
    </message>
</context>
<context>
    <name>gatehouse::SecretStore</name>
    <message>
        <source>The keychain holds no sign-in for this account.</source>
        <translation>Le trousseau de clés ne contient aucune connexion pour ce compte.</translation>
    </message>
    <message>
        <source>The keychain could not be read (%1).</source>
        <translation>Le trousseau de clés n&apos;a pas pu être lu (%1).</translation>
    </message>
    <message>
        <source>No keychain is available (%1), so this sign-in is kept in memory only and ends when Gatehouse closes.</source>
        <translation>Aucun trousseau de clés n&apos;est disponible (%1)&#xa0;; cette connexion est donc conservée uniquement en mémoire et prendra fin à la fermeture de Gatehouse.</translation>
    </message>
    <message>
        <source>The sign-in could not be removed from the keychain (%1).</source>
        <translation>La connexion n&apos;a pas pu être supprimée du trousseau de clés (%1).</translation>
    </message>
</context>
<context>
    <name>gatehouse::ServerDiscovery</name>
    <message>
        <source>The homeserver</source>
        <translation>L&apos;adresse du serveur d&apos;accueil</translation>
    </message>
    <message>
        <source>Could not find the homeserver for %1. %2 Enter the homeserver address (https://…) instead.</source>
        <translation>Impossible de trouver le serveur d&apos;accueil de %1. %2 Saisissez plutôt l&apos;adresse du serveur d&apos;accueil (https://…).</translation>
    </message>
    <message>
        <source>Could not find the homeserver for %1. %2</source>
        <translation>Impossible de trouver le serveur d&apos;accueil de %1. %2</translation>
    </message>
    <message>
        <source>The homeserver named by %1</source>
        <translation>L&apos;adresse du serveur d&apos;accueil indiqué par %1</translation>
    </message>
    <message>
        <source>No Matrix homeserver answered at %1. %2</source>
        <translation>Aucun serveur d&apos;accueil Matrix n&apos;a répondu à l&apos;adresse %1. %2</translation>
    </message>
    <message>
        <source>%1 is not a Matrix homeserver (its /versions answer is not valid), so %2 cannot be used.</source>
        <translation>%1 n&apos;est pas un serveur d&apos;accueil Matrix (sa réponse à /versions n&apos;est pas valide)&#xa0;; %2 ne peut donc pas être utilisé.</translation>
    </message>
</context>
<context>
    <name>gatehouse::SessionDetailsPane</name>
    <message>
        <source>No session selected.</source>
        <translation>Aucune session sélectionnée.</translation>
    </message>
    <message>
        <source>Open App Address</source>
        <translation>Ouvrir l&apos;adresse de l&apos;application</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Détails de la session</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>ID de l&apos;appareil</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>Last IP address</source>
        <translation>Dernière adresse IP</translation>
    </message>
    <message>
        <source>Kind of device</source>
        <translation>Type d&apos;appareil</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>App address</source>
        <translation>Adresse de l&apos;application</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>First seen by Gatehouse</source>
        <translation>Vue pour la première fois par Gatehouse</translation>
    </message>
    <message>
        <source>IP addresses over time</source>
        <translation>Adresses IP au fil du temps</translation>
    </message>
    <message>
        <source>Opens the address the session&apos;s app gave in your browser</source>
        <translation>Ouvre dans votre navigateur l&apos;adresse donnée par l&apos;application de la session</translation>
    </message>
    <message>
        <source>%1 (this session)</source>
        <translation>%1 (cette session)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (a guess from the app and the name)</source>
        <translation>%1 (deviné d&apos;après l&apos;application et le nom)</translation>
    </message>
    <message>
        <source>Not known (the server did not say)</source>
        <translation>Inconnue (le serveur ne l&apos;a pas dit)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Not shared by this session</source>
        <translation>Non partagée par cette session</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>Your account&apos;s identity changed: no session counts as signed by it until you accept the new one.</source>
        <translation>L&apos;identité de votre compte a changé : aucune session ne compte comme signée par elle tant que vous n&apos;acceptez pas la nouvelle.</translation>
    </message>
    <message>
        <source>Not in the history yet</source>
        <translation>Pas encore dans l&apos;historique</translation>
    </message>
    <message>
        <source>%1: first %2, last %3</source>
        <translation>%1 : première fois %2, dernière %3</translation>
    </message>
    <message>
        <source>For the session %1, shown in the details</source>
        <translation>Pour la session %1, affichée dans les détails</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Dismiss Waiting Mark</source>
        <translation>Retirer la marque d&apos;attente</translation>
    </message>
</context>
<context>
    <name>gatehouse::SessionEditor</name>
    <message>
        <source>A session name can have at most %1 characters; this one has %2.</source>
        <translation>Un nom de session peut comporter au plus %1 caractères&#xa0;; celui-ci en a %2.</translation>
    </message>
    <message>
        <source>The server refused the name because it is too long (at most %1 characters).</source>
        <translation>Le serveur a refusé le nom car il est trop long (%1 caractères au maximum).</translation>
    </message>
    <message>
        <source>This session no longer exists.</source>
        <translation>Cette session n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This server signs sessions out on its account page, not from Gatehouse.</source>
        <translation>Ce serveur déconnecte les sessions sur sa page de compte, et non depuis Gatehouse.</translation>
    </message>
</context>
<context>
    <name>gatehouse::SessionListStack</name>
    <message>
        <source>Clear Filter</source>
        <translation>Effacer le filtre</translation>
    </message>
    <message>
        <source>Empties the filter box and shows all sessions again.</source>
        <translation>Vide le champ de filtre et affiche de nouveau toutes les sessions.</translation>
    </message>
    <message>
        <source>No sessions</source>
        <translation>Aucune session</translation>
    </message>
    <message>
        <source>The server lists no sessions for this account. Refresh (F5) to ask again.</source>
        <translation>Le serveur n&apos;indique aucune session pour ce compte. Actualisez (F5) pour redemander.</translation>
    </message>
    <message>
        <source>No sessions match</source>
        <translation>Aucune session ne correspond</translation>
    </message>
    <message>
        <source>No session fits the chosen filter.</source>
        <translation>Aucune session ne correspond au filtre choisi.</translation>
    </message>
    <message>
        <source>No session&apos;s name, device ID or IP address contains “%1”.</source>
        <translation>Aucune session ne contient «&#xa0;%1&#xa0;» dans son nom, son ID d&apos;appareil ou son adresse IP.</translation>
    </message>
</context>
<context>
    <name>gatehouse::SessionRowMenu</name>
    <message>
        <source>&amp;View in Browser</source>
        <translation>&amp;Voir dans le navigateur</translation>
    </message>
    <message>
        <source>Sign &amp;Out…</source>
        <translation>&amp;Déconnecter…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>&amp;Copy Device ID</source>
        <translation>&amp;Copier l&apos;ID de l&apos;appareil</translation>
    </message>
    <message>
        <source>Copy &amp;IP Address</source>
        <translation>Copier l&apos;adresse &amp;IP</translation>
    </message>
    <message>
        <source>&amp;Dismiss Waiting Mark</source>
        <translation>Retirer la &amp;marque d&apos;attente</translation>
    </message>
</context>
<context>
    <name>gatehouse::SessionTable</name>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Every session signed in to this account. Press Enter on a session for its actions.</source>
        <translation>Toutes les sessions connectées à ce compte. Appuyez sur Entrée sur une session pour afficher ses actions.</translation>
    </message>
</context>
<context>
    <name>gatehouse::SessionWorkspace</name>
    <message>
        <source>Accept New Identity</source>
        <translation>Accepter la nouvelle identité</translation>
    </message>
    <message>
        <source>an unknown day</source>
        <translation>un jour inconnu</translation>
    </message>
    <message>
        <source>Your account&apos;s identity changed on %1. This is expected after a cross-signing reset; until you accept the new identity, no session is shown as signed by it.</source>
        <translation>L&apos;identité de votre compte a changé le %1. C&apos;est attendu après une réinitialisation de la signature croisée ; tant que vous n&apos;acceptez pas la nouvelle identité, aucune session n&apos;est montrée comme signée par elle.</translation>
    </message>
</context>
<context>
    <name>gatehouse::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of Gatehouse. A change applies the next time it starts.</source>
        <translation>La langue de Gatehouse. Une modification s&apos;applique au prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Inactive after</source>
        <translation>Inactives après</translation>
    </message>
    <message>
        <source>Sessions not seen for more than this many days are marked inactive.</source>
        <translation>Les sessions qui n&apos;ont pas été vues depuis plus de ce nombre de jours sont marquées comme inactives.</translation>
    </message>
    <message>
        <source>Mark sessions &amp;inactive after:</source>
        <translation>Marquer les sessions comme &amp;inactives après&#xa0;:</translation>
    </message>
    <message>
        <source>A new language applies the next time Gatehouse starts.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de Gatehouse.</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> jour</numerusform>
            <numerusform> jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Saves the settings and closes.</source>
        <translation>Enregistre les paramètres et ferme.</translation>
    </message>
    <message>
        <source>Closes without saving.</source>
        <translation>Ferme sans enregistrer.</translation>
    </message>
</context>
<context>
    <name>gatehouse::SignInFlow</name>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
</context>
<context>
    <name>gatehouse::SignInPage</name>
    <message>
        <source>Finish signing in on the page that opened in your browser. Gatehouse continues by itself once you are done.</source>
        <translation>Terminez la connexion sur la page qui s&apos;est ouverte dans votre navigateur. Gatehouse continue de lui-même une fois que vous avez terminé.</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address in a browser on this computer to sign in; Gatehouse continues by itself once you are done.</source>
        <translation>Aucun navigateur n&apos;a pu être ouvert. Ouvrez cette adresse dans un navigateur sur cet ordinateur pour vous connecter&#xa0;; Gatehouse continue de lui-même une fois que vous avez terminé.</translation>
    </message>
    <message>
        <source>Sign-in code %1</source>
        <translation>Code de connexion %1</translation>
    </message>
    <message>
        <source>On a device with a browser, go to
%1
and enter this code. Gatehouse continues by itself once you approve there.</source>
        <translation>Sur un appareil disposant d&apos;un navigateur, rendez-vous sur
%1
et saisissez ce code. Gatehouse continue de lui-même une fois que vous avez approuvé la connexion.</translation>
    </message>
    <message>
        <source>Sign in to your Matrix account</source>
        <translation>Connectez-vous à votre compte Matrix</translation>
    </message>
    <message>
        <source>Enter your Matrix ID or the name of your homeserver. Gatehouse finds out how that server signs people in.</source>
        <translation>Saisissez votre ID Matrix ou le nom de votre serveur d&apos;accueil. Gatehouse détermine comment ce serveur connecte les utilisateurs.</translation>
    </message>
    <message>
        <source>&amp;Matrix ID or server</source>
        <translation>ID &amp;Matrix ou serveur</translation>
    </message>
    <message>
        <source>@you:example.org or example.org</source>
        <translation>@vous:example.org ou example.org</translation>
    </message>
    <message>
        <source>Matrix ID or server</source>
        <translation>ID Matrix ou serveur</translation>
    </message>
    <message>
        <source>Back to Sessions</source>
        <translation>Retour aux sessions</translation>
    </message>
    <message>
        <source>Try the Demo Server</source>
        <translation>Essayer le serveur de démonstration</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Continue in Browser</source>
        <translation>Continuer dans le navigateur</translation>
    </message>
    <message>
        <source>Opens your homeserver&apos;s sign-in page in your browser.</source>
        <translation>Ouvre la page de connexion de votre serveur d&apos;accueil dans votre navigateur.</translation>
    </message>
    <message>
        <source>Create Account</source>
        <translation>Créer un compte</translation>
    </message>
    <message>
        <source>Opens your homeserver&apos;s page for creating an account.</source>
        <translation>Ouvre la page de création de compte de votre serveur d&apos;accueil.</translation>
    </message>
    <message>
        <source>Sign In with a Code</source>
        <translation>Se connecter avec un code</translation>
    </message>
    <message>
        <source>Shows a code to enter on another device; for when the browser cannot come back here.</source>
        <translation>Affiche un code à saisir sur un autre appareil&#xa0;; utile lorsque le navigateur ne peut pas revenir ici.</translation>
    </message>
    <message>
        <source>Use a code when this computer&apos;s browser cannot reach Gatehouse, for example over remote desktop or SSH.</source>
        <translation>Utilisez un code lorsque le navigateur de cet ordinateur ne peut pas joindre Gatehouse, par exemple via un bureau à distance ou SSH.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Use Another Server</source>
        <translation>Utiliser un autre serveur</translation>
    </message>
    <message>
        <source>Waiting for your browser…</source>
        <translation>En attente de votre navigateur…</translation>
    </message>
    <message>
        <source>Waiting for the browser</source>
        <translation>En attente du navigateur</translation>
    </message>
    <message>
        <source>Sign-in &amp;address:</source>
        <translation>&amp;Adresse de connexion&#xa0;:</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Adresse de connexion</translation>
    </message>
    <message>
        <source>Open Again</source>
        <translation>Ouvrir à nouveau</translation>
    </message>
    <message>
        <source>Copy Address</source>
        <translation>Copier l&apos;adresse</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>No browser could be opened; copy the address instead.</source>
        <translation>Aucun navigateur n&apos;a pu être ouvert&#xa0;; copiez plutôt l&apos;adresse.</translation>
    </message>
    <message>
        <source>The address was copied to the clipboard.</source>
        <translation>L&apos;adresse a été copiée dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Sign in on another device</source>
        <translation>Se connecter sur un autre appareil</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>En attente d&apos;approbation</translation>
    </message>
    <message>
        <source>Open Page Here</source>
        <translation>Ouvrir la page ici</translation>
    </message>
    <message>
        <source>Copy Code</source>
        <translation>Copier le code</translation>
    </message>
    <message>
        <source>No browser could be opened here; use another device.</source>
        <translation>Aucun navigateur n&apos;a pu être ouvert ici&#xa0;; utilisez un autre appareil.</translation>
    </message>
    <message>
        <source>The code was copied to the clipboard.</source>
        <translation>Le code a été copié dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Se connecter à %1</translation>
    </message>
    <message>
        <source>%1 signs people in on its own web page. Gatehouse opens it in your browser, or shows a code to enter on another device. Your password never passes through Gatehouse.</source>
        <translation>%1 connecte les utilisateurs sur sa propre page web. Gatehouse l&apos;ouvre dans votre navigateur, ou affiche un code à saisir sur un autre appareil. Votre mot de passe ne passe jamais par Gatehouse.</translation>
    </message>
    <message>
        <source>%1 signs people in on its own web page. Gatehouse opens it in your browser; your password never passes through Gatehouse.</source>
        <translation>%1 connecte les utilisateurs sur sa propre page web. Gatehouse l&apos;ouvre dans votre navigateur&#xa0;; votre mot de passe ne passe jamais par Gatehouse.</translation>
    </message>
    <message>
        <source>%1 uses classic sign-in with a user name and password.</source>
        <translation>%1 utilise la connexion classique avec un nom d&apos;utilisateur et un mot de passe.</translation>
    </message>
    <message>
        <source>%1 uses OAuth 2.0 but does not offer what Gatehouse needs to sign in (registration of apps, and the browser or code sign-in).</source>
        <translation>%1 utilise OAuth 2.0 mais ne propose pas ce dont Gatehouse a besoin pour se connecter (l&apos;enregistrement d&apos;applications, et la connexion par navigateur ou par code).</translation>
    </message>
    <message>
        <source>%1 offers no way of signing in that Gatehouse supports.</source>
        <translation>%1 ne propose aucune méthode de connexion prise en charge par Gatehouse.</translation>
    </message>
    <message>
        <source>Preparing the sign-in…</source>
        <translation>Préparation de la connexion…</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Saisissez votre nom d&apos;utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <source>Your Matrix ID, such as @you:example.org, or your homeserver&apos;s name. Press Enter to continue.</source>
        <translation>Votre identifiant Matrix, par exemple @you:example.org, ou le nom de votre serveur d’accueil. Appuyez sur Entrée pour continuer.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Empties the field.</source>
        <translation>Vide le champ.</translation>
    </message>
    <message>
        <source>Returns to the session list of the account shown before.</source>
        <translation>Revient à la liste des sessions du compte affiché auparavant.</translation>
    </message>
    <message>
        <source>Shows Gatehouse with made-up sessions on a server on this computer.</source>
        <translation>Montre Gatehouse avec des sessions fictives sur un serveur de cet ordinateur.</translation>
    </message>
    <message>
        <source>Finds out how the server signs people in.</source>
        <translation>Découvre comment le serveur connecte les utilisateurs.</translation>
    </message>
    <message>
        <source>Your user name on this server.</source>
        <translation>Votre nom d’utilisateur sur ce serveur.</translation>
    </message>
    <message>
        <source>Your password on this server. Press Enter to sign in.</source>
        <translation>Votre mot de passe sur ce serveur. Appuyez sur Entrée pour vous connecter.</translation>
    </message>
    <message>
        <source>Signs in with the user name and password.</source>
        <translation>Se connecte avec le nom d’utilisateur et le mot de passe.</translation>
    </message>
    <message>
        <source>Goes back to choose another server.</source>
        <translation>Revient en arrière pour choisir un autre serveur.</translation>
    </message>
    <message>
        <source>The address of the sign-in page, to open in a browser by hand.</source>
        <translation>L’adresse de la page de connexion, à ouvrir à la main dans un navigateur.</translation>
    </message>
    <message>
        <source>Opens the sign-in page in your browser again.</source>
        <translation>Rouvre la page de connexion dans votre navigateur.</translation>
    </message>
    <message>
        <source>Copies the address of the sign-in page to the clipboard.</source>
        <translation>Copie l’adresse de la page de connexion dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Stops signing in.</source>
        <translation>Arrête la connexion.</translation>
    </message>
    <message>
        <source>Opens the page for entering the code in a browser on this computer.</source>
        <translation>Ouvre la page de saisie du code dans un navigateur de cet ordinateur.</translation>
    </message>
    <message>
        <source>Copies the sign-in code to the clipboard.</source>
        <translation>Copie le code de connexion dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>gatehouse::SignInProbe</name>
    <message>
        <source>Looking up %1…</source>
        <translation>Recherche de %1…</translation>
    </message>
    <message>
        <source>The lookup was cancelled.</source>
        <translation>La recherche a été annulée.</translation>
    </message>
</context>
<context>
    <name>gatehouse::SignOutInactiveCommand</name>
    <message numerus="yes">
        <source>No session has been inactive for more than %n day(s).
</source>
        <translation>
            <numerusform>Aucune session n&apos;est inactive depuis plus de %n jour.
</numerusform>
            <numerusform>Aucune session n&apos;est inactive depuis plus de %n jours.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would sign out %n session(s):
</source>
        <translation>
            <numerusform>%n session serait déconnectée&#xa0;:
</numerusform>
            <numerusform>%n sessions seraient déconnectées&#xa0;:
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signing out %n session(s), one account page at a time:
</source>
        <translation>
            <numerusform>Déconnexion de %n session, une page du compte à la fois&#xa0;:
</numerusform>
            <numerusform>Déconnexion de %n sessions, une page du compte à la fois&#xa0;:
</numerusform>
        </translation>
    </message>
    <message>
        <source>This server uses classic sign-in; sign sessions out from the window, where Gatehouse can ask for your password.</source>
        <translation>Ce serveur utilise la connexion classique&#xa0;; déconnectez les sessions depuis la fenêtre, où Gatehouse peut vous demander votre mot de passe.</translation>
    </message>
    <message>
        <source>No browser could be opened; open this address to confirm:
  %1
</source>
        <translation>Aucun navigateur n&apos;a pu être ouvert&#xa0;; ouvrez cette adresse pour confirmer&#xa0;:
  %1
</translation>
    </message>
    <message>
        <source>Done: %1.
</source>
        <translation>Terminé&#xa0;: %1.
</translation>
    </message>
    <message>
        <source>  skipped, still signed in: %1  %2
</source>
        <translation>  ignorée, toujours connectée&#xa0;: %1  %2
</translation>
    </message>
    <message>
        <source>  not done, still signed in: %1  %2
</source>
        <translation>  non traitée, toujours connectée&#xa0;: %1  %2
</translation>
    </message>
    <message>
        <source>Press Enter to skip the waiting session; type q and Enter to stop.
</source>
        <translation>Appuyez sur Entrée pour ignorer la session en attente&#xa0;; tapez q puis Entrée pour arrêter.
</translation>
    </message>
    <message>
        <source>[%1] waiting for you to confirm %2 (%3) in the browser…</source>
        <translation>[%1] en attente de votre confirmation de %2 (%3) dans le navigateur…</translation>
    </message>
    <message>
        <source>Interrupted: %1. What is left is offered again next time.
</source>
        <translation>Interrompu&#xa0;: %1. Ce qui reste sera proposé à nouveau la prochaine fois.
</translation>
    </message>
</context>
<context>
    <name>gatehouse::SignOutQueue</name>
    <message numerus="yes">
        <source>%1 of %n signed out</source>
        <translation>
            <numerusform>%1 sur %n déconnectée</numerusform>
            <numerusform>%1 sur %n déconnectées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n skipped</source>
        <translation>
            <numerusform>, %n ignorée</numerusform>
            <numerusform>, %n ignorées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::SignOutQueuePanel</name>
    <message>
        <source>Open Page Again</source>
        <translation>Rouvrir la page</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Signing out sessions</source>
        <translation>Déconnexion des sessions</translation>
    </message>
    <message>
        <source>Sign-out progress</source>
        <translation>Progression de la déconnexion</translation>
    </message>
    <message>
        <source>Opens the account page for the waiting session again.</source>
        <translation>Rouvre la page du compte pour la session en attente.</translation>
    </message>
    <message>
        <source>Pauses after the session that is open now; Resume continues.</source>
        <translation>Met en pause après la session actuellement ouverte&#xa0;; Reprendre permet de continuer.</translation>
    </message>
    <message>
        <source>Leaves the waiting session signed in and moves on.</source>
        <translation>Laisse la session en attente connectée et passe à la suivante.</translation>
    </message>
    <message>
        <source>Ends the sign-out; the remaining sessions stay signed in.</source>
        <translation>Met fin à la déconnexion&#xa0;; les sessions restantes restent connectées.</translation>
    </message>
    <message>
        <source>Continues signing out the sessions left from last time.</source>
        <translation>Continue la déconnexion des sessions restantes de la dernière fois.</translation>
    </message>
    <message>
        <source>Forgets the sessions left from last time.</source>
        <translation>Oublie les sessions restantes de la dernière fois.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) left from an earlier sign-out</source>
        <translation>
            <numerusform>%n session restante d&apos;une déconnexion précédente</numerusform>
            <numerusform>%n sessions restantes d&apos;une déconnexion précédente</numerusform>
        </translation>
    </message>
    <message>
        <source>Gatehouse was closed before it finished. Continue to sign them out one by one, or discard the list.</source>
        <translation>Gatehouse a été fermé avant d&apos;avoir terminé. Continuez pour les déconnecter une par une, ou abandonnez la liste.</translation>
    </message>
    <message>
        <source>Signing out sessions: %1</source>
        <translation>Déconnexion des sessions&#xa0;: %1</translation>
    </message>
    <message>
        <source>Paused. “%1” still waits for your confirmation in the browser.</source>
        <translation>En pause. «&#xa0;%1&#xa0;» attend toujours votre confirmation dans le navigateur.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>En pause.</translation>
    </message>
    <message>
        <source>Confirm the sign-out of “%1” on the account page in your browser. Gatehouse moves on when the session has gone from the list.</source>
        <translation>Confirmez la déconnexion de «&#xa0;%1&#xa0;» sur la page du compte dans votre navigateur. Gatehouse passe à la suivante lorsque la session a disparu de la liste.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
</context>
<context>
    <name>gatehouse::StatusPage</name>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
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
        <translation>Surveillance</translation>
    </message>
    <message>
        <source>&amp;Watch this account in the background</source>
        <translation>Surveiller ce compte en &amp;arrière-plan</translation>
    </message>
    <message>
        <source>&amp;Start when I log in</source>
        <translation>&amp;Démarrer à l’ouverture de session</translation>
    </message>
    <message>
        <source>Gatehouse running in the background tells you when a new session signs in to this account.</source>
        <translation>Gatehouse, en arrière-plan, vous prévient quand une nouvelle session se connecte à ce compte.</translation>
    </message>
    <message numerus="yes">
        <source> minute(s)</source>
        <translation>
            <numerusform> minute</numerusform>
            <numerusform> minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Check every</source>
        <translation>Vérifier toutes les</translation>
    </message>
    <message>
        <source>How often watching in the background asks the server.</source>
        <translation>La fréquence à laquelle la surveillance en arrière-plan interroge le serveur.</translation>
    </message>
    <message>
        <source>&amp;Check every:</source>
        <translation>&amp;Vérifier toutes les :</translation>
    </message>
    <message>
        <source>Starts Gatehouse in the background, with no window, when you log in to this computer.</source>
        <translation>Démarre Gatehouse en arrière-plan, sans fenêtre, quand vous ouvrez une session sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Tell me when a session &amp;disappears that Gatehouse did not sign out</source>
        <translation>&amp;Prévenir quand une session disparaît sans que Gatehouse l’ait déconnectée</translation>
    </message>
    <message>
        <source>&amp;Remind me weekly of inactive sessions to clean up</source>
        <translation>&amp;Rappeler chaque semaine les sessions inactives à nettoyer</translation>
    </message>
    <message>
        <source>A notification when a watched account&apos;s session is gone from its list and Gatehouse did not end it.</source>
        <translation>Une notification quand une session d’un compte surveillé disparaît de sa liste sans que Gatehouse y ait mis fin.</translation>
    </message>
    <message>
        <source>At most once a week, a notification when a watched account has sessions inactive for longer than the threshold in Settings; clicking it selects them in the window.</source>
        <translation>Au plus une fois par semaine, une notification quand un compte surveillé a des sessions inactives depuis plus longtemps que le seuil des Paramètres ; un clic les sélectionne dans la fenêtre.</translation>
    </message>
</context>
<context>
    <name>gatehouse::WatchTray</name>
    <message>
        <source>&amp;Open Gatehouse</source>
        <translation>&amp;Ouvrir Gatehouse</translation>
    </message>
    <message>
        <source>&amp;Check Now</source>
        <translation>&amp;Vérifier maintenant</translation>
    </message>
    <message>
        <source>&amp;Pause Watching</source>
        <translation>Mettre la surveillance en &amp;pause</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>%1 — paused</source>
        <translation>%1 — en pause</translation>
    </message>
    <message>
        <source>%1 — checking…</source>
        <translation>%1 — vérification…</translation>
    </message>
    <message>
        <source>%1 — watching</source>
        <translation>%1 — surveillé</translation>
    </message>
    <message numerus="yes">
        <source>%1 — retrying in %n minute(s)</source>
        <translation>
            <numerusform>%1 — nouvel essai dans %n minute</numerusform>
            <numerusform>%1 — nouvel essai dans %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — signed out; sign in again</source>
        <translation>%1 — déconnecté ; reconnectez-vous</translation>
    </message>
    <message>
        <source>Gatehouse is watching for new sign-ins</source>
        <translation>Gatehouse surveille les nouvelles connexions</translation>
    </message>
</context>
<context>
    <name>gatehouse::WatchingHeader</name>
    <message>
        <source>Watching in the background</source>
        <translation>Surveillance en arrière-plan</translation>
    </message>
    <message>
        <source>Stops watching every account until Gatehouse starts again. Closing the window then quits Gatehouse.</source>
        <translation>Arrête la surveillance de tous les comptes jusqu’au prochain démarrage de Gatehouse. Fermer la fenêtre quitte alors Gatehouse.</translation>
    </message>
    <message>
        <source>Stop Watching</source>
        <translation>Arrêter la surveillance</translation>
    </message>
</context>
<context>
    <name>gatehouse::WindowHistory</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Shows the sessions that disappeared, with when and how.</source>
        <translation>Affiche les sessions disparues, avec quand et comment.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Last updated %1 · updating…</source>
        <translation>Mise à jour %1 · mise à jour en cours…</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Asks the server for the list again.</source>
        <translation>Redemande la liste au serveur.</translation>
    </message>
    <message>
        <source>Last updated %1 · could not update</source>
        <translation>Mise à jour %1 · échec de la mise à jour</translation>
    </message>
</context>
</TS>
