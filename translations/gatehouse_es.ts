<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AccountNotice</name>
    <message>
        <source>The account page could not be found, so no account actions are offered. %1</source>
        <translation>No se encontró la página de la cuenta, por lo que no se ofrecen acciones de cuenta. %1</translation>
    </message>
    <message>
        <source>This server uses classic sign-in and has no account page. Gatehouse signs sessions out itself: select one or several and press Delete.</source>
        <translation>Este servidor usa el inicio de sesión clásico y no tiene página de la cuenta. Gatehouse cierra las sesiones por sí mismo: seleccione una o varias y pulse Supr.</translation>
    </message>
    <message>
        <source>This server does not name an account page, so sessions can only be listed here.</source>
        <translation>Este servidor no indica ninguna página de la cuenta, por lo que aquí solo se pueden listar las sesiones.</translation>
    </message>
    <message>
        <source>The account page</source>
        <translation>La página de la cuenta</translation>
    </message>
    <message>
        <source>No account actions are offered.</source>
        <translation>No se ofrecen acciones de cuenta.</translation>
    </message>
    <message>
        <source>Your server does not say which actions its account page supports. Use “Open Account Page” to manage sessions there.</source>
        <translation>Su servidor no indica qué acciones admite su página de la cuenta. Use «Abrir la página de la cuenta» para gestionar allí las sesiones.</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>This server has no account page.</source>
        <translation>Este servidor no tiene página de la cuenta.</translation>
    </message>
    <message>
        <source>The account page</source>
        <translation>La página de la cuenta</translation>
    </message>
    <message>
        <source>The server&apos;s account page does not offer “%1”.</source>
        <translation>La página de la cuenta del servidor no ofrece «%1».</translation>
    </message>
    <message>
        <source>The session ID “%1” is not valid text, so no address can name it exactly.</source>
        <translation>El ID de sesión «%1» no es texto válido, por lo que ninguna dirección puede designarlo con exactitud.</translation>
    </message>
</context>
<context>
    <name>AuthMetadata</name>
    <message>
        <source>The server&apos;s account metadata is invalid: %1</source>
        <translation>Los metadatos de la cuenta del servidor no son válidos: %1</translation>
    </message>
    <message>
        <source>it is not JSON.</source>
        <translation>no son JSON.</translation>
    </message>
    <message>
        <source>it is not a JSON object.</source>
        <translation>no son un objeto JSON.</translation>
    </message>
    <message>
        <source>“issuer” is missing.</source>
        <translation>falta «issuer».</translation>
    </message>
    <message>
        <source>“issuer” is not a string.</source>
        <translation>«issuer» no es una cadena.</translation>
    </message>
    <message>
        <source>“account_management_uri” is not a string.</source>
        <translation>«account_management_uri» no es una cadena.</translation>
    </message>
    <message>
        <source>“account_management_actions_supported” is not a list.</source>
        <translation>«account_management_actions_supported» no es una lista.</translation>
    </message>
</context>
<context>
    <name>AuthorizationCallback</name>
    <message>
        <source>The answer that came back from the browser does not belong to this sign-in (its state does not match), so it was ignored. Start the sign-in again.</source>
        <translation>La respuesta devuelta por el navegador no corresponde a este inicio de sesión (su estado no coincide), por lo que se ha ignorado. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled or refused in the browser.</source>
        <translation>El inicio de sesión se canceló o se rechazó en el navegador.</translation>
    </message>
    <message>
        <source>The server stopped the sign-in with the error “%1”.</source>
        <translation>El servidor detuvo el inicio de sesión con el error «%1».</translation>
    </message>
    <message>
        <source>The browser came back without an authorization code. Start the sign-in again.</source>
        <translation>El navegador volvió sin un código de autorización. Vuelva a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>ClientInformation</name>
    <message>
        <source>The server&apos;s answer about the apps behind sessions is not a JSON object.</source>
        <translation>La respuesta del servidor sobre las aplicaciones detrás de las sesiones no es un objeto JSON.</translation>
    </message>
