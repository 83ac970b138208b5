// The interaction routes: /interaction/:uid shows the card login page (or,
// for a signed-in user, grants at once), /interaction/:uid/card checks the
// card's answer and finishes the login. There is never a consent screen.
import { CardLoginError, FAILURES } from './cardLogin.mjs';
import { cardAgentOrigin, errorPage, loginPage, send } from './pages.mjs';

// What a card login asserts (identity.md §4).
const CARD_ACR = 'AAL3_ANY';
const CARD_AMR = ['N3_SMARTCARD'];

const ROUTE = /^\/interaction\/([A-Za-z0-9_-]{1,64})(\/card)?$/;
const MAX_FORM_BYTES = 64 * 1024;

function readForm(req) {
  return new Promise((resolve, reject) => {
    const type = (req.headers['content-type'] ?? '').split(';')[0].trim();
    if (type !== 'application/x-www-form-urlencoded') {
      reject(new CardLoginError(FAILURES.malformed));
      return;
    }
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_FORM_BYTES) {
        req.destroy();
        reject(new CardLoginError(FAILURES.malformed));
      } else {
        chunks.push(chunk);
      }
    });
    req.on('end', () => resolve(new URLSearchParams(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', reject);
  });
}

// Everything the authorization request asked for: CIS2 implies consent.
// Returns the grant's id.
async function grantRequested(provider, { params, accountId, grantId }) {
  const existing = grantId && await provider.Grant.find(grantId);
  const grant = existing || new provider.Grant({ accountId, clientId: params.client_id });
  if (params.scope) {
    grant.addOIDCScope(params.scope);
  }
  return grant.save();
}

export class Interactions {
  constructor({ provider, accounts, challenges, verifier }) {
    this.provider = provider;
    this.accounts = accounts;
    this.challenges = challenges;
    this.verifier = verifier;
  }

  // True when the request was for an interaction route (and is answered).
  async handle(req, res, path) {
    const match = ROUTE.exec(path);
    if (!match) {
      return false;
    }
    const [, uid, card] = match;
    try {
      if (card && req.method === 'POST') {
        await this.#cardLogin(req, res, uid);
      } else if (!card && req.method === 'GET') {
        await this.#show(req, res, uid);
      } else {
        res.writeHead(405, { Allow: card ? 'POST' : 'GET' }).end();
      }
    } catch (error) {
      this.#fail(res, uid, error);
    }
    return true;
  }

  async #details(req, res, uid) {
    let details;
    try {
      details = await this.provider.interactionDetails(req, res);
    } catch {
      throw new CardLoginError(FAILURES.expiredRequest);
    }
    if (details.uid !== uid) {
      throw new CardLoginError(FAILURES.expiredRequest);
    }
    return details;
  }

  async #show(req, res, uid) {
    const details = await this.#details(req, res, uid);
    if (details.prompt.name === 'login') {
      const cardAgent = cardAgentOrigin(details.params.redirect_uri);
      send(res, 200, loginPage(uid, this.challenges.issue(uid), cardAgent), { cardAgent });
      return;
    }
    // Signed in already; only the (implicit) consent is missing.
    const grantId = await grantRequested(this.provider, {
      params: details.params, accountId: details.session.accountId, grantId: details.grantId,
    });
    await this.provider.interactionFinished(req, res, { consent: { grantId } });
  }

  async #cardLogin(req, res, uid) {
    const form = await readForm(req);
    const challenge = this.challenges.take(uid);
    const details = await this.#details(req, res, uid);
    const userId = this.verifier.verify({
      certificate: form.get('certificate'),
      signature: form.get('signature'),
      algorithm: form.get('algorithm'),
    }, challenge);
    const account = this.accounts.forCard(userId);
    if (!account) {
      throw new CardLoginError(FAILURES.unknownCard);
    }
    // A new grant: the account signing in may differ from the session's.
    const grantId = await grantRequested(this.provider, { params: details.params, accountId: account.sub });
    await this.provider.interactionFinished(req, res, {
      login: { accountId: account.sub, acr: CARD_ACR, amr: CARD_AMR, remember: false },
      consent: { grantId },
    }, { mergeWithLastSubmission: false });
  }

  #fail(res, uid, error) {
    if (!(error instanceof CardLoginError)) {
      console.error(`interaction error: ${error.name}`);
      send(res, 500, errorPage('Sign-in failed', 'The identity provider could not finish the sign-in.'));
      return;
    }
    const { status, title, detail } = error.failure;
    const retry = error.failure === FAILURES.expiredRequest ? undefined : `/interaction/${uid}`;
    send(res, status, errorPage(title, detail, retry));
  }
}
