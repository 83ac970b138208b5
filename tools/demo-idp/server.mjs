// The demo identity provider: a CIS2-shaped OpenID provider on loopback for
// the demo stack and the tests. Users sign in by card signature (decision 004).
// See README.md.
import { createServer } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';

import { Accounts } from './lib/accounts.mjs';
import { CardVerifier, ChallengeStore, loadTrustAnchors } from './lib/cardLogin.mjs';
import { Interactions } from './lib/interactions.mjs';
import { parseOptions } from './lib/options.mjs';
import { generateSigningKeys } from './lib/signingKeys.mjs';

function loadOrExit(what, load) {
  try {
    return load();
  } catch (error) {
    console.error(`demo-idp: cannot read ${what}: ${error.message}`);
    process.exit(2);
  }
}

const options = parseOptions(process.argv.slice(2));
const accounts = loadOrExit(options.accountsFile, () => Accounts.load(options.accountsFile));
const trustAnchors = loadOrExit(options.trustFile, () => loadTrustAnchors(options.trustFile));
// RSA key generation runs on the thread pool while oidc-provider loads; the
// two are most of the start-up time.
const signingKeys = generateSigningKeys();
const { createProvider } = await import('./lib/provider.mjs');
const jwks = await signingKeys;

// Method and path of every request, for the tests; never queries or bodies,
// which carry codes and tokens.
const requests = [];
let handleRequest;

const server = createServer((req, res) => {
  const path = (req.url ?? '/').split('?')[0];
  requests.push({ method: req.method, path });
  console.log(`${req.method} ${path}`);
  respond(req, res, path);
});

async function respond(req, res, path) {
  try {
    if (options.delayMs > 0) {
      await sleep(options.delayMs);
    }
    await handleRequest(req, res, path);
  } catch (error) {
    console.error(`request failed: ${error.name}`);
    res.destroy();
  }
}

// The issuer needs the port, so the provider is built once the socket is
// bound, before any request can be read.
server.listen(options.port, '127.0.0.1', () => {
  const issuer = `http://${options.issuerHost}:${server.address().port}`;
  const provider = createProvider({
    issuer, clientId: options.clientId, accounts, jwks, accessTokenTtl: options.accessTokenTtl,
    refreshTokenTtl: options.refreshTokenTtl,
  });
  provider.on('server_error', (ctx, error) => console.error(`server error: ${error.name}: ${error.message}`));
  const interactions = new Interactions({
    provider,
    accounts,
    challenges: new ChallengeStore(),
    verifier: new CardVerifier(trustAnchors, new URL(issuer).origin),
  });
  const oidc = provider.callback();

  handleRequest = async (req, res, path) => {
    if (path === '/__test/requests' && req.method === 'GET') {
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(requests));
    } else if (!(await interactions.handle(req, res, path))) {
      oidc(req, res);
    }
  };
  console.log(`listening ${issuer}`);
});

server.on('error', (error) => {
  console.error(`demo-idp: ${error.message}`);
  process.exit(1);
});

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