</context>
<context>
    <name>ClientRegistration</name>
    <message>
        <source>%1 refused to register Gatehouse as an app (HTTP %2).</source>
        <translation>%1 se negó a registrar Gatehouse como aplicación (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 refused to register Gatehouse as an app (%2).</source>
        <translation>%1 se negó a registrar Gatehouse como aplicación (%2).</translation>
    </message>
    <message>
        <source>%1 registered Gatehouse but did not send a client ID.</source>
        <translation>%1 registró Gatehouse, pero no envió un ID de cliente.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Gatehouse shows every session signed in to your Matrix account and opens your homeserver&apos;s account page for the actions it offers.</source>
        <translation>Gatehouse muestra todas las sesiones iniciadas en su cuenta de Matrix y abre la página de la cuenta de su servidor base para las acciones que esta ofrece.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Mostrar esta ayuda y salir.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Mostrar la versión y salir.</translation>
    </message>
    <message>
        <source>Print the sessions of the account and exit.</source>
        <translation>Mostrar las sesiones de la cuenta y salir.</translation>
    </message>
    <message>
        <source>With --list: print JSON instead of a table.</source>
        <translation>Con --list: mostrar JSON en lugar de una tabla.</translation>
    </message>
    <message>
        <source>Open the account page for ACTION (profile, devices_list, device_view, device_delete, account_deactivate, cross_signing_reset, or account for the page itself).</source>
        <translation>Abrir la página de la cuenta para ACCIÓN (profile, devices_list, device_view, device_delete, account_deactivate, cross_signing_reset, o account para la propia página).</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACCIÓN</translation>
    </message>
    <message>
        <source>The session for device_view and device_delete.</source>
        <translation>La sesión para device_view y device_delete.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>With --open: print the URL instead of opening it.</source>
        <translation>Con --open: mostrar la URL en lugar de abrirla.</translation>
    </message>
    <message>
        <source>Sign in to this homeserver (URL, server name or Matrix ID) with the access token in GATEHOUSE_ACCESS_TOKEN.</source>
        <translation>Iniciar sesión en este servidor base (URL, nombre del servidor o ID de Matrix) con el token de acceso de GATEHOUSE_ACCESS_TOKEN.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Use this saved account instead of the last one.</source>
        <translation>Usar esta cuenta guardada en lugar de la última.</translation>
    </message>
    <message>
        <source>USER_ID</source>
        <translation>ID_USUARIO</translation>
    </message>
    <message>
        <source>Log requests and decisions to stderr (tokens are never logged).</source>
        <translation>Registrar las solicitudes y decisiones en stderr (los tokens nunca se registran).</translation>
    </message>
    <message>
        <source>Start a demo homeserver inside Gatehouse and sign in to it.</source>
        <translation>Iniciar un servidor base de demostración dentro de Gatehouse e iniciar sesión en él.</translation>
    </message>
    <message>
        <source>Run the demo homeserver only, print {&quot;base_url&quot;, &quot;access_token&quot;} and serve until stopped.</source>
        <translation>Ejecutar solo el servidor base de demostración, mostrar {&quot;base_url&quot;, &quot;access_token&quot;} y atender peticiones hasta que se detenga.</translation>
    </message>
    <message>
        <source>Demo server: the port to listen on (default: any free).</source>
        <translation>Servidor de demostración: el puerto en el que escuchar (predeterminado: cualquiera libre).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Demo server: how many sessions (default 12).</source>
        <translation>Servidor de demostración: cuántas sesiones (predeterminado: 12).</translation>
    </message>
    <message>
        <source>Demo server: delay every answer (milliseconds).</source>
        <translation>Servidor de demostración: retrasar cada respuesta (milisegundos).</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Demo server: where auth metadata is served: stable, unstable, issuer or none.</source>
        <translation>Servidor de demostración: dónde se sirven los metadatos de autenticación: stable, unstable, issuer o none.</translation>
    </message>
    <message>
        <source>ROUTE</source>
        <translation>RUTA</translation>
    </message>
    <message>
        <source>Demo server: advertised actions: all, mas, none or a comma-separated list.</source>
        <translation>Servidor de demostración: acciones anunciadas: all, mas, none o una lista separada por comas.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTA</translation>
    </message>
    <message>
        <source>Exit as soon as the session list is loaded and shown.</source>
        <translation>Salir en cuanto la lista de sesiones se haya cargado y mostrado.</translation>
    </message>
    <message>
        <source>Sign out sessions inactive for more than DAYS days, one at a time.</source>
        <translation>Cerrar las sesiones inactivas durante más de DÍAS días, una por una.</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>DÍAS</translation>
    </message>
    <message>
        <source>With --sign-out-inactive: only list what would be signed out.</source>
        <translation>Con --sign-out-inactive: solo listar las sesiones que se cerrarían.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>--print-url only goes with --open.</source>
        <translation>--print-url solo se puede usar con --open.</translation>
    </message>
    <message>
        <source>--dry-run only goes with --sign-out-inactive.</source>
        <translation>--dry-run solo se puede usar con --sign-out-inactive.</translation>
    </message>
    <message>
        <source>--device only goes with --open.</source>
        <translation>--device solo se puede usar con --open.</translation>
    </message>
    <message>
        <source>--quit-when-loaded only goes with the window.</source>
        <translation>--quit-when-loaded solo se puede usar con la ventana.</translation>
    </message>
    <message>
        <source>Use either --demo or --demo-server.</source>
        <translation>Use --demo o --demo-server, pero no ambas.</translation>
    </message>
    <message>
        <source>--demo signs in to its own server; it does not go with --homeserver or --account.</source>
        <translation>--demo inicia sesión en su propio servidor; no se puede usar con --homeserver ni con --account.</translation>
    </message>
    <message>
        <source>Use either --homeserver or --account.</source>
        <translation>Use --homeserver o --account, pero no ambas.</translation>
    </message>
    <message>
        <source>--demo-server does not sign in anywhere; drop --homeserver and --account.</source>
        <translation>--demo-server no inicia sesión en ningún sitio; quite --homeserver y --account.</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535.</source>
        <translation>--port debe ser un número entre 0 y 65535.</translation>
    </message>
    <message>
        <source>--devices must be a number from 1 to 1000000.</source>
        <translation>--devices debe ser un número entre 1 y 1000000.</translation>
    </message>
    <message>
        <source>--latency must be a number of milliseconds from 0 to 600000.</source>
        <translation>--latency debe ser un número de milisegundos entre 0 y 600000.</translation>
    </message>
    <message>
        <source>--sign-out-inactive needs a number of days of at least 1.</source>
        <translation>--sign-out-inactive necesita un número de días igual o mayor que 1.</translation>
    </message>
    <message>
        <source>Unknown action “%1”. Use profile, devices_list, device_view, device_delete, account_deactivate, cross_signing_reset or account.</source>
        <translation>Acción desconocida «%1». Use profile, devices_list, device_view, device_delete, account_deactivate, cross_signing_reset o account.</translation>
    </message>
    <message>
        <source>--open %1 needs --device ID.</source>
        <translation>--open %1 necesita --device ID.</translation>
    </message>
    <message>
        <source>--open %1 does not take --device.</source>
        <translation>--open %1 no admite --device.</translation>
    </message>
    <message>
        <source>With --account: the homeserver of that account, when several servers have the user ID.</source>
        <translation>Con --account: el servidor base de esa cuenta, cuando varios servidores tienen el ID de usuario.</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 necesita un valor.</translation>
    </message>
    <message>
        <source>--account-server goes with --account and names a homeserver.</source>
        <translation>--account-server se usa con --account e indica un servidor base.</translation>
    </message>
    <message>
        <source>--export writes the history; it does not go with --no-history.</source>
        <translation>--export escribe el historial; no va con --no-history.</translation>
    </message>
    <message>
        <source>--export needs a file name (- for standard output).</source>
        <translation>--export necesita un nombre de archivo (- para la salida estándar).</translation>
    </message>
    <message>
        <source>--format must be csv or json.</source>
        <translation>--format debe ser csv o json.</translation>
    </message>
    <message>
        <source>--json asks for --format json; do not give both with different formats.</source>
        <translation>--json equivale a --format json; no indique ambos con formatos distintos.</translation>
    </message>
    <message>
        <source>Write the account&apos;s session history to FILE (- for standard output) and exit.</source>
        <translation>Escribir el historial de sesiones de la cuenta en ARCHIVO (- para la salida estándar) y salir.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>With --export: csv or json (default: from the file name&apos;s extension, else csv).</source>
        <translation>Con --export: csv o json (por defecto: según la extensión del archivo, si no csv).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>Neither read nor write the local session history.</source>
        <translation>No leer ni escribir el historial local de sesiones.</translation>
    </message>
    <message>
        <source>--format only goes with --export.</source>
        <translation>--format solo va con --export.</translation>
    </message>
    <message>
        <source>Watch the account and print one line per new or removed session until stopped.</source>
        <translation>Vigilar la cuenta e imprimir una línea por cada sesión nueva o eliminada hasta que se detenga.</translation>
    </message>
    <message>
        <source>With --watch: seconds between checks, 1 to 3600 (default 300).</source>
        <translation>Con --watch: segundos entre comprobaciones, de 1 a 3600 (300 por defecto).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEGUNDOS</translation>
    </message>
    <message>
        <source>Demo server: a new session signs in every SECONDS seconds.</source>
        <translation>Servidor de demostración: una nueva sesión inicia sesión cada SEGUNDOS segundos.</translation>
    </message>
    <message>
        <source>Watch for new sign-ins with no window, telling you through notifications.</source>
        <translation>Vigilar los nuevos inicios de sesión sin ventana y avisar mediante notificaciones.</translation>
    </message>
    <message>
        <source>Use only one of --list, --open, --sign-out-inactive, --export, --watch and --demo-server.</source>
        <translation>Use solo una de las opciones --list, --open, --sign-out-inactive, --export, --watch y --demo-server.</translation>
    </message>
    <message>
        <source>--json only goes with --list, --sign-out-inactive, --export and --watch.</source>
        <translation>--json solo se usa con --list, --sign-out-inactive, --export y --watch.</translation>
    </message>
    <message>
        <source>--interval only goes with --watch.</source>
        <translation>--interval solo se usa con --watch.</translation>
    </message>
    <message>
        <source>--interval must be a number of seconds from 1 to 3600.</source>
        <translation>--interval debe ser un número de segundos entre 1 y 3600.</translation>
    </message>
    <message>
        <source>--background only goes with the window&apos;s own options.</source>
        <translation>--background solo se usa con las opciones de la ventana.</translation>
    </message>
    <message>
        <source>--port, --devices, --latency, --metadata, --actions and --new-session-every only go with --demo or --demo-server.</source>
        <translation>--port, --devices, --latency, --metadata, --actions y --new-session-every solo se usan con --demo o --demo-server.</translation>
    </message>
    <message>
        <source>--new-session-every must be a number of seconds from 1 to 86400.</source>
        <translation>--new-session-every debe ser un número de segundos entre 1 y 86400.</translation>
    </message>
</context>
<context>
    <name>DemoOptions</name>
    <message>
        <source>--metadata must be stable, unstable, issuer or none, not “%1”.</source>
        <translation>--metadata debe ser stable, unstable, issuer o none, no «%1».</translation>
    </message>
    <message>
        <source>--actions must be all, mas, none or a comma-separated list of action names.</source>
        <translation>--actions debe ser all, mas, none o una lista de nombres de acciones separados por comas.</translation>
    </message>
</context>
<context>
    <name>DesktopUrlOpener</name>
    <message>
        <source>the address is not safe to open</source>
        <translation>no es seguro abrir la dirección</translation>
    </message>
    <message>
        <source>there is no display to show a browser on</source>
        <translation>no hay ninguna pantalla en la que mostrar un navegador</translation>
    </message>
    <message>
        <source>the desktop has no program set up to open web addresses</source>
        <translation>el escritorio no tiene ningún programa configurado para abrir direcciones web</translation>
    </message>
</context>
<context>
    <name>Device</name>
    <message>
        <source>The list of sessions from the server is not valid JSON.</source>
        <translation>La lista de sesiones del servidor no es JSON válido.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no list of sessions (“devices” is missing or not a list).</source>
        <translation>La respuesta del servidor no contiene una lista de sesiones (falta «devices» o no es una lista).</translation>
    </message>
</context>
<context>
    <name>DeviceCodeAnswer</name>
    <message>
        <source>The server&apos;s sign-in code “%1” is not a plain code of at most %2 letters, digits and signs, so it was not shown.</source>
        <translation>El código de inicio de sesión «%1» del servidor no es un código simple de como máximo %2 letras, dígitos y signos, por lo que no se ha mostrado.</translation>
    </message>
    <message>
        <source>The page for entering the code</source>
        <translation>La página para introducir el código</translation>
    </message>
</context>
<context>
    <name>DeviceKind</name>
    <message>
        <source>Desktop</source>
        <translation>Escritorio</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Móvil</translation>
    </message>
    <message>
        <source>Web browser</source>
        <translation>Navegador web</translation>
    </message>
    <message>
        <source>Bot or script</source>
        <translation>Bot o script</translation>
    </message>
    <message>
        <source>Unknown kind of device</source>
        <translation>Tipo de dispositivo desconocido</translation>
    </message>
</context>
<context>
    <name>DialogPrompts</name>
    <message>
        <source>Sign Out Sessions</source>
        <translation>Cerrar sesiones</translation>
    </message>
    <message numerus="yes">
        <source>Sign out %n session(s)?</source>
        <translation>
            <numerusform>¿Cerrar %n sesión?</numerusform>
            <numerusform>¿Cerrar %n sesiones?</numerusform>
        </translation>
    </message>
    <message>
        <source>Anyone using them is signed out, and their encryption keys are lost unless they are backed up.</source>
        <translation>Se cerrará la sesión de quien las esté usando, y sus claves de cifrado se perderán si no tienen copia de seguridad.</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>That password was not accepted. Enter the password of %1 again:</source>
        <translation>No se aceptó esa contraseña. Vuelva a introducir la contraseña de %1:</translation>
    </message>
    <message>
        <source>To sign sessions out, enter the password of %1:</source>
        <translation>Para cerrar las sesiones, introduzca la contraseña de %1:</translation>
    </message>
    <message>
        <source>Confirm with Your Password</source>
        <translation>Confirmar con su contraseña</translation>
    </message>
    <message>
        <source>Confirm in Your Browser</source>
        <translation>Confirmar en su navegador</translation>
    </message>
    <message>
        <source>Your server asks for a confirmation on a web page, which opened in your browser. Finish it there, then press Continue.</source>
        <translation>Su servidor pide una confirmación en una página web, que se ha abierto en su navegador. Complétela allí y después pulse «Continuar».</translation>
    </message>
    <message>
        <source>Your server asks for a confirmation on a web page. Open this address in a browser, finish it there, then press Continue:
%1</source>
        <translation>Su servidor pide una confirmación en una página web. Abra esta dirección en un navegador, complete la confirmación allí y después pulse «Continuar»:
%1</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Rename Session</source>
        <translation>Cambiar el nombre de la sesión</translation>
    </message>
    <message>
        <source>New name (at most %1 characters). People you talk to on Matrix can see it.</source>
        <translation>Nombre nuevo (como máximo %1 caracteres). Las personas con las que habla en Matrix pueden verlo.</translation>
    </message>
    <message>
        <source>Sign out of %1?</source>
        <translation>¿Cerrar la sesión de %1?</translation>
    </message>
    <message>
        <source>Gatehouse ends its session on the server and forgets the account. Your other sessions stay signed in.</source>
        <translation>Gatehouse cierra su propia sesión en el servidor y olvida la cuenta. Sus otras sesiones permanecen abiertas.</translation>
    </message>
    <message>
        <source>Select Inactive Sessions</source>
        <translation>Seleccionar sesiones inactivas</translation>
    </message>
    <message>
        <source>Select sessions inactive for more than this many days:</source>
        <translation>Seleccionar las sesiones inactivas durante más de este número de días:</translation>
    </message>
    <message>
        <source>Gatehouse</source>
        <translation>Gatehouse</translation>
    </message>
    <message>
        <source>Session History</source>
        <translation>Historial de sesiones</translation>
    </message>
    <message>
        <source>Keep the session history of %1?</source>
        <translation>¿Conservar el historial de sesiones de %1?</translation>
    </message>
    <message>
        <source>It stays on this computer and is shown again if you sign in to this account again. It holds no password or token.</source>
        <translation>Se queda en este equipo y se vuelve a mostrar si inicia sesión de nuevo en esta cuenta. No contiene ninguna contraseña ni token.</translation>
    </message>
    <message>
        <source>Keep History</source>
        <translation>Conservar historial</translation>
    </message>
    <message>
        <source>Forget History</source>
        <translation>Olvidar historial</translation>
    </message>
    <message>
        <source>Watch for New Sign-Ins</source>
        <translation>Vigilar nuevos inicios de sesión</translation>
    </message>
    <message>
        <source>Tell you when a new session signs in to %1?</source>
        <translation>¿Avisarle cuando una nueva sesión inicie sesión en %1?</translation>
    </message>
    <message>
        <source>Gatehouse then checks this account in the background, with no window, and notifies you. You can change this in Settings.</source>
        <translation>Gatehouse comprobará esta cuenta en segundo plano, sin ventana, y le avisará. Puede cambiarlo en Configuración.</translation>
    </message>
    <message>
        <source>Watch in the Background</source>
        <translation>Vigilar en segundo plano</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Ahora no</translation>
    </message>
</context>
<context>
    <name>EncryptionText</name>
    <message>
        <source>Signed by your identity</source>
        <translation>Firmada por su identidad</translation>
    </message>
    <message>
        <source>Not signed by your identity</source>
        <translation>No firmada por su identidad</translation>
    </message>
    <message>
        <source>No encryption</source>
        <translation>Sin cifrado</translation>
    </message>
    <message>
        <source>Keys do not check out</source>
        <translation>Las claves no cuadran</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>No comprobada</translation>
    </message>
    <message>
        <source>This session&apos;s keys are signed by your account&apos;s identity (its cross-signing keys).</source>
        <translation>Las claves de esta sesión están firmadas por la identidad de su cuenta (sus claves de firma cruzada).</translation>
    </message>
    <message>
        <source>This session has valid keys, but they are not signed by your account&apos;s identity.</source>
        <translation>Esta sesión tiene claves válidas, pero no están firmadas por la identidad de su cuenta.</translation>
    </message>
    <message>
        <source>This session published no encryption keys. That is normal for bots and scripts.</source>
        <translation>Esta sesión no publicó claves de cifrado. Es normal en bots y scripts.</translation>
    </message>
    <message>
        <source>This session&apos;s keys are malformed, name another session, or their signature does not verify.</source>
        <translation>Las claves de esta sesión están mal formadas, nombran otra sesión o su firma no se puede comprobar.</translation>
    </message>
    <message>
        <source>The keys could not be read from the server. Gatehouse asks again with the next refresh.</source>
        <translation>No se pudieron leer las claves del servidor. Gatehouse vuelve a preguntar en la próxima actualización.</translation>
    </message>
    <message>
        <source>&quot;Signed by your identity&quot; relies on your account&apos;s current cross-signing keys: it says which sessions those keys vouch for, not who holds them.</source>
        <translation>«Firmada por su identidad» se basa en las claves de firma cruzada actuales de su cuenta: dice de qué sesiones responden esas claves, no quién las tiene.</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>%1 The server said: %2</source>
        <translation>%1 El servidor indicó: %2</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>La dirección</translation>
    </message>
    <message>
        <source>The answer from %1 gives conflicting lengths and was not read.</source>
        <translation>La respuesta de %1 indica longitudes contradictorias y no se ha leído.</translation>
    </message>
    <message>
        <source>The answer from %1 is larger than %2 MiB and was not read.</source>
        <translation>La respuesta de %1 ocupa más de %2 MiB y no se ha leído.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1 no respondió en un plazo de %2 segundos.</translation>
    </message>
    <message>
        <source>Could not connect to %1: the connection was refused.</source>
        <translation>No se pudo conectar con %1: se rechazó la conexión.</translation>
    </message>
    <message>
        <source>The server %1 could not be found.</source>
        <translation>No se encontró el servidor %1.</translation>
    </message>
    <message>
        <source>%1 closed the connection before the answer was complete.</source>
        <translation>%1 cerró la conexión antes de completar la respuesta.</translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation>Se agotó el tiempo de espera de la conexión con %1.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be trusted: %2</source>
        <translation>No se puede confiar en la conexión segura con %1: %2</translation>
    </message>
    <message>
        <source>%1 redirected too many times.</source>
        <translation>%1 realizó demasiadas redirecciones.</translation>
    </message>
    <message>
        <source>The proxy could not reach %1: %2</source>
        <translation>El proxy no pudo acceder a %1: %2</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation>Falló la solicitud a %1: %2</translation>
    </message>
    <message>
        <source>%1 redirected more than %2 times.</source>
        <translation>%1 realizó más de %2 redirecciones.</translation>
    </message>
    <message>
        <source>%1 tried to redirect from a secure https address to an insecure one (%2); the redirect was refused.</source>
        <translation>%1 intentó redirigir de una dirección https segura a una insegura (%2); se rechazó la redirección.</translation>
    </message>
    <message>
        <source>A redirect from %1 to</source>
        <translation>Una redirección de %1 a</translation>
    </message>
    <message>
        <source>%1 is limiting requests and asks to wait %2 seconds; try again later.</source>
        <translation>%1 está limitando las solicitudes y pide esperar %2 segundos; inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>%1 is still limiting requests after %2 retries; try again later.</source>
        <translation>%1 sigue limitando las solicitudes tras %2 reintentos; inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The sign-in of one server was about to be sent to %1; the request was refused.</source>
        <translation>Las credenciales de inicio de sesión de un servidor iban a enviarse a %1; se rechazó la solicitud.</translation>
    </message>
    <message>
        <source>%1 redirected a request that carries a secret to another server (%2); the redirect was refused and nothing was sent there.</source>
        <translation>%1 redirigió una solicitud que contiene un secreto a otro servidor (%2); se rechazó la redirección y no se envió nada allí.</translation>
    </message>
    <message>
        <source>%1 did not accept the access token (it may have expired or been signed out).</source>
        <translation>%1 no aceptó el token de acceso (puede que haya caducado o que se haya cerrado su sesión).</translation>
    </message>
    <message>
        <source>%1 is limiting requests; try again later.</source>
        <translation>%1 está limitando las solicitudes; inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>%1 answered with an error (HTTP %2).</source>
        <translation>%1 respondió con un error (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 answered with an error (HTTP %2, %3).</source>
        <translation>%1 respondió con un error (HTTP %2, %3).</translation>
    </message>
</context>
<context>
    <name>HandOffConfirmation</name>
    <message numerus="yes">
        <source>Sign out %n session(s)?</source>
        <translation>
            <numerusform>¿Cerrar %n sesión?</numerusform>
            <numerusform>¿Cerrar %n sesiones?</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign out this session?</source>
        <translation>¿Cerrar esta sesión?</translation>
    </message>
    <message>
        <source>Deactivate your account?</source>
        <translation>¿Desactivar su cuenta?</translation>
    </message>
    <message>
        <source>Reset your cross-signing identity?</source>
        <translation>¿Restablecer su identidad de firma cruzada?</translation>
    </message>
    <message>
        <source>Open your account page?</source>
        <translation>¿Abrir la página de su cuenta?</translation>
    </message>
    <message numerus="yes">
        <source>Gatehouse will open your account page at %1 in your browser once for each of the %n session(s), one after the other.</source>
        <translation>
            <numerusform>Gatehouse abrirá en su navegador la página de su cuenta en %1 para %n sesión.</numerusform>
            <numerusform>Gatehouse abrirá en su navegador la página de su cuenta en %1 una vez por cada una de las %n sesiones, una tras otra.</numerusform>
        </translation>
    </message>
    <message>
        <source>Gatehouse will open your account page at %1 in your browser to sign out “%2” (%3).</source>
        <translation>Gatehouse abrirá en su navegador la página de su cuenta en %1 para cerrar la sesión «%2» (%3).</translation>
    </message>
    <message>
        <source>Gatehouse will open your account page at %1 in your browser. Your server offers no direct link for deactivation: look for “Deactivate account” or “Delete account” on that page.</source>
        <translation>Gatehouse abrirá en su navegador la página de su cuenta en %1. Su servidor no ofrece un enlace directo para la desactivación: busque «Desactivar cuenta» o «Eliminar cuenta» en esa página.</translation>
    </message>
    <message>
        <source>Gatehouse will open the deactivation page of your account at %1 in your browser.</source>
        <translation>Gatehouse abrirá en su navegador la página de desactivación de su cuenta en %1.</translation>
    </message>
    <message>
        <source>Gatehouse will open your account page at %1 in your browser, where you can allow a reset of your cross-signing identity.</source>
        <translation>Gatehouse abrirá en su navegador la página de su cuenta en %1, donde podrá permitir el restablecimiento de su identidad de firma cruzada.</translation>
    </message>
    <message>
        <source>Gatehouse will open your account page at %1 in your browser.</source>
        <translation>Gatehouse abrirá en su navegador la página de su cuenta en %1.</translation>
    </message>
    <message>
        <source>Confirm each sign-out on that page. Gatehouse opens the next session when the last one has gone from the list; you can pause, skip or stop at any time.</source>
        <translation>Confirme cada cierre de sesión en esa página. Gatehouse abre la siguiente sesión cuando la anterior desaparece de la lista; puede pausar, omitir o detener el proceso en cualquier momento.</translation>
    </message>
    <message>
        <source>Nothing is signed out until you confirm on that page. Gatehouse marks the session as waiting and updates the list when you come back.</source>
        <translation>No se cierra ninguna sesión hasta que confirme en esa página. Gatehouse marca la sesión como en espera y actualiza la lista cuando vuelva.</translation>
    </message>
    <message>
        <source>Deactivation signs out every session and cannot be undone. Nothing happens until you confirm on that page.</source>
        <translation>La desactivación cierra todas las sesiones y no se puede deshacer. No ocurre nada hasta que confirme en esa página.</translation>
    </message>
    <message>
        <source>After a reset, your other sessions and contacts will have to verify you again.</source>
        <translation>Tras el restablecimiento, sus otras sesiones y sus contactos tendrán que volver a verificarle.</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>Abrir en el navegador</translation>
    </message>
    <message>
        <source>Opens the page in your browser; nothing changes until you confirm there.</source>
        <translation>Abre la página en su navegador; no cambia nada hasta que confirme allí.</translation>
    </message>
    <message>
        <source>Closes this question and opens nothing.</source>
        <translation>Cierra esta pregunta y no abre nada.</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>The history file %1 is damaged or is not a Gatehouse history file. Gatehouse works without history until it is moved aside.</source>
        <translation>El archivo de historial %1 está dañado o no es un archivo de historial de Gatehouse. Gatehouse funciona sin historial hasta que se mueva a otro lugar.</translation>
    </message>
    <message>
        <source>The history file %1 is in use by another program. Gatehouse works without history for now.</source>
        <translation>Otro programa está usando el archivo de historial %1. Gatehouse funciona sin historial por ahora.</translation>
    </message>
    <message>
        <source>The history file %1 cannot be read or written (%2). Gatehouse works without history.</source>
        <translation>No se puede leer ni escribir el archivo de historial %1 (%2). Gatehouse funciona sin historial.</translation>
    </message>
    <message>
        <source>The history file %1 was written by a newer version of Gatehouse. This version works without history and leaves the file as it is.</source>
        <translation>El archivo de historial %1 lo escribió una versión más reciente de Gatehouse. Esta versión funciona sin historial y deja el archivo como está.</translation>
    </message>
    <message>
        <source>a folder is in its place</source>
        <translation>hay una carpeta en su lugar</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>no se puede crear la carpeta</translation>
    </message>
    <message>
        <source>the SQLite driver is missing</source>
        <translation>falta el controlador de SQLite</translation>
    </message>
</context>
<context>
    <name>HomeserverAddress</name>
    <message>
        <source>Enter a Matrix ID such as @alice:example.org, or a server name.</source>
        <translation>Introduzca un ID de Matrix, como @alice:example.org, o un nombre de servidor.</translation>
    </message>
    <message>
        <source>“%1” is not a Matrix ID; it should look like @alice:example.org.</source>
        <translation>«%1» no es un ID de Matrix; debería tener la forma @alice:example.org.</translation>
    </message>
    <message>
        <source>“%1” is not a valid server name.</source>
        <translation>«%1» no es un nombre de servidor válido.</translation>
    </message>
    <message>
        <source>“%1” has a port number above 65535.</source>
        <translation>«%1» tiene un número de puerto mayor que 65535.</translation>
    </message>
</context>
<context>
    <name>KeysQueryResponse</name>
    <message>
        <source>The server&apos;s answer about encryption keys is not a JSON object.</source>
        <translation>La respuesta del servidor sobre las claves de cifrado no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The server could not give the encryption keys of this account.</source>
        <translation>El servidor no pudo proporcionar las claves de cifrado de esta cuenta.</translation>
    </message>
    <message>
        <source>The server&apos;s answer about encryption keys has no list of device keys.</source>
        <translation>La respuesta del servidor sobre las claves de cifrado no contiene ninguna lista de claves de dispositivos.</translation>
    </message>
    <message>
        <source>The server&apos;s answer about encryption keys has an unreadable list of device keys.</source>
        <translation>La respuesta del servidor sobre las claves de cifrado contiene una lista de claves de dispositivos ilegible.</translation>
    </message>
</context>
<context>
    <name>LaunchAccount</name>
    <message>
        <source>No access token: put it in the environment variable %1 (tokens are never taken as arguments).</source>
        <translation>No hay ningún token de acceso: póngalo en la variable de entorno %1 (los tokens nunca se aceptan como argumentos).</translation>
    </message>
    <message>
        <source>Not signed in. Sign in with the Gatehouse window, use --homeserver URL with the access token in %1, or --demo to try Gatehouse with a demo server.</source>
        <translation>No ha iniciado sesión. Inicie sesión con la ventana de Gatehouse, use --homeserver URL con el token de acceso en %1, o --demo para probar Gatehouse con un servidor de demostración.</translation>
    </message>
</context>
<context>
    <name>LaunchChoice</name>
    <message>
        <source>The demo homeserver could not listen on port %1.</source>
        <translation>El servidor base de demostración no pudo escuchar en el puerto %1.</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>%1 Try “gatehouse --help”.</source>
        <translation>%1 Pruebe «gatehouse --help».</translation>
    </message>
    <message>
        <source>The demo homeserver could not listen on port %1.</source>
        <translation>El servidor base de demostración no pudo escuchar en el puerto %1.</translation>
    </message>
    <message>
        <source>There is no saved account to watch. Sign in with the Gatehouse window and turn on “Watch this account in the background” in its Settings first.</source>
        <translation>No hay ninguna cuenta guardada que vigilar. Inicie sesión primero en la ventana de Gatehouse y active «Vigilar esta cuenta en segundo plano» en su Configuración.</translation>
    </message>
</context>
<context>
    <name>NewBadge</name>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>Just now</source>
        <translation>Ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>Hace %n minuto</numerusform>
            <numerusform>Hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>Hace %n hora</numerusform>
            <numerusform>Hace %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>Hace %n día</numerusform>
            <numerusform>Hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>Hace %n mes</numerusform>
            <numerusform>Hace %n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>Hace %n año</numerusform>
            <numerusform>Hace %n años</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <source>This is the session Gatehouse is using; it cannot be signed out from the list.</source>
        <translation>Esta es la sesión que usa Gatehouse; no se puede cerrar desde la lista.</translation>
    </message>
    <message>
        <source>Your server&apos;s account page does not offer this for sessions.</source>
        <translation>La página de la cuenta de su servidor no ofrece esta acción para las sesiones.</translation>
    </message>
</context>
<context>
    <name>SessionListPrinter</name>
    <message>
        <source>SESSION</source>
        <translation>SESIÓN</translation>
    </message>
    <message>
        <source>DEVICE ID</source>
        <translation>ID DE DISPOSITIVO</translation>
    </message>
    <message>
        <source>LAST ACTIVITY</source>
        <translation>ÚLTIMA ACTIVIDAD</translation>
    </message>
    <message>
        <source>LAST IP</source>
        <translation>ÚLTIMA IP</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>this session</source>
        <translation>esta sesión</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactiva</translation>
    </message>
    <message>
        <source>%1 on %2 (%3)
</source>
        <translation>%1 en %2 (%3)
</translation>
    </message>
    <message>
        <source>OAuth 2.0 account</source>
        <translation>cuenta OAuth 2.0</translation>
    </message>
    <message>
        <source>classic sign-in</source>
        <translation>inicio de sesión clásico</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n inactive for more than %1 days</source>
        <translation>
            <numerusform>, %n inactiva durante más de %1 días</numerusform>
            <numerusform>, %n inactivas durante más de %1 días</numerusform>
        </translation>
    </message>
    <message>
        <source>ENCRYPTION</source>
        <translation>CIFRADO</translation>
    </message>
    <message>
        <source>, your account&apos;s identity changed on %1</source>
        <translation>, la identidad de su cuenta cambió el %1</translation>
    </message>
</context>
<context>
    <name>SessionText</name>
    <message>
        <source>Unnamed session</source>
        <translation>Sesión sin nombre</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocida</translation>
    </message>
</context>
<context>
    <name>SignInAlert</name>
    <message numerus="yes">
        <source>%n new sign-in(s) to %1</source>
        <translation>
            <numerusform>%n nuevo inicio de sesión en %1</numerusform>
            <numerusform>%n nuevos inicios de sesión en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Gatehouse to review them.</source>
        <translation>Abra Gatehouse para revisarlas.</translation>
    </message>
    <message>
        <source>New sign-in to %1</source>
        <translation>Nuevo inicio de sesión en %1</translation>
    </message>
    <message>
        <source>%1
From %2 at %3</source>
        <translation>%1
Desde %2 a las %3</translation>
    </message>
    <message>
        <source>Signed out of %1</source>
        <translation>Sesión cerrada en %1</translation>
    </message>
    <message>
        <source>Gatehouse can no longer check this account. Sign in again to keep watching.</source>
        <translation>Gatehouse ya no puede comprobar esta cuenta. Vuelva a iniciar sesión para seguir vigilando.</translation>
    </message>
    <message>
        <source>A session disappeared from %1</source>
        <translation>Una sesión ha desaparecido de %1</translation>
    </message>
    <message>
        <source>%1 (%2) is no longer signed in, and Gatehouse did not sign it out.</source>
        <translation>%1 (%2) ya no tiene la sesión iniciada, y Gatehouse no la cerró.</translation>
    </message>
    <message>
        <source>Clean up %1?</source>
        <translation>¿Limpiar %1?</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) have been inactive for more than %1 days: clean up?</source>
        <translation>
            <numerusform>%n sesión lleva más de %1 días inactiva: ¿limpiar?</numerusform>
            <numerusform>%n sesiones llevan más de %1 días inactivas: ¿limpiar?</numerusform>
        </translation>
    </message>
    <message>
        <source>Gatehouse is still watching in the background</source>
        <translation>Gatehouse sigue vigilando en segundo plano</translation>
    </message>
    <message>
        <source>It tells you when a new session signs in. Quit it from its icon in the tray.</source>
        <translation>Le avisa cuando se inicia una sesión nueva. Ciérrelo desde su icono en la bandeja del sistema.</translation>
    </message>
</context>
<context>
    <name>SignInIdentity</name>
    <message>
        <source>You asked to sign in as %1, but the server signed you in as %2. Nothing was saved.</source>
        <translation>Pidió iniciar sesión como %1, pero el servidor inició su sesión como %2. No se ha guardado nada.</translation>
    </message>
    <message>
        <source>You asked to sign in on %1, but the server signed you in as %2, which is not on %1. Nothing was saved.</source>
        <translation>Pidió iniciar sesión en %1, pero el servidor inició su sesión como %2, que no está en %1. No se ha guardado nada.</translation>
    </message>
    <message>
        <source>The server signed you in as “%1”, which is not a Matrix ID. Nothing was saved.</source>
        <translation>El servidor inició su sesión como «%1», que no es un ID de Matrix. No se ha guardado nada.</translation>
    </message>
</context>
<context>
    <name>TokenResponse</name>
    <message>
        <source>The token answer from %1 is not a JSON object.</source>
        <translation>La respuesta de token de %1 no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The token answer from %1 has no access token.</source>
        <translation>La respuesta de token de %1 no contiene ningún token de acceso.</translation>
    </message>
    <message>
        <source>The token answer from %1 is not a bearer token.</source>
        <translation>La respuesta de token de %1 no es un token de tipo bearer.</translation>
    </message>
    <message>
        <source>%1 did not accept this user name and password.</source>
        <translation>%1 no aceptó este nombre de usuario y contraseña.</translation>
    </message>
    <message>
        <source>This account on %1 has been deactivated.</source>
        <translation>Esta cuenta de %1 se ha desactivado.</translation>
    </message>
    <message>
        <source>The sign-in answer from %1 has no access token.</source>
        <translation>La respuesta de inicio de sesión de %1 no contiene ningún token de acceso.</translation>
    </message>
    <message>
        <source>The sign-in answer from %1 does not name the account and session.</source>
        <translation>La respuesta de inicio de sesión de %1 no indica la cuenta ni la sesión.</translation>
    </message>
</context>
<context>
    <name>TokenRevoker</name>
    <message>
        <source>Gatehouse forgot %1, but the server could not be told to end the session: %2</source>
        <translation>Gatehouse ha olvidado %1, pero no se pudo indicar al servidor que cerrara la sesión: %2</translation>
    </message>
    <message>
        <source>the server does not list a revocation endpoint.</source>
        <translation>el servidor no indica ningún punto de conexión de revocación.</translation>
    </message>
</context>
<context>
    <name>UrlSafety</name>
    <message>
        <source>%1 “%2” was refused: it is not a well-formed web address.</source>
        <translation>%1 «%2» se rechazó: no es una dirección web bien formada.</translation>
    </message>
    <message>
        <source>%1 “%2” was refused: only https addresses are allowed.</source>
        <translation>%1 «%2» se rechazó: solo se permiten direcciones https.</translation>
    </message>
    <message>
        <source>%1 “%2” was refused: it names no server.</source>
        <translation>%1 «%2» se rechazó: no indica ningún servidor.</translation>
    </message>
    <message>
        <source>%1 “%2” was refused: it contains a user name or password.</source>
        <translation>%1 «%2» se rechazó: contiene un nombre de usuario o una contraseña.</translation>
    </message>
    <message>
        <source>%1 “%2” was refused: it uses unencrypted http to another computer; only https is allowed.</source>
        <translation>%1 «%2» se rechazó: usa http sin cifrar hacia otro equipo; solo se permite https.</translation>
    </message>
    <message>
        <source>%1 was refused: it contains your access token, which must never leave Gatehouse.</source>
        <translation>%1 se rechazó: contiene su token de acceso, que nunca debe salir de Gatehouse.</translation>
    </message>
</context>
<context>
    <name>WatchEventPrinter</name>
    <message>
        <source>New sign-in to %1: “%2” (%3, an ID seen before), from %4.</source>
        <translation>Nuevo inicio de sesión en %1: «%2» (%3, un ID ya visto), desde %4.</translation>
    </message>
    <message>
        <source>New sign-in to %1: “%2” (%3), from %4.</source>
        <translation>Nuevo inicio de sesión en %1: «%2» (%3), desde %4.</translation>
    </message>
    <message>
        <source>Gatehouse signed “%2” (%3) out of %1.</source>
        <translation>Gatehouse cerró la sesión «%2» (%3) de %1.</translation>
    </message>
    <message>
        <source>“%2” (%3) is no longer signed in to %1.</source>
        <translation>«%2» (%3) ya no tiene la sesión iniciada en %1.</translation>
    </message>
    <message>
        <source>No longer signed in to %1: %2</source>
        <translation>Ya no hay sesión iniciada en %1: %2</translation>
    </message>
    <message>
        <source>Could not check %1: %2</source>
        <translation>No se pudo comprobar %1: %2</translation>
    </message>
</context>
<context>
    <name>WellKnown</name>
    <message>
        <source>The server&apos;s discovery file could not be fetched.</source>
        <translation>No se pudo obtener el archivo de descubrimiento del servidor.</translation>
    </message>
    <message>
        <source>The server&apos;s discovery file could not be read (HTTP %1).</source>
        <translation>No se pudo leer el archivo de descubrimiento del servidor (HTTP %1).</translation>
    </message>
    <message>
        <source>The server&apos;s discovery file is not valid JSON.</source>
        <translation>El archivo de descubrimiento del servidor no es JSON válido.</translation>
    </message>
    <message>
        <source>The server&apos;s discovery file does not name a homeserver.</source>
        <translation>El archivo de descubrimiento del servidor no indica ningún servidor base.</translation>
    </message>
    <message>
        <source>The server&apos;s discovery file names a homeserver that is not a valid address.</source>
        <translation>El archivo de descubrimiento del servidor indica un servidor base cuya dirección no es válida.</translation>
    </message>
</context>
<context>
    <name>Whoami</name>
    <message>
        <source>The server did not say which account the token belongs to (whoami has no user_id).</source>
        <translation>El servidor no indicó a qué cuenta pertenece el token (whoami no contiene user_id).</translation>
    </message>
</context>
<context>
    <name>gatehouse::AboutDialog</name>
    <message>
        <source>Gatehouse is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version. It comes with no warranty.</source>
        <translation>Gatehouse es software libre: puede redistribuirlo o modificarlo según los términos de la Licencia Pública General de GNU publicada por la Free Software Foundation, ya sea la versión 3 de la Licencia o (a su elección) cualquier versión posterior. Se distribuye sin ninguna garantía.</translation>
    </message>
    <message>
        <source>About Gatehouse</source>
        <translation>Acerca de Gatehouse</translation>
    </message>
    <message>
        <source>Gatehouse logo</source>
        <translation>Logotipo de Gatehouse</translation>
    </message>
    <message>
        <source>Gatehouse %1</source>
        <translation>Gatehouse %1</translation>
    </message>
    <message>
        <source>See every session signed in to your Matrix account, and end the ones you do not recognise.</source>
        <translation>Vea todas las sesiones iniciadas en su cuenta de Matrix y cierre las que no reconozca.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilado con Qt %1, en ejecución con Qt %2.</translation>
    </message>
    <message>
        <source>Closes this window.</source>
        <translation>Cierra esta ventana.</translation>
    </message>
</context>
<context>
    <name>gatehouse::AccountController</name>
    <message>
        <source>No browser could be opened.</source>
        <translation>No se pudo abrir ningún navegador.</translation>
    </message>
    <message>
        <source>Opened in your browser. The list updates when you come back to Gatehouse.</source>
        <translation>Se ha abierto en su navegador. La lista se actualizará cuando vuelva a Gatehouse.</translation>
    </message>
    <message>
        <source>Renaming…</source>
        <translation>Cambiando el nombre…</translation>
    </message>
    <message>
        <source>The session could not be renamed: %1</source>
        <translation>No se pudo cambiar el nombre de la sesión: %1</translation>
    </message>
    <message>
        <source>The session was renamed.</source>
        <translation>Se cambió el nombre de la sesión.</translation>
    </message>
    <message numerus="yes">
        <source>Signing out %n session(s)…</source>
        <translation>
            <numerusform>Cerrando %n sesión…</numerusform>
            <numerusform>Cerrando %n sesiones…</numerusform>
        </translation>
    </message>
    <message>
        <source>The sessions could not be signed out: %1</source>
        <translation>No se pudieron cerrar las sesiones: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) signed out.</source>
        <translation>
            <numerusform>%n sesión cerrada.</numerusform>
            <numerusform>%n sesiones cerradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your server&apos;s account page does not offer signing out sessions.</source>
        <translation>La página de la cuenta de su servidor no permite cerrar sesiones.</translation>
    </message>
    <message>
        <source>No session was signed out.</source>
        <translation>No se cerró ninguna sesión.</translation>
    </message>
    <message>
        <source>Signed out (%1): %2</source>
        <translation>Cerradas (%1): %2</translation>
    </message>
    <message>
        <source>Skipped, still signed in (%1): %2</source>
        <translation>Omitidas, siguen abiertas (%1): %2</translation>
    </message>
    <message>
        <source>Not done, still signed in (%1): %2</source>
        <translation>Pendientes, siguen abiertas (%1): %2</translation>
    </message>
    <message>
        <source>Sign-out finished: %1</source>
        <translation>Cierre de sesiones terminado: %1</translation>
    </message>
    <message>
        <source>The encryption states are unknown: the keys could not be read (%1). Gatehouse asks again with the next refresh.</source>
        <translation>Los estados de cifrado son desconocidos: no se pudieron leer las claves (%1). Gatehouse vuelve a preguntar en la próxima actualización.</translation>
    </message>
