// The IdP's token signing keys: made at start-up, kept in memory only, so
// every run of the IdP has new ones.
import { createHash, generateKeyPair } from 'node:crypto';
import { promisify } from 'node:util';

// RFC 7638 thumbprint, so that a key's kid follows from the key itself.
function thumbprint(jwk) {
  const members = jwk.kty === 'EC' ? { crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y }
    : { e: jwk.e, kty: jwk.kty, n: jwk.n };
  return createHash('sha256').update(JSON.stringify(members)).digest('base64url');
}

// ES256 for the client's ID tokens, RS256 too so that either algorithm can be
// configured; both in the JWKS.
export async function generateSigningKeys() {
  const generate = promisify(generateKeyPair);
  const [ec, rsa] = await Promise.all([
    generate('ec', { namedCurve: 'P-256' }),
    generate('rsa', { modulusLength: 2048 }),
  ]);
  return [[ec, 'ES256'], [rsa, 'RS256']].map(([pair, alg]) => {
    const jwk = pair.privateKey.export({ format: 'jwk' });
    return { ...jwk, alg, use: 'sig', kid: thumbprint(jwk) };
  });
}
