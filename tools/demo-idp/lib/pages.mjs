// The IdP's own HTML: the card login page and the error pages. No external
// resources; inline CSS and JS only, allowed by a per-response CSP nonce.
import { randomBytes } from 'node:crypto';

export const NO_WORKSTATION = 'Sign in from the Clinical Workstation with your smartcard.';
const BRIDGE_WAIT_MS = 10000;

export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// The workstation's loopback card agent, for a sign-in in the system
// browser (which has no window.cwCard): it listens at the origin of the
// client's redirect URI, and only a loopback http://127.0.0.1:PORT origin is
// taken for one (RFC 8252 7.3). Anything else: no agent.
export function cardAgentOrigin(redirectUri) {
  let url;
  try {
    url = new URL(redirectUri);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' || url.hostname !== '127.0.0.1' || url.port === '') {
    return undefined;
  }
  return url.origin;
}

function contentSecurityPolicy(nonce, cardAgent) {
  // form-action also covers the redirects after the form post: the last one
  // goes to the client's loopback redirect URI.
  return [
    "default-src 'self'",
    ...(cardAgent ? [`connect-src 'self' ${cardAgent}`] : []),
    `script-src 'nonce-${nonce}'`,
    `style-src 'nonce-${nonce}'`,
    "img-src 'self'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self' http://127.0.0.1:*",
  ].join('; ');
}

const STYLE = `
body{font-family:system-ui,sans-serif;margin:0;background:#f0f4f5;color:#212b32}
main{max-width:32rem;margin:4rem auto;padding:2rem;background:#fff;border-top:4px solid #005eb8}
h1{font-size:1.5rem;margin-top:0}
.status{font-size:1.1rem}
.error{border-left:4px solid #d5281b;padding-left:1rem}
a{color:#005eb8}`;

function page(nonce, title, body, script = '') {
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} - Demo NHS Identity</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
${script ? `<script nonce="${nonce}">${script}</script>` : ''}
</body>
</html>
`;
}

// `cardAgent`: the one loopback origin the page may fetch from besides its own.
export function send(res, status, html, { cardAgent } = {}) {
  const nonce = randomBytes(16).toString('base64');
  const body = Buffer.from(html(nonce), 'utf8');
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': body.length,
    'Content-Security-Policy': contentSecurityPolicy(nonce, cardAgent),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  });
  res.end(body);
}

// The workstation's embedded browser injects window.cwCard (decision 004);
// in the system browser the workstation's loopback card agent at
// data-card-agent does the same job over fetch. Either way sign() answers
// {certificate, signature, algorithm} or {error}.
const LOGIN_SCRIPT = `(function () {
  var form = document.getElementById('card-login');
  var status = document.getElementById('status');
  var agent = form.dataset.cardAgent;
  var started = Date.now();
  var signing = false;
  function say(text, isError) {
    status.textContent = text;
    status.className = isError ? 'status error' : 'status';
  }
  function agentSign(challenge) {
    return fetch(agent + '/card/sign', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ challenge: challenge }),
      credentials: 'omit',
      cache: 'no-store',
    }).then(function (response) { return response.json(); });
  }
  function signIn(sign) {
    if (signing) {
      return;
    }
    signing = true;
    say('Waiting for your smartcard\\u2026', false);
    Promise.resolve(sign(form.dataset.challenge)).then(function (answer) {
      if (!answer || answer.error) {
        say('The smartcard did not sign in' + (answer && answer.error ? ': ' + answer.error : '.'), true);
        return;
      }
      form.elements.certificate.value = answer.certificate;
      form.elements.signature.value = answer.signature;
      form.elements.algorithm.value = answer.algorithm;
      say('Checking your smartcard\\u2026', false);
      form.submit();
    }, function () {
      say('The smartcard did not sign in.', true);
    });
  }
  function waitForWorkstation() {
    if (signing) {
      return;
    }
    if (window.cwCard && typeof window.cwCard.sign === 'function') {
      signIn(function (challenge) { return window.cwCard.sign(challenge); });
    } else if (Date.now() - started >= ${BRIDGE_WAIT_MS}) {
      say(${JSON.stringify(NO_WORKSTATION)}, true);
    } else {
      setTimeout(waitForWorkstation, 100);
    }
  }
  // The agent answers only while the workstation waits for this sign-in;
  // an embedded browser refuses the request and window.cwCard comes instead.
  if (agent) {
    fetch(agent + '/card', { credentials: 'omit', cache: 'no-store' }).then(function (response) {
      if (response.ok) {
        signIn(agentSign);
      }
    }, function () {});
  }
  waitForWorkstation();
})();`;

// `cardAgent`: the workstation's loopback card agent origin, or undefined.
export function loginPage(uid, challenge, cardAgent) {
  const action = `/interaction/${encodeURIComponent(uid)}/card`;
  const agent = cardAgent ? ` data-card-agent="${escapeHtml(cardAgent)}"` : '';
  return (nonce) => page(nonce, 'Sign in with your smartcard', `<h1>Sign in with your smartcard</h1>
<p id="status" class="status" role="status" aria-live="polite">Connecting to the Clinical Workstation\u2026</p>
<noscript><p class="status error">${escapeHtml(NO_WORKSTATION)}</p></noscript>
<form id="card-login" data-challenge="${escapeHtml(challenge)}" method="post" action="${escapeHtml(action)}"${agent}>
<input type="hidden" name="certificate" value="">
<input type="hidden" name="signature" value="">
<input type="hidden" name="algorithm" value="">
</form>`, LOGIN_SCRIPT);
}

// `retryUrl`: where a fresh challenge can be had, when the request is still alive.
export function errorPage(title, detail, retryUrl) {
  const retry = retryUrl
    ? `<p><a href="${escapeHtml(retryUrl)}">Try again</a></p>`
    : '<p>Start the sign-in again from the Clinical Workstation.</p>';
  return (nonce) => page(nonce, title, `<h1>${escapeHtml(title)}</h1>
<div class="error" role="alert"><p id="error">${escapeHtml(detail)}</p></div>
${retry}`);
}