</context>
<context>
    <name>gatehouse::AccountHeader</name>
    <message>
        <source>Open Account Page</source>
        <translation>Abrir la página de la cuenta</translation>
    </message>
    <message>
        <source>Deactivate Account…</source>
        <translation>Desactivar la cuenta…</translation>
    </message>
    <message>
        <source>Open account page</source>
        <translation>Abrir la página de la cuenta</translation>
    </message>
    <message>
        <source>Opens your homeserver&apos;s account page in the browser.</source>
        <translation>Abre en el navegador la página de la cuenta de su servidor base.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Opens your profile on the account page.</source>
        <translation>Abre su perfil en la página de la cuenta.</translation>
    </message>
    <message>
        <source>All Sessions</source>
        <translation>Todas las sesiones</translation>
    </message>
    <message>
        <source>Opens the list of sessions on the account page.</source>
        <translation>Abre la lista de sesiones en la página de la cuenta.</translation>
    </message>
    <message>
        <source>Reset Cross-Signing…</source>
        <translation>Restablecer la firma cruzada…</translation>
    </message>
    <message>
        <source>Opens the account page to allow resetting your cross-signing identity.</source>
        <translation>Abre la página de la cuenta para permitir el restablecimiento de su identidad de firma cruzada.</translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation>Desactivar la cuenta</translation>
    </message>
    <message>
        <source>Opens the account page where you can deactivate your account.</source>
        <translation>Abre la página de la cuenta, donde puede desactivar su cuenta.</translation>
    </message>
    <message>
        <source>sign-in method unknown</source>
        <translation>método de inicio de sesión desconocido</translation>
    </message>
    <message>
        <source>OAuth 2.0 account (sessions are managed on the account page)</source>
        <translation>cuenta OAuth 2.0 (las sesiones se gestionan en la página de la cuenta)</translation>
    </message>
    <message>
        <source>classic sign-in</source>
        <translation>inicio de sesión clásico</translation>
    </message>
    <message>
        <source>Demo server %1 · %2</source>
        <translation>Servidor de demostración %1 · %2</translation>
    </message>
    <message>
        <source>Server %1 · %2</source>
        <translation>Servidor %1 · %2</translation>
    </message>
    <message>
        <source>Opens %1 in the browser.</source>
        <translation>Abre %1 en el navegador.</translation>
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
        <translation>Varias cuentas guardadas son %1, en %2. Elija una con --account-server URL.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>There is no saved account %1. Sign in with the Gatehouse window first.</source>
        <translation>No hay ninguna cuenta guardada %1. Inicie sesión primero con la ventana de Gatehouse.</translation>
    </message>
    <message>
        <source>There is no saved account %1. Saved accounts: %2.</source>
        <translation>No hay ninguna cuenta guardada %1. Cuentas guardadas: %2.</translation>
    </message>
