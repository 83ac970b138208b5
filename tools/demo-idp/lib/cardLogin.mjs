// Sign-in by card signature (decision 004): one fresh challenge per
// interaction, and the check of what the workstation's card bridge sends back
// (certificate chains to the trust anchors and is in date, a user id in its
// subject, a signature over the challenge bound to this issuer's origin).
import { X509Certificate, constants, randomBytes, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';

export const CHALLENGE_LIFETIME_MS = 2 * 60 * 1000;

// Each failure names what is wrong, for the error page; none of them signs in.
export const FAILURES = {
  malformed: {
    status: 400,
    title: 'The card answer could not be read',
    detail: 'The certificate, signature or algorithm sent by the workstation is missing or malformed.',
  },
  untrusted: {
    status: 403,
    title: 'Untrusted certificate',
    detail: 'The card certificate was not issued by a trusted card authority.',
  },
  expired: {
    status: 403,
    title: 'Expired certificate',
    detail: 'The card certificate has expired or is not valid yet. Ask your registration authority for a new card.',
  },
  noUserId: {
    status: 403,
    title: 'No user id on the card',
    detail: 'The card certificate does not carry a 12-digit user id (UID).',
  },
  badSignature: {
    status: 403,
    title: 'Bad signature',
    detail: 'The card signature does not match the certificate and this sign-in challenge.',
  },
  unknownCard: {
    status: 403,
    title: 'Unknown card',
    detail: 'No account is registered for this card.',
  },
  staleChallenge: {
    status: 400,
    title: 'Stale challenge',
    detail: 'This sign-in challenge was already used or is more than 2 minutes old.',
  },
  expiredRequest: {
    status: 400,
    title: 'Sign-in request expired',
    detail: 'This sign-in request has expired or was not started from this browser.',
  },
};

export class CardLoginError extends Error {
  constructor(failure) {
    super(failure.title);
    this.failure = failure;
  }
}

export class ChallengeStore {
  #challenges = new Map(); // interaction uid -> {value, issuedAt, used}

  // A new page load gets a new challenge; the previous one stops working.
  issue(uid, now = Date.now()) {
    this.#forgetOld(now);
    const value = randomBytes(32).toString('base64url');
    this.#challenges.set(uid, { value, issuedAt: now, used: false });
    return value;
  }

  // One attempt per challenge, whatever its outcome: a failed or replayed
  // answer never gets a second try against the same challenge.
  take(uid, now = Date.now()) {
    const entry = this.#challenges.get(uid);
    if (!entry || entry.used || now - entry.issuedAt >= CHALLENGE_LIFETIME_MS) {
      throw new CardLoginError(FAILURES.staleChallenge);
    }
    entry.used = true;
    return entry.value;
  }

  // Used entries stay until they are old so that a replay is still named as one.
  #forgetOld(now) {
    for (const [uid, entry] of this.#challenges) {
      if (now - entry.issuedAt >= 2 * CHALLENGE_LIFETIME_MS) {
        this.#challenges.delete(uid);
      }
    }
  }
}

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----/g;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const MAX_FIELD_CHARS = 16384;

export function loadTrustAnchors(file) {
  const pems = readFileSync(file, 'utf8').match(PEM_CERTIFICATE) ?? [];
  if (pems.length === 0) {
    throw new Error('no PEM certificate in the trust file');
  }
  return pems.map((pem) => new X509Certificate(pem));
}

function decodeBase64(text) {
  if (typeof text !== 'string' || text.length > MAX_FIELD_CHARS || !BASE64.test(text)) {
    throw new CardLoginError(FAILURES.malformed);
  }
  return Buffer.from(text, 'base64');
}

function isCurrent(certificate, now) {
  return new Date(certificate.validFrom).getTime() <= now && now <= new Date(certificate.validTo).getTime();
}

// The user id is the subject's UID attribute (OID 0.9.2342.19200300.100.1.1),
// never anything else on the card.
function userIdOf(certificate) {
  const uids = certificate.subject
    .split('\n')
    .filter((line) => line.startsWith('UID='))
    .map((line) => line.slice(4));
  if (uids.length !== 1 || !/^\d{12}$/.test(uids[0])) {
    throw new CardLoginError(FAILURES.noUserId);
  }
  return uids[0];
}

function signatureMatches(certificate, algorithm, message, signature) {
  const key = certificate.publicKey;
  try {
    if (algorithm === 'ES256') {
      return key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails.namedCurve === 'prime256v1' &&
        verify('sha256', message, { key, dsaEncoding: 'der' }, signature);
    }
    return key.asymmetricKeyType === 'rsa' &&
      verify('sha256', message, { key, padding: constants.RSA_PKCS1_PADDING }, signature);
  } catch {
    return false; // a signature that is not even well-formed DER
  }
}

export class CardVerifier {
  constructor(trustAnchors, origin) {
    this.trustAnchors = trustAnchors;
    this.origin = origin;
  }

  // Returns the card's user id, or throws a CardLoginError naming the problem.
  verify({ certificate, signature, algorithm }, challenge, now = Date.now()) {
    if (algorithm !== 'ES256' && algorithm !== 'RS256') {
      throw new CardLoginError(FAILURES.malformed);
    }
    let leaf;
    try {
      leaf = new X509Certificate(decodeBase64(certificate));
    } catch (error) {
      throw error instanceof CardLoginError ? error : new CardLoginError(FAILURES.malformed);
    }
    const signatureBytes = decodeBase64(signature);
    const issuer = this.trustAnchors.find(
      (anchor) => leaf.checkIssued(anchor) && leaf.verify(anchor.publicKey) && isCurrent(anchor, now));
    if (!issuer) {
      throw new CardLoginError(FAILURES.untrusted);
    }
    if (!isCurrent(leaf, now)) {
      throw new CardLoginError(FAILURES.expired);
    }
    const userId = userIdOf(leaf);
    const message = Buffer.from(`cw-card-login\n${this.origin}\n${challenge}`, 'utf8');
    if (!signatureMatches(leaf, algorithm, message, signatureBytes)) {
      throw new CardLoginError(FAILURES.badSignature);
    }
    return userId;
  }
}
