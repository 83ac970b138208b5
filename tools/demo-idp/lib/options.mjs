// Command-line options of the demo IdP. Invalid options end the process with
// exit code 2 and a message, like the other demo services.
import { parseArgs } from 'node:util';

const USAGE = `usage: node server.mjs --port N|0 --accounts FILE --trust CA.pem --client-id ID
                      [--issuer-host 127.0.0.1] [--delay-ms N]
                      [--access-token-ttl SECONDS] [--refresh-token-ttl SECONDS]`;

function fail(message) {
  console.error(`demo-idp: ${message}\n${USAGE}`);
  process.exit(2);
}

function nonNegativeInteger(name, text, max) {
  if (!/^\d+$/.test(text) || Number(text) > max) {
    fail(`--${name} must be a whole number from 0 to ${max}, not "${text}"`);
  }
  return Number(text);
}

export function parseOptions(argv) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string' },
        accounts: { type: 'string' },
        trust: { type: 'string' },
        'client-id': { type: 'string' },
        'issuer-host': { type: 'string', default: '127.0.0.1' },
        'delay-ms': { type: 'string', default: '0' },
        'access-token-ttl': { type: 'string', default: '600' },
        'refresh-token-ttl': { type: 'string', default: '36000' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    fail(error.message);
  }
  for (const required of ['port', 'accounts', 'trust', 'client-id']) {
    if (values[required] === undefined) {
      fail(`--${required} is required`);
    }
  }
  // The issuer host ends up in the issuer URL and in the origin that card
  // signatures are bound to, so only a plain host name or IP literal will do.
  if (!/^(\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+)$/.test(values['issuer-host'])) {
    fail(`--issuer-host must be a host name or IP address, not "${values['issuer-host']}"`);
  }
  return {
    port: nonNegativeInteger('port', values.port, 65535),
    accountsFile: values.accounts,
    trustFile: values.trust,
    clientId: values['client-id'],
    issuerHost: values['issuer-host'],
    delayMs: nonNegativeInteger('delay-ms', values['delay-ms'], 600000),
    accessTokenTtl: Math.max(1, nonNegativeInteger('access-token-ttl', values['access-token-ttl'], 86400)),
    refreshTokenTtl: Math.max(1, nonNegativeInteger('refresh-token-ttl', values['refresh-token-ttl'], 86400)),
  };
}