</context>
<context>
    <name>gatehouse::AccountSwitcher</name>
    <message>
        <source>Add Account…</source>
        <translation>Añadir una cuenta…</translation>
    </message>
    <message>
        <source>Sign Out…</source>
        <translation>Cerrar sesión…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Sign in to another account; the others stay signed in.</source>
        <translation>Inicia sesión en otra cuenta; las demás mantienen la sesión iniciada.</translation>
    </message>
    <message>
        <source>Ends this account&apos;s Gatehouse session on the server and forgets the account.</source>
        <translation>Cierra en el servidor la sesión de Gatehouse de esta cuenta y olvida la cuenta.</translation>
    </message>
    <message>
        <source>%1 (this run only)</source>
        <translation>%1 (solo en esta ejecución)</translation>
    </message>
    <message>
        <source>%1 on %2 – kept in memory only</source>
        <translation>%1 en %2 – guardada solo en memoria</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
</context>
<context>
    <name>gatehouse::AccountSwitching</name>
    <message>
        <source>Gatehouse no longer has the account %1.</source>
        <translation>Gatehouse ya no tiene la cuenta %1.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Sesión iniciada como %1.</translation>
    </message>
    <message>
        <source>Signing out of %1…</source>
        <translation>Cerrando la sesión de %1…</translation>
    </message>
    <message>
        <source>Signed out of %1.</source>
        <translation>Se cerró la sesión de %1.</translation>
    </message>
