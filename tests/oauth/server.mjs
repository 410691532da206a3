// The OAuth 2.0 server Gatehouse's end-to-end sign-in test runs against: oidc-provider, which no one on
// this project wrote, configured the way a Matrix homeserver's authorization server works (dynamic
// registration of native public clients, PKCE S256, refresh tokens, revocation, introspection for the
// homeserver). Test use only: development keys, dev login and consent pages, everything in memory.
//
//   node server.mjs   -> prints one JSON line {"issuer": "http://127.0.0.1:<port>", ...} and serves until
//                        stdin closes or SIGTERM arrives.
//
// oidc-provider drops scopes it does not know, so the Matrix device scope never reaches the granted
// scope. The homeserver still has to learn the device ID: this script records the device scope of each
// authorization request by client_id (every sign-in registers a fresh client) and adds it to the access
// token as the `device_id` claim, which token introspection returns to the homeserver.
import http from 'node:http';
import crypto from 'node:crypto';
import Provider from 'oidc-provider';

const DEVICE_SCOPE = 'urn:matrix:client:device:';
const HOMESERVER_CLIENT = 'demo-homeserver';
const HOMESERVER_SECRET = crypto.randomBytes(24).toString('base64url');

const deviceByClient = new Map();

const server = http.createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();
const issuer = `http://127.0.0.1:${port}`;

const provider = new Provider(issuer, {
  clients: [{
    client_id: HOMESERVER_CLIENT,
    client_secret: HOMESERVER_SECRET,
    grant_types: [],
    response_types: [],
    redirect_uris: [],
    token_endpoint_auth_method: 'client_secret_basic',
  }],
  features: {
    registration: { enabled: true },
    devInteractions: { enabled: true },
    revocation: { enabled: true },
    introspection: {
      enabled: true,
      // The homeserver may look at every token, as Synapse does at MAS; others only at their own.
      allowedPolicy: async (ctx, client, token) =>
        client.clientId === HOMESERVER_CLIENT || token.clientId === client.clientId,
    },
  },
  scopes: ['openid', 'urn:matrix:client:api:*'],
  responseTypes: ['code'],
  pkce: { required: () => true },
  // Matrix clients ask for no offline_access; they still get refresh tokens, as with MAS.
  issueRefreshToken: async (ctx, client) => client.grantTypeAllowed('refresh_token'),
  expiresWithSession: async () => false,
  extraTokenClaims: async (ctx, token) => {
    const device = deviceByClient.get(token.clientId);
    return device ? { device_id: device } : undefined;
  },
  ttl: { AccessToken: 300, AuthorizationCode: 60, RefreshToken: 3600, Interaction: 600, Session: 3600, Grant: 3600 },
  cookies: { keys: [crypto.randomBytes(32).toString('hex')] },
});
provider.proxy = false;

// Remember the device ID each client asked for, before oidc-provider filters the scope.
provider.use(async (ctx, next) => {
  if (ctx.path === '/auth' && typeof ctx.query.scope === 'string' && typeof ctx.query.client_id === 'string') {
    const devices = ctx.query.scope.split(' ').filter((s) => s.startsWith(DEVICE_SCOPE));
    if (devices.length === 1) deviceByClient.set(ctx.query.client_id, devices[0].slice(DEVICE_SCOPE.length));
  }
  await next();
});

const readBody = (req) => new Promise((resolve) => {
  let body = '';
  req.on('data', (chunk) => { body += chunk; });
  req.on('end', () => resolve(new URLSearchParams(body)));
});

const callback = provider.callback();
server.on('request', async (req, res) => {
  // Test control: make an access token expire now (as if its lifetime had passed).
  if (req.method === 'POST' && req.url === '/test/expire') {
    const token = (await readBody(req)).get('token') ?? '';
    const found = await provider.AccessToken.find(token);
    if (found) await found.destroy();
    res.writeHead(found ? 200 : 404, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ expired: Boolean(found) }));
    return;
  }
  callback(req, res);
});

process.stdout.write(`${JSON.stringify({
  issuer,
  introspection_endpoint: `${issuer}/token/introspection`,
  homeserver_client_id: HOMESERVER_CLIENT,
  homeserver_client_secret: HOMESERVER_SECRET,
})}\n`);

const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.stdin.on('end', stop);
process.stdin.resume();