</context>
<context>
    <name>gatehouse::AccountWatcher</name>
    <message>
        <source>%1 Sign in again to keep watching.</source>
        <translation>%1 Vuelva a iniciar sesión para seguir vigilando.</translation>
    </message>
</context>
<context>
    <name>gatehouse::Banner</name>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>gatehouse::CliRunner</name>
    <message>
        <source>No browser could be opened; copy the address above into one.</source>
        <translation>No se pudo abrir ningún navegador; copie la dirección anterior en uno.</translation>
    </message>
    <message>
        <source>No browser could be opened (%1); copy the address above into one.</source>
        <translation>No se pudo abrir ningún navegador (%1); copie la dirección anterior en uno.</translation>
    </message>
    <message>
        <source>%1 Exported the stored history only; it may be out of date.</source>
        <translation>%1 Solo se exportó el historial guardado; puede no estar al día.</translation>
    </message>
    <message>
        <source>Could not write the export to %1: %2</source>
        <translation>No se pudo escribir la exportación en %1: %2</translation>
    </message>
</context>
<context>
    <name>gatehouse::DeviceCodeSignIn</name>
    <message>
        <source>The code expired before it was entered. Start again for a new code.</source>
        <translation>El código caducó antes de introducirse. Vuelva a empezar para obtener un código nuevo.</translation>
    </message>
    <message>
        <source>Registering Gatehouse with %1…</source>
        <translation>Registrando Gatehouse en %1…</translation>
    </message>
    <message>
        <source>%1 did not give Gatehouse a sign-in code: %2</source>
        <translation>%1 no proporcionó a Gatehouse un código de inicio de sesión: %2</translation>
    </message>
    <message>
        <source>The sign-in code answer from %1 is incomplete.</source>
        <translation>La respuesta con el código de inicio de sesión de %1 está incompleta.</translation>
    </message>
    <message>
        <source>The sign-in was refused on the other device.</source>
        <translation>El inicio de sesión se rechazó en el otro dispositivo.</translation>
    </message>
    <message>
        <source>The sign-in with a code failed: %1</source>
        <translation>Falló el inicio de sesión con código: %1</translation>
    </message>
</context>
<context>
    <name>gatehouse::DeviceListModel</name>
    <message>
        <source>View</source>
        <translation>Ver</translation>
    </message>
    <message>
        <source>Sign out…</source>
        <translation>Cerrar sesión…</translation>
    </message>
    <message>
        <source>Waiting for browser</source>
        <translation>Esperando al navegador</translation>
    </message>
    <message>
        <source>This session</source>
        <translation>Esta sesión</translation>
    </message>
    <message numerus="yes">
        <source>Inactive for %n day(s)</source>
        <translation>
            <numerusform>Inactiva desde hace %n día</numerusform>
            <numerusform>Inactiva desde hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>No activity recorded</source>
        <translation>Sin actividad registrada</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>%1, this session</source>
        <translation>%1, esta sesión</translation>
    </message>
    <message>
        <source>No actions</source>
        <translation>Sin acciones</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>ID de dispositivo</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>Last IP address</source>
        <translation>Última dirección IP</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>%1, this session, waiting for the browser</source>
        <translation>%1, esta sesión, esperando al navegador</translation>
    </message>
    <message>
        <source>%1, waiting for the browser</source>
        <translation>%1, esperando al navegador</translation>
    </message>
    <message>
        <source>%1, inactive</source>
        <translation>%1, inactiva</translation>
    </message>
    <message>
        <source>No actions for %1</source>
        <translation>No hay acciones para %1</translation>
    </message>
    <message>
        <source>Actions for %1: %2</source>
        <translation>Acciones para %1: %2</translation>
    </message>
    <message>
        <source>Session %1, device ID %2</source>
        <translation>Sesión %1, ID de dispositivo %2</translation>
    </message>
    <message>
        <source>Last activity %1</source>
        <translation>Última actividad %1</translation>
    </message>
    <message>
        <source>No actions: this is the session Gatehouse is using</source>
        <translation>Sin acciones: es la sesión que usa Gatehouse</translation>
    </message>
    <message>
        <source>Actions: %1. Press Enter for the menu</source>
        <translation>Acciones: %1. Pulse Intro para abrir el menú</translation>
    </message>
    <message>
        <source>, Delete to sign out</source>
        <translation>, Supr para cerrar la sesión</translation>
    </message>
    <message>
        <source>%1, new</source>
        <translation>%1, nueva</translation>
    </message>
    <message>
        <source>Kind of device: %1</source>
        <translation>Tipo de dispositivo: %1</translation>
    </message>
    <message>
        <source>Encryption: %1</source>
        <translation>Cifrado: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Possibly the same device as %1</source>
        <translation>Posiblemente el mismo dispositivo que %1</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Cifrado</translation>
    </message>
</context>
<context>
    <name>gatehouse::DevicesClient</name>
    <message>
        <source>There is no access token to sign in with.</source>
        <translation>No hay ningún token de acceso con el que iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>gatehouse::FilterBar</name>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Sign Out Selected…</source>
        <translation>Cerrar las sesiones seleccionadas…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Filter by name, device ID or IP address</source>
        <translation>Filtrar por nombre, ID de dispositivo o dirección IP</translation>
    </message>
    <message>
        <source>Filter sessions</source>
        <translation>Filtrar sesiones</translation>
    </message>
    <message>
        <source>Shows only sessions whose name, device ID or IP address contains this text.</source>
        <translation>Muestra solo las sesiones cuyo nombre, ID de dispositivo o dirección IP contenga este texto.</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Borrar el filtro</translation>
    </message>
    <message>
        <source>Empties the filter box.</source>
        <translation>Vacía el cuadro de filtro.</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Todas las sesiones</translation>
    </message>
    <message>
        <source>Active sessions</source>
        <translation>Sesiones activas</translation>
    </message>
    <message>
        <source>Show sessions</source>
        <translation>Mostrar sesiones</translation>
    </message>
    <message>
        <source>Shows all sessions, only active ones, or only inactive ones.</source>
        <translation>Muestra todas las sesiones, solo las activas o solo las inactivas.</translation>
    </message>
    <message>
        <source>Sign out selected sessions</source>
        <translation>Cerrar las sesiones seleccionadas</translation>
    </message>
    <message>
        <source>Signs out every selected session except this one, one account page at a time.</source>
        <translation>Cierra todas las sesiones seleccionadas excepto esta, de una en una en la página de la cuenta.</translation>
    </message>
    <message>
        <source>Load the list again from the server (F5)</source>
        <translation>Volver a cargar la lista desde el servidor (F5)</translation>
    </message>
    <message>
        <source>Loads the session list again from the server.</source>
        <translation>Vuelve a cargar la lista de sesiones desde el servidor.</translation>
    </message>
    <message numerus="yes">
        <source>Sign Out %n Selected…</source>
        <translation>
            <numerusform>Cerrar %n sesión seleccionada…</numerusform>
            <numerusform>Cerrar %n sesiones seleccionadas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inactive for more than %n day(s)</source>
        <translation>
            <numerusform>Inactivas durante más de %n día</numerusform>
            <numerusform>Inactivas durante más de %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n session(s)</source>
        <translation>
            <numerusform>Mostrando %1 de %n sesión</numerusform>
            <numerusform>Mostrando %1 de %n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n inactive</source>
        <translation>
            <numerusform> · %n inactiva</numerusform>
            <numerusform> · %n inactivas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::FreedesktopNotifier</name>
    <message>
        <source>Review</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <source>Sign Out…</source>
        <translation>Cerrar sesión…</translation>
    </message>
    <message>
        <source>It Was Me</source>
        <translation>Fui yo</translation>
    </message>
    <message>
        <source>Clean Up…</source>
        <translation>Limpiar…</translation>
    </message>
    <message>
        <source>Open Gatehouse</source>
        <translation>Abrir Gatehouse</translation>
    </message>
</context>
<context>
    <name>gatehouse::HistoryDialog</name>
    <message>
        <source>Session History</source>
        <translation>Historial de sesiones</translation>
    </message>
    <message>
        <source>&amp;Gone in:</source>
        <translation>&amp;Desaparecidas en:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Which sessions that disappeared are listed, by when they went.</source>
        <translation>Qué sesiones desaparecidas se listan, según cuándo desaparecieron.</translation>
    </message>
    <message>
        <source>Sessions that disappeared</source>
        <translation>Sesiones desaparecidas</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>IP &amp;addresses of the selected session:</source>
        <translation>&amp;Direcciones IP de la sesión seleccionada:</translation>
    </message>
    <message>
        <source>IP addresses of the selected session</source>
        <translation>Direcciones IP de la sesión seleccionada</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Dirección IP</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Vista por primera vez</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vista por última vez</translation>
    </message>
</context>
<context>
    <name>gatehouse::HistoryListModel</name>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Último año</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Signed out with Gatehouse</source>
        <translation>Cerrada con Gatehouse</translation>
    </message>
    <message>
        <source>Disappeared (signed out elsewhere or expired)</source>
        <translation>Desaparecida (cerrada en otro sitio o caducada)</translation>
    </message>
    <message>
        <source>Still signed in</source>
        <translation>Todavía abierta</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>ID del dispositivo</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Vista por primera vez</translation>
    </message>
    <message>
        <source>Gone since</source>
        <translation>Desaparecida desde</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>Direcciones IP</translation>
    </message>
</context>
<context>
    <name>gatehouse::HistoryNotice</name>
    <message>
        <source>Move Aside and Start New</source>
        <translation>Apartar y empezar de nuevo</translation>
    </message>
    <message>
        <source>Renames the history file, keeping it, and starts a new, empty history.</source>
        <translation>Cambia el nombre del archivo de historial, conservándolo, y empieza un historial nuevo y vacío.</translation>
    </message>
    <message>
        <source>A new history was started. The old file was kept as %1.</source>
        <translation>Se empezó un historial nuevo. El archivo anterior se conservó como %1.</translation>
    </message>
</context>
<context>
    <name>gatehouse::HistorySettingsSection</name>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>&amp;Forget This Account&apos;s History…</source>
        <translation>&amp;Olvidar el historial de esta cuenta…</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> día</numerusform>
            <numerusform> días</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep history for</source>
        <translation>Conservar el historial durante</translation>
    </message>
    <message>
        <source>Sessions that disappeared longer ago than this are forgotten when Gatehouse starts.</source>
        <translation>Las sesiones desaparecidas hace más tiempo se olvidan al iniciar Gatehouse.</translation>
    </message>
    <message>
        <source>&amp;Keep history for:</source>
        <translation>&amp;Conservar el historial durante:</translation>
    </message>
    <message>
        <source>Deletes everything Gatehouse remembers about this account&apos;s sessions on this computer.</source>
        <translation>Borra todo lo que Gatehouse recuerda en este equipo sobre las sesiones de esta cuenta.</translation>
    </message>
    <message>
        <source>Forget History</source>
        <translation>Olvidar historial</translation>
    </message>
    <message>
        <source>Forget everything Gatehouse remembers about the sessions of %1?</source>
        <translation>¿Olvidar todo lo que Gatehouse recuerda sobre las sesiones de %1?</translation>
    </message>
</context>
<context>
    <name>gatehouse::LoadErrorPage</name>
    <message>
        <source>Could not load your sessions</source>
        <translation>No se pudieron cargar sus sesiones</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>No ha iniciado sesión</translation>
    </message>
    <message>
        <source>Address refused</source>
        <translation>Dirección rechazada</translation>
    </message>
    <message>
        <source>Could not reach the server</source>
        <translation>No se pudo acceder al servidor</translation>
    </message>
    <message>
        <source>Sign In Again</source>
        <translation>Volver a iniciar sesión</translation>
    </message>
    <message>
        <source>Shows the sign-in screen for this account.</source>
        <translation>Muestra la pantalla de inicio de sesión de esta cuenta.</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Asks the server for the sessions again.</source>
        <translation>Vuelve a pedir las sesiones al servidor.</translation>
    </message>
</context>
<context>
    <name>gatehouse::LoopbackRedirectListener</name>
    <message>
        <source>Signed in to Gatehouse</source>
        <translation>Sesión iniciada en Gatehouse</translation>
    </message>
    <message>
        <source>Sign-in not completed</source>
        <translation>Inicio de sesión no completado</translation>
    </message>
    <message>
        <source>Gatehouse has received your sign-in. You can close this tab and go back to Gatehouse.</source>
        <translation>Gatehouse ha recibido su inicio de sesión. Puede cerrar esta pestaña y volver a Gatehouse.</translation>
    </message>
    <message>
        <source>The sign-in did not complete. You can close this tab; Gatehouse says what happened.</source>
        <translation>El inicio de sesión no se completó. Puede cerrar esta pestaña; Gatehouse le indicará qué ha ocurrido.</translation>
    </message>
</context>
<context>
    <name>gatehouse::MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <source>Open Account &amp;Page</source>
        <translation>Abrir la &amp;página de la cuenta</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>Pe&amp;rfil</translation>
    </message>
    <message>
        <source>All &amp;Sessions</source>
        <translation>&amp;Todas las sesiones</translation>
    </message>
    <message>
        <source>Reset &amp;Cross-Signing…</source>
        <translation>Restablecer la &amp;firma cruzada…</translation>
    </message>
    <message>
        <source>&amp;Deactivate Account…</source>
        <translation>&amp;Desactivar la cuenta…</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>&amp;Añadir una cuenta…</translation>
    </message>
    <message>
        <source>Sign &amp;Out of This Account…</source>
        <translation>&amp;Cerrar la sesión de esta cuenta…</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>Sign &amp;Out…	Del</source>
        <translation>&amp;Cerrar sesión…	Del</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renombrar…</translation>
    </message>
    <message>
        <source>&amp;Copy Device ID	Ctrl+C</source>
        <translation>C&amp;opiar el ID de dispositivo	Ctrl+C</translation>
    </message>
    <message>
        <source>Copy &amp;IP Address</source>
        <translation>Copiar la dirección &amp;IP</translation>
    </message>
    <message>
        <source>&amp;Dismiss Waiting Mark</source>
        <translation>&amp;Quitar la marca de espera</translation>
    </message>
    <message>
        <source>Select &amp;Inactive Sessions…</source>
        <translation>Seleccionar sesiones i&amp;nactivas…</translation>
    </message>
    <message>
        <source>Select &amp;All Except This Session</source>
        <translation>Seleccionar &amp;todas excepto esta sesión</translation>
    </message>
    <message>
        <source>Sign Out &amp;Selected…</source>
        <translation>Cerrar las sesiones &amp;seleccionadas…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Filter Sessions</source>
        <translation>&amp;Filtrar sesiones</translation>
    </message>
    <message>
        <source>Show &amp;All Sessions</source>
        <translation>Mostrar &amp;todas las sesiones</translation>
    </message>
    <message>
        <source>Show A&amp;ctive Sessions</source>
        <translation>Mostrar las sesiones &amp;activas</translation>
    </message>
    <message>
        <source>Show &amp;Inactive Sessions</source>
        <translation>Mostrar las sesiones &amp;inactivas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Gatehouse</source>
        <translation>&amp;Acerca de Gatehouse</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>gatehouse::MainWindow</name>
    <message>
        <source>Refreshing</source>
        <translation>Actualizando</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>ID de dispositivo</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Dirección IP</translation>
    </message>
    <message>
        <source>Loading your sessions…</source>
        <translation>Cargando sus sesiones…</translation>
    </message>
    <message>
        <source>Asking %1 for the sessions of this account.</source>
        <translation>Solicitando a %1 las sesiones de esta cuenta.</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>%1 – Gatehouse</source>
        <translation>%1 – Gatehouse</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Última actualización: %1</translation>
    </message>
    <message>
        <source>Could not refresh the list: %1</source>
        <translation>No se pudo actualizar la lista: %1</translation>
    </message>
    <message>
        <source>Refresh failed</source>
        <translation>Falló la actualización</translation>
    </message>
    <message>
        <source>%1 copied to the clipboard.</source>
        <translation>Se ha copiado al portapapeles: %1.</translation>
    </message>
    <message>
        <source>The new language applies the next time Gatehouse starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie Gatehouse.</translation>
    </message>
    <message numerus="yes">
        <source>%n inactive session(s) selected.</source>
        <translation>
            <numerusform>%n sesión inactiva seleccionada.</numerusform>
            <numerusform>%n sesiones inactivas seleccionadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::MetadataService</name>
    <message>
        <source>Could not read the account metadata of %1: %2</source>
        <translation>No se pudieron leer los metadatos de la cuenta de %1: %2</translation>
    </message>
    <message>
        <source>The server&apos;s account metadata is invalid: its auth_issuer answer has no issuer.</source>
        <translation>Los metadatos de la cuenta del servidor no son válidos: su respuesta auth_issuer no contiene issuer.</translation>
    </message>
    <message>
        <source>The sign-in server</source>
        <translation>El servidor de inicio de sesión</translation>
    </message>
</context>
<context>
    <name>gatehouse::NativeSignOut</name>
    <message>
        <source>The server kept asking for more confirmation; nothing was signed out.</source>
        <translation>El servidor siguió pidiendo más confirmaciones; no se cerró ninguna sesión.</translation>
    </message>
    <message>
        <source>The server asked for a confirmation Gatehouse does not know how to give.</source>
        <translation>El servidor pidió una confirmación que Gatehouse no sabe proporcionar.</translation>
    </message>
    <message>
        <source>Nothing was signed out.</source>
        <translation>No se cerró ninguna sesión.</translation>
    </message>
</context>
<context>
    <name>gatehouse::OAuthSignIn</name>
    <message numerus="yes">
        <source>The browser did not come back within %n minute(s). Start the sign-in again.</source>
        <translation>
            <numerusform>El navegador no volvió en %n minuto. Vuelva a iniciar sesión.</numerusform>
            <numerusform>El navegador no volvió en %n minutos. Vuelva a iniciar sesión.</numerusform>
        </translation>
    </message>
    <message>
        <source>The registration endpoint</source>
        <translation>El punto de conexión de registro</translation>
    </message>
    <message>
        <source>The device authorization endpoint</source>
        <translation>El punto de conexión de autorización de dispositivos</translation>
    </message>
    <message>
        <source>The authorization endpoint</source>
        <translation>El punto de conexión de autorización</translation>
    </message>
    <message>
        <source>The token endpoint</source>
        <translation>El punto de conexión de tokens</translation>
    </message>
    <message>
        <source>The revocation endpoint</source>
        <translation>El punto de conexión de revocación</translation>
    </message>
    <message>
        <source>Gatehouse could not register itself with %1: %2</source>
        <translation>Gatehouse no pudo registrarse en %1: %2</translation>
    </message>
    <message>
        <source>The homeserver gave this sign-in the session “%1”, not the “%2” Gatehouse asked for, so it was not used.</source>
        <translation>El servidor base asignó a este inicio de sesión la sesión «%1», no la «%2» que pidió Gatehouse, por lo que no se usó.</translation>
    </message>
    <message>
        <source>Registering Gatehouse with %1…</source>
        <translation>Registrando Gatehouse en %1…</translation>
    </message>
    <message>
        <source>Gatehouse could not listen on 127.0.0.1 for the browser&apos;s answer.</source>
        <translation>Gatehouse no pudo escuchar en 127.0.0.1 para recibir la respuesta del navegador.</translation>
    </message>
    <message>
        <source>The sign-in page</source>
        <translation>La página de inicio de sesión</translation>
    </message>
    <message>
        <source>Finishing the sign-in…</source>
        <translation>Finalizando el inicio de sesión…</translation>
    </message>
    <message>
        <source>The sign-in could not be finished: %1</source>
        <translation>No se pudo finalizar el inicio de sesión: %1</translation>
    </message>
    <message>
        <source>The server&apos;s sign-in metadata has no “%1”, so Gatehouse cannot sign in with it.</source>
        <translation>Los metadatos de inicio de sesión del servidor no tienen «%1», así que Gatehouse no puede iniciar sesión con él.</translation>
    </message>
</context>
<context>
    <name>gatehouse::OpenManuallyDialog</name>
    <message>
        <source>No Browser Could Be Opened</source>
        <translation>No se pudo abrir ningún navegador</translation>
    </message>
    <message>
        <source>Gatehouse could not start a web browser. Copy this address into one:</source>
        <translation>Gatehouse no pudo iniciar un navegador web. Copie esta dirección en uno:</translation>
    </message>
    <message>
        <source>Address to open</source>
        <translation>Dirección que abrir</translation>
    </message>
    <message>
        <source>Copy Address</source>
        <translation>Copiar la dirección</translation>
    </message>
</context>
<context>
    <name>gatehouse::PasswordSignIn</name>
    <message>
        <source>Gatehouse on %1</source>
        <translation>Gatehouse en %1</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
</context>
<context>
    <name>gatehouse::SavedTokenSource</name>
    <message>
        <source>There is no keychain to read the sign-in from.</source>
        <translation>No hay ningún llavero del que leer el inicio de sesión.</translation>
    </message>
    <message>
        <source>Gatehouse has no saved sign-in for %1. Sign in again. (%2)</source>
        <translation>Gatehouse no tiene ningún inicio de sesión guardado para %1. Vuelva a iniciar sesión. (%2)</translation>
    </message>
    <message>
        <source>The saved sign-in for %1 is unreadable. Sign in again.</source>
        <translation>No se puede leer el inicio de sesión guardado para %1. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>You were signed out of %1. Sign in again.</source>
        <translation>Se cerró su sesión en %1. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Another Gatehouse is renewing the sign-in of %1 and did not finish; try again later.</source>
        <translation>Otra instancia de Gatehouse está renovando el inicio de sesión de %1 y no ha terminado; inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>You were signed out of %1: the server no longer accepts this sign-in. Sign in again.</source>
        <translation>Se cerró su sesión en %1: el servidor ya no acepta este inicio de sesión. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The sign-in of %1 could not be renewed just now; try again later. %2</source>
        <translation>No se pudo renovar ahora el inicio de sesión de %1; inténtelo de nuevo más tarde. %2</translation>
    </message>
</context>
<context>
    <name>gatehouse::SecretStore</name>
    <message>
        <source>The keychain holds no sign-in for this account.</source>
        <translation>El llavero no contiene ningún inicio de sesión para esta cuenta.</translation>
    </message>
    <message>
        <source>The keychain could not be read (%1).</source>
        <translation>No se pudo leer el llavero (%1).</translation>
    </message>
    <message>
        <source>No keychain is available (%1), so this sign-in is kept in memory only and ends when Gatehouse closes.</source>
        <translation>No hay ningún llavero disponible (%1), por lo que este inicio de sesión se guarda solo en memoria y terminará al cerrar Gatehouse.</translation>
    </message>
    <message>
        <source>The sign-in could not be removed from the keychain (%1).</source>
        <translation>No se pudo quitar el inicio de sesión del llavero (%1).</translation>
    </message>
</context>
<context>
    <name>gatehouse::ServerDiscovery</name>
    <message>
        <source>The homeserver</source>
        <translation>El servidor base</translation>
    </message>
    <message>
        <source>Could not find the homeserver for %1. %2 Enter the homeserver address (https://…) instead.</source>
        <translation>No se encontró el servidor base de %1. %2 Introduzca en su lugar la dirección del servidor base (https://…).</translation>
    </message>
    <message>
        <source>Could not find the homeserver for %1. %2</source>
        <translation>No se encontró el servidor base de %1. %2</translation>
    </message>
    <message>
        <source>The homeserver named by %1</source>
        <translation>El servidor base indicado por %1</translation>
    </message>
    <message>
        <source>No Matrix homeserver answered at %1. %2</source>
        <translation>Ningún servidor base de Matrix respondió en %1. %2</translation>
    </message>
    <message>
        <source>%1 is not a Matrix homeserver (its /versions answer is not valid), so %2 cannot be used.</source>
        <translation>%1 no es un servidor base de Matrix (su respuesta a /versions no es válida), por lo que no se puede usar %2.</translation>
    </message>
</context>
<context>
    <name>gatehouse::SessionDetailsPane</name>
    <message>
        <source>No session selected.</source>
        <translation>Ninguna sesión seleccionada.</translation>
    </message>
    <message>
        <source>Open App Address</source>
        <translation>Abrir la dirección de la aplicación</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Detalles de la sesión</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>ID del dispositivo</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>Last IP address</source>
        <translation>Última dirección IP</translation>
    </message>
    <message>
        <source>Kind of device</source>
        <translation>Tipo de dispositivo</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>App address</source>
        <translation>Dirección de la aplicación</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>First seen by Gatehouse</source>
        <translation>Vista por primera vez por Gatehouse</translation>
    </message>
    <message>
        <source>IP addresses over time</source>
        <translation>Direcciones IP a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Opens the address the session&apos;s app gave in your browser</source>
        <translation>Abre en su navegador la dirección que dio la aplicación de la sesión</translation>
    </message>
    <message>
        <source>%1 (this session)</source>
        <translation>%1 (esta sesión)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (a guess from the app and the name)</source>
        <translation>%1 (deducido de la aplicación y el nombre)</translation>
    </message>
    <message>
        <source>Not known (the server did not say)</source>
        <translation>Desconocida (el servidor no lo dijo)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Not shared by this session</source>
        <translation>No compartida por esta sesión</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, versión %2</translation>
    </message>
    <message>
        <source>Your account&apos;s identity changed: no session counts as signed by it until you accept the new one.</source>
        <translation>La identidad de su cuenta cambió: ninguna sesión cuenta como firmada por ella hasta que acepte la nueva.</translation>
    </message>
    <message>
        <source>Not in the history yet</source>
        <translation>Aún no está en el historial</translation>
    </message>
    <message>
        <source>%1: first %2, last %3</source>
        <translation>%1: primera vez %2, última %3</translation>
    </message>
    <message>
        <source>For the session %1, shown in the details</source>
        <translation>Para la sesión %1, mostrada en los detalles</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <source>Dismiss Waiting Mark</source>
        <translation>Quitar la marca de espera</translation>
    </message>
</context>
<context>
    <name>gatehouse::SessionEditor</name>
    <message>
        <source>A session name can have at most %1 characters; this one has %2.</source>
        <translation>Un nombre de sesión puede tener como máximo %1 caracteres; este tiene %2.</translation>
    </message>
    <message>
        <source>The server refused the name because it is too long (at most %1 characters).</source>
        <translation>El servidor rechazó el nombre por ser demasiado largo (%1 caracteres como máximo).</translation>
    </message>
    <message>
        <source>This session no longer exists.</source>
        <translation>Esta sesión ya no existe.</translation>
    </message>
    <message>
        <source>This server signs sessions out on its account page, not from Gatehouse.</source>
        <translation>Este servidor cierra las sesiones en su página de la cuenta, no desde Gatehouse.</translation>
    </message>
</context>
<context>
    <name>gatehouse::SessionListStack</name>
    <message>
        <source>Clear Filter</source>
        <translation>Limpiar el filtro</translation>
    </message>
    <message>
        <source>Empties the filter box and shows all sessions again.</source>
        <translation>Vacía el cuadro de filtro y vuelve a mostrar todas las sesiones.</translation>
    </message>
    <message>
        <source>No sessions</source>
        <translation>No hay sesiones</translation>
    </message>
    <message>
        <source>The server lists no sessions for this account. Refresh (F5) to ask again.</source>
        <translation>El servidor no muestra ninguna sesión para esta cuenta. Actualice (F5) para volver a consultar.</translation>
    </message>
    <message>
        <source>No sessions match</source>
        <translation>Ninguna sesión coincide</translation>
    </message>
    <message>
        <source>No session fits the chosen filter.</source>
        <translation>Ninguna sesión cumple el filtro elegido.</translation>
    </message>
    <message>
        <source>No session&apos;s name, device ID or IP address contains “%1”.</source>
        <translation>Ninguna sesión contiene «%1» en su nombre, ID de dispositivo o dirección IP.</translation>
    </message>
</context>
<context>
    <name>gatehouse::SessionRowMenu</name>
    <message>
        <source>&amp;View in Browser</source>
        <translation>&amp;Ver en el navegador</translation>
    </message>
    <message>
        <source>Sign &amp;Out…</source>
        <translation>&amp;Cerrar sesión…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renombrar…</translation>
    </message>
    <message>
        <source>&amp;Copy Device ID</source>
        <translation>C&amp;opiar el ID de dispositivo</translation>
    </message>
    <message>
        <source>Copy &amp;IP Address</source>
        <translation>Copiar la dirección &amp;IP</translation>
    </message>
    <message>
        <source>&amp;Dismiss Waiting Mark</source>
        <translation>&amp;Quitar la marca de espera</translation>
    </message>
</context>
<context>
    <name>gatehouse::SessionTable</name>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Every session signed in to this account. Press Enter on a session for its actions.</source>
        <translation>Todas las sesiones iniciadas en esta cuenta. Pulse Intro sobre una sesión para ver sus acciones.</translation>
    </message>
</context>
<context>
    <name>gatehouse::SessionWorkspace</name>
    <message>
        <source>Accept New Identity</source>
        <translation>Aceptar la nueva identidad</translation>
    </message>
    <message>
        <source>an unknown day</source>
        <translation>un día desconocido</translation>
    </message>
    <message>
        <source>Your account&apos;s identity changed on %1. This is expected after a cross-signing reset; until you accept the new identity, no session is shown as signed by it.</source>
        <translation>La identidad de su cuenta cambió el %1. Es lo esperado tras restablecer la firma cruzada; hasta que acepte la nueva identidad, ninguna sesión se muestra como firmada por ella.</translation>
    </message>
</context>
<context>
    <name>gatehouse::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of Gatehouse. A change applies the next time it starts.</source>
        <translation>El idioma de Gatehouse. Los cambios se aplican la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Inactive after</source>
        <translation>Inactiva tras</translation>
    </message>
    <message>
        <source>Sessions not seen for more than this many days are marked inactive.</source>
        <translation>Las sesiones sin actividad durante más de este número de días se marcan como inactivas.</translation>
    </message>
    <message>
        <source>Mark sessions &amp;inactive after:</source>
        <translation>Marcar las sesiones como inac&amp;tivas tras:</translation>
    </message>
    <message>
        <source>A new language applies the next time Gatehouse starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie Gatehouse.</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> día</numerusform>
            <numerusform> días</numerusform>
        </translation>
    </message>
    <message>
        <source>Saves the settings and closes.</source>
        <translation>Guarda la configuración y cierra.</translation>
    </message>
    <message>
        <source>Closes without saving.</source>
        <translation>Cierra sin guardar.</translation>
    </message>
</context>
<context>
    <name>gatehouse::SignInFlow</name>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Se canceló el inicio de sesión.</translation>
    </message>
</context>
<context>
    <name>gatehouse::SignInPage</name>
    <message>
        <source>Finish signing in on the page that opened in your browser. Gatehouse continues by itself once you are done.</source>
        <translation>Termine de iniciar sesión en la página que se abrió en su navegador. Gatehouse continuará por sí solo cuando haya terminado.</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address in a browser on this computer to sign in; Gatehouse continues by itself once you are done.</source>
        <translation>No se pudo abrir ningún navegador. Abra esta dirección en un navegador de este equipo para iniciar sesión; Gatehouse continuará por sí solo cuando haya terminado.</translation>
    </message>
    <message>
        <source>Sign-in code %1</source>
        <translation>Código de inicio de sesión %1</translation>
    </message>
    <message>
        <source>On a device with a browser, go to
%1
and enter this code. Gatehouse continues by itself once you approve there.</source>
        <translation>En un dispositivo con navegador, vaya a
%1
e introduzca este código. Gatehouse continuará por sí solo cuando lo apruebe allí.</translation>
    </message>
    <message>
        <source>Sign in to your Matrix account</source>
        <translation>Inicie sesión en su cuenta de Matrix</translation>
    </message>
    <message>
        <source>Enter your Matrix ID or the name of your homeserver. Gatehouse finds out how that server signs people in.</source>
        <translation>Introduzca su ID de Matrix o el nombre de su servidor base. Gatehouse averiguará cómo se inicia sesión en ese servidor.</translation>
    </message>
    <message>
        <source>&amp;Matrix ID or server</source>
        <translation>ID de &amp;Matrix o servidor</translation>
    </message>
    <message>
        <source>@you:example.org or example.org</source>
        <translation>@usuario:example.org o example.org</translation>
    </message>
    <message>
        <source>Matrix ID or server</source>
        <translation>ID de Matrix o servidor</translation>
    </message>
    <message>
        <source>Back to Sessions</source>
        <translation>Volver a las sesiones</translation>
    </message>
    <message>
        <source>Try the Demo Server</source>
        <translation>Probar el servidor de demostración</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Continue in Browser</source>
        <translation>Continuar en el navegador</translation>
    </message>
    <message>
        <source>Opens your homeserver&apos;s sign-in page in your browser.</source>
        <translation>Abre en su navegador la página de inicio de sesión de su servidor base.</translation>
    </message>
    <message>
        <source>Create Account</source>
        <translation>Crear una cuenta</translation>
    </message>
    <message>
        <source>Opens your homeserver&apos;s page for creating an account.</source>
        <translation>Abre la página de su servidor base para crear una cuenta.</translation>
    </message>
    <message>
        <source>Sign In with a Code</source>
        <translation>Iniciar sesión con un código</translation>
    </message>
    <message>
        <source>Shows a code to enter on another device; for when the browser cannot come back here.</source>
        <translation>Muestra un código para introducirlo en otro dispositivo; útil cuando el navegador no puede volver aquí.</translation>
    </message>
    <message>
        <source>Use a code when this computer&apos;s browser cannot reach Gatehouse, for example over remote desktop or SSH.</source>
        <translation>Use un código cuando el navegador de este equipo no pueda comunicarse con Gatehouse, por ejemplo, a través de un escritorio remoto o SSH.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Use Another Server</source>
        <translation>Usar otro servidor</translation>
    </message>
    <message>
        <source>Waiting for your browser…</source>
        <translation>Esperando a su navegador…</translation>
    </message>
    <message>
        <source>Waiting for the browser</source>
        <translation>Esperando al navegador</translation>
    </message>
    <message>
        <source>Sign-in &amp;address:</source>
        <translation>&amp;Dirección de inicio de sesión:</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Dirección de inicio de sesión</translation>
    </message>
    <message>
        <source>Open Again</source>
        <translation>Volver a abrir</translation>
    </message>
    <message>
        <source>Copy Address</source>
        <translation>Copiar la dirección</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>No browser could be opened; copy the address instead.</source>
        <translation>No se pudo abrir ningún navegador; copie la dirección en su lugar.</translation>
    </message>
    <message>
        <source>The address was copied to the clipboard.</source>
        <translation>Se copió la dirección al portapapeles.</translation>
    </message>
    <message>
        <source>Sign in on another device</source>
        <translation>Iniciar sesión en otro dispositivo</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Esperando la aprobación</translation>
    </message>
    <message>
        <source>Open Page Here</source>
        <translation>Abrir la página aquí</translation>
    </message>
    <message>
        <source>Copy Code</source>
        <translation>Copiar el código</translation>
    </message>
    <message>
        <source>No browser could be opened here; use another device.</source>
        <translation>No se pudo abrir ningún navegador aquí; use otro dispositivo.</translation>
    </message>
    <message>
        <source>The code was copied to the clipboard.</source>
        <translation>Se copió el código al portapapeles.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Procesando</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Iniciar sesión en %1</translation>
    </message>
    <message>
        <source>%1 signs people in on its own web page. Gatehouse opens it in your browser, or shows a code to enter on another device. Your password never passes through Gatehouse.</source>
        <translation>%1 inicia las sesiones en su propia página web. Gatehouse la abre en su navegador o muestra un código para introducirlo en otro dispositivo. Su contraseña nunca pasa por Gatehouse.</translation>
    </message>
    <message>
        <source>%1 signs people in on its own web page. Gatehouse opens it in your browser; your password never passes through Gatehouse.</source>
        <translation>%1 inicia las sesiones en su propia página web. Gatehouse la abre en su navegador; su contraseña nunca pasa por Gatehouse.</translation>
    </message>
    <message>
        <source>%1 uses classic sign-in with a user name and password.</source>
        <translation>%1 usa el inicio de sesión clásico con nombre de usuario y contraseña.</translation>
    </message>
    <message>
        <source>%1 uses OAuth 2.0 but does not offer what Gatehouse needs to sign in (registration of apps, and the browser or code sign-in).</source>
        <translation>%1 usa OAuth 2.0, pero no ofrece lo que Gatehouse necesita para iniciar sesión (registro de aplicaciones e inicio de sesión con navegador o con código).</translation>
    </message>
    <message>
        <source>%1 offers no way of signing in that Gatehouse supports.</source>
        <translation>%1 no ofrece ningún método de inicio de sesión compatible con Gatehouse.</translation>
    </message>
    <message>
        <source>Preparing the sign-in…</source>
        <translation>Preparando el inicio de sesión…</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Introduzca su nombre de usuario y contraseña.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Se canceló el inicio de sesión.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Sesión iniciada como %1.</translation>
    </message>
    <message>
        <source>Your Matrix ID, such as @you:example.org, or your homeserver&apos;s name. Press Enter to continue.</source>
        <translation>Su ID de Matrix, como @you:example.org, o el nombre de su servidor base. Pulse Intro para continuar.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Empties the field.</source>
        <translation>Vacía el campo.</translation>
    </message>
    <message>
        <source>Returns to the session list of the account shown before.</source>
        <translation>Vuelve a la lista de sesiones de la cuenta mostrada antes.</translation>
    </message>
    <message>
        <source>Shows Gatehouse with made-up sessions on a server on this computer.</source>
        <translation>Muestra Gatehouse con sesiones inventadas en un servidor de este equipo.</translation>
    </message>
    <message>
        <source>Finds out how the server signs people in.</source>
        <translation>Averigua cómo inicia sesión la gente en este servidor.</translation>
    </message>
    <message>
        <source>Your user name on this server.</source>
        <translation>Su nombre de usuario en este servidor.</translation>
    </message>
    <message>
        <source>Your password on this server. Press Enter to sign in.</source>
        <translation>Su contraseña en este servidor. Pulse Intro para iniciar sesión.</translation>
    </message>
    <message>
        <source>Signs in with the user name and password.</source>
        <translation>Inicia sesión con el nombre de usuario y la contraseña.</translation>
    </message>
    <message>
        <source>Goes back to choose another server.</source>
        <translation>Vuelve atrás para elegir otro servidor.</translation>
    </message>
    <message>
        <source>The address of the sign-in page, to open in a browser by hand.</source>
        <translation>La dirección de la página de inicio de sesión, para abrirla a mano en un navegador.</translation>
    </message>
    <message>
        <source>Opens the sign-in page in your browser again.</source>
        <translation>Vuelve a abrir la página de inicio de sesión en su navegador.</translation>
    </message>
    <message>
        <source>Copies the address of the sign-in page to the clipboard.</source>
        <translation>Copia la dirección de la página de inicio de sesión al portapapeles.</translation>
    </message>
    <message>
        <source>Stops signing in.</source>
        <translation>Detiene el inicio de sesión.</translation>
    </message>
    <message>
        <source>Opens the page for entering the code in a browser on this computer.</source>
        <translation>Abre la página para introducir el código en un navegador de este equipo.</translation>
    </message>
    <message>
        <source>Copies the sign-in code to the clipboard.</source>
        <translation>Copia el código de inicio de sesión al portapapeles.</translation>
    </message>
</context>
<context>
    <name>gatehouse::SignInProbe</name>
    <message>
        <source>Looking up %1…</source>
        <translation>Buscando %1…</translation>
    </message>
    <message>
        <source>The lookup was cancelled.</source>
        <translation>Se canceló la búsqueda.</translation>
    </message>
</context>
<context>
    <name>gatehouse::SignOutInactiveCommand</name>
    <message numerus="yes">
        <source>No session has been inactive for more than %n day(s).
</source>
        <translation>
            <numerusform>Ninguna sesión ha estado inactiva durante más de %n día.
</numerusform>
            <numerusform>Ninguna sesión ha estado inactiva durante más de %n días.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would sign out %n session(s):
</source>
        <translation>
            <numerusform>Se cerraría %n sesión:
</numerusform>
            <numerusform>Se cerrarían %n sesiones:
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signing out %n session(s), one account page at a time:
</source>
        <translation>
            <numerusform>Cerrando %n sesión, una página de la cuenta cada vez:
</numerusform>
            <numerusform>Cerrando %n sesiones, una página de la cuenta cada vez:
</numerusform>
        </translation>
    </message>
    <message>
        <source>This server uses classic sign-in; sign sessions out from the window, where Gatehouse can ask for your password.</source>
        <translation>Este servidor usa el inicio de sesión clásico; cierre las sesiones desde la ventana, donde Gatehouse puede pedirle su contraseña.</translation>
    </message>
    <message>
        <source>No browser could be opened; open this address to confirm:
  %1
</source>
        <translation>No se pudo abrir ningún navegador; abra esta dirección para confirmar:
  %1
</translation>
    </message>
    <message>
        <source>Done: %1.
</source>
        <translation>Hecho: %1.
</translation>
    </message>
    <message>
        <source>  skipped, still signed in: %1  %2
</source>
        <translation>  omitida, sigue abierta: %1  %2
</translation>
    </message>
    <message>
        <source>  not done, still signed in: %1  %2
</source>
        <translation>  pendiente, sigue abierta: %1  %2
</translation>
    </message>
    <message>
        <source>Press Enter to skip the waiting session; type q and Enter to stop.
</source>
        <translation>Pulse Intro para omitir la sesión en espera; escriba q y pulse Intro para detener.
</translation>
    </message>
    <message>
        <source>[%1] waiting for you to confirm %2 (%3) in the browser…</source>
        <translation>[%1] esperando a que confirme %2 (%3) en el navegador…</translation>
    </message>
    <message>
        <source>Interrupted: %1. What is left is offered again next time.
</source>
        <translation>Interrumpido: %1. Lo que queda se ofrecerá de nuevo la próxima vez.
</translation>
    </message>
</context>
<context>
    <name>gatehouse::SignOutQueue</name>
    <message numerus="yes">
        <source>%1 of %n signed out</source>
        <translation>
            <numerusform>%1 de %n cerrada</numerusform>
            <numerusform>%1 de %n cerradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n skipped</source>
        <translation>
            <numerusform>, %n omitida</numerusform>
            <numerusform>, %n omitidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::SignOutQueuePanel</name>
    <message>
        <source>Open Page Again</source>
        <translation>Volver a abrir la página</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Signing out sessions</source>
        <translation>Cerrando sesiones</translation>
    </message>
    <message>
        <source>Sign-out progress</source>
        <translation>Progreso del cierre de sesiones</translation>
    </message>
    <message>
        <source>Opens the account page for the waiting session again.</source>
        <translation>Vuelve a abrir la página de la cuenta para la sesión en espera.</translation>
    </message>
    <message>
        <source>Pauses after the session that is open now; Resume continues.</source>
        <translation>Pausa el proceso tras la sesión abierta ahora; «Reanudar» lo continúa.</translation>
    </message>
    <message>
        <source>Leaves the waiting session signed in and moves on.</source>
        <translation>Deja abierta la sesión en espera y pasa a la siguiente.</translation>
    </message>
    <message>
        <source>Ends the sign-out; the remaining sessions stay signed in.</source>
        <translation>Termina el cierre de sesiones; las sesiones restantes siguen abiertas.</translation>
    </message>
    <message>
        <source>Continues signing out the sessions left from last time.</source>
        <translation>Continúa cerrando las sesiones que quedaron pendientes la última vez.</translation>
    </message>
    <message>
        <source>Forgets the sessions left from last time.</source>
        <translation>Olvida las sesiones que quedaron pendientes la última vez.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) left from an earlier sign-out</source>
        <translation>
            <numerusform>%n sesión pendiente de un cierre anterior</numerusform>
            <numerusform>%n sesiones pendientes de un cierre anterior</numerusform>
        </translation>
    </message>
    <message>
        <source>Gatehouse was closed before it finished. Continue to sign them out one by one, or discard the list.</source>
        <translation>Gatehouse se cerró antes de terminar. Continúe para cerrarlas una a una o descarte la lista.</translation>
    </message>
    <message>
        <source>Signing out sessions: %1</source>
        <translation>Cerrando sesiones: %1</translation>
    </message>
    <message>
        <source>Paused. “%1” still waits for your confirmation in the browser.</source>
        <translation>En pausa. «%1» sigue esperando su confirmación en el navegador.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>En pausa.</translation>
    </message>
    <message>
        <source>Confirm the sign-out of “%1” on the account page in your browser. Gatehouse moves on when the session has gone from the list.</source>
        <translation>Confirme el cierre de «%1» en la página de la cuenta en su navegador. Gatehouse pasará a la siguiente cuando la sesión desaparezca de la lista.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
</context>
<context>
    <name>gatehouse::StatusPage</name>
    <message>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
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
        <translation>Vigilancia</translation>
    </message>
    <message>
        <source>&amp;Watch this account in the background</source>
        <translation>&amp;Vigilar esta cuenta en segundo plano</translation>
    </message>
    <message>
        <source>&amp;Start when I log in</source>
        <translation>&amp;Iniciar al iniciar sesión</translation>
    </message>
    <message>
        <source>Gatehouse running in the background tells you when a new session signs in to this account.</source>
        <translation>Gatehouse, en segundo plano, le avisa cuando una nueva sesión inicia sesión en esta cuenta.</translation>
    </message>
    <message numerus="yes">
        <source> minute(s)</source>
        <translation>
            <numerusform> minuto</numerusform>
            <numerusform> minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Check every</source>
        <translation>Comprobar cada</translation>
    </message>
    <message>
        <source>How often watching in the background asks the server.</source>
        <translation>Con qué frecuencia la vigilancia en segundo plano consulta al servidor.</translation>
    </message>
    <message>
        <source>&amp;Check every:</source>
        <translation>&amp;Comprobar cada:</translation>
    </message>
    <message>
        <source>Starts Gatehouse in the background, with no window, when you log in to this computer.</source>
        <translation>Inicia Gatehouse en segundo plano, sin ventana, cuando inicia sesión en este equipo.</translation>
    </message>
    <message>
        <source>Tell me when a session &amp;disappears that Gatehouse did not sign out</source>
        <translation>&amp;Avisarme cuando desaparezca una sesión que Gatehouse no cerró</translation>
    </message>
    <message>
        <source>&amp;Remind me weekly of inactive sessions to clean up</source>
        <translation>&amp;Recordarme cada semana las sesiones inactivas que limpiar</translation>
    </message>
    <message>
        <source>A notification when a watched account&apos;s session is gone from its list and Gatehouse did not end it.</source>
        <translation>Una notificación cuando una sesión de una cuenta vigilada desaparece de su lista sin que Gatehouse la haya cerrado.</translation>
    </message>
    <message>
        <source>At most once a week, a notification when a watched account has sessions inactive for longer than the threshold in Settings; clicking it selects them in the window.</source>
        <translation>Como mucho una vez por semana, una notificación cuando una cuenta vigilada tiene sesiones inactivas durante más tiempo que el umbral de la configuración; al pulsarla se seleccionan en la ventana.</translation>
    </message>
</context>
<context>
    <name>gatehouse::WatchTray</name>
    <message>
        <source>&amp;Open Gatehouse</source>
        <translation>&amp;Abrir Gatehouse</translation>
    </message>
    <message>
        <source>&amp;Check Now</source>
        <translation>&amp;Comprobar ahora</translation>
    </message>
    <message>
        <source>&amp;Pause Watching</source>
        <translation>&amp;Pausar la vigilancia</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>%1 — paused</source>
        <translation>%1 — en pausa</translation>
    </message>
    <message>
        <source>%1 — checking…</source>
        <translation>%1 — comprobando…</translation>
    </message>
    <message>
        <source>%1 — watching</source>
        <translation>%1 — vigilada</translation>
    </message>
    <message numerus="yes">
        <source>%1 — retrying in %n minute(s)</source>
        <translation>
            <numerusform>%1 — nuevo intento en %n minuto</numerusform>
            <numerusform>%1 — nuevo intento en %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — signed out; sign in again</source>
        <translation>%1 — sesión cerrada; vuelva a iniciar sesión</translation>
    </message>
    <message>
        <source>Gatehouse is watching for new sign-ins</source>
        <translation>Gatehouse vigila los nuevos inicios de sesión</translation>
    </message>
</context>
<context>
    <name>gatehouse::WatchingHeader</name>
    <message>
        <source>Watching in the background</source>
        <translation>Vigilando en segundo plano</translation>
    </message>
    <message>
        <source>Stops watching every account until Gatehouse starts again. Closing the window then quits Gatehouse.</source>
        <translation>Deja de vigilar todas las cuentas hasta que Gatehouse se vuelva a iniciar. Al cerrar la ventana, Gatehouse se cierra.</translation>
    </message>
    <message>
        <source>Stop Watching</source>
        <translation>Dejar de vigilar</translation>
    </message>
</context>
<context>
    <name>gatehouse::WindowHistory</name>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>Shows the sessions that disappeared, with when and how.</source>
        <translation>Muestra las sesiones desaparecidas, con cuándo y cómo.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>Last updated %1 · updating…</source>
        <translation>Actualizado %1 · actualizando…</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Asks the server for the list again.</source>
        <translation>Vuelve a pedir la lista al servidor.</translation>
    </message>
    <message>
        <source>Last updated %1 · could not update</source>
        <translation>Actualizado %1 · no se pudo actualizar</translation>
    </message>
</context>
</TS>
