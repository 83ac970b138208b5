// The oidc-provider configuration: CIS2's shape (scopes, claims, acr values,
// endpoint paths, short token lifetimes) for one public native client with
// PKCE S256, and signing keys that exist only in memory.
import { randomBytes } from 'node:crypto';
import Provider from 'oidc-provider';

import { claimsOf } from './accounts.mjs';
import { escapeHtml } from './pages.mjs';

// The values CIS2 documents for acr_values (identity.md §4).
const ACR_VALUES = [
  'AAL3_ANY', 'AAL2_OR_AAL3_ANY', 'AAL3_CIS2_SMARTCARD', 'AAL3_N3_SMARTCARD', 'AAL3_SMARTCARD', 'AAL3_IOS',
  'AAL3_FIDO2', 'AAL2_ANY', 'AAL2_TOTP', 'AAL2_NHSMAIL', 'AAL1_USERPASS',
];

const MINUTE = 60;
const HOUR = 60 * MINUTE;

// Claims by scope (identity.md §5). The ID token gets the `openid` ones; CIS2
// puts selected_roleid and the assurance levels there, the rest in UserInfo.
const CLAIMS = {
  acr: null,
  amr: null,
  auth_time: null,
  sid: null,
  iss: null,
  openid: ['sub', 'acr', 'amr', 'auth_time', 'id_assurance_level', 'authentication_assurance_level',
    'selected_roleid'],
  profile: ['name', 'family_name', 'given_name', 'uid'],
  email: ['email'],
  nhsperson: ['nhsid_useruid', 'title', 'idassurancelevel', 'display_name'],
  associatedorgs: ['nhsid_user_orgs'],
  nationalrbacaccess: ['nhsid_nrbac_roles'],
  selectedrole: ['selected_roleid'],
};

function simplePage(title, body) {
  return `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
}

export function createProvider({
  issuer, clientId, accounts, jwks, accessTokenTtl = 10 * MINUTE, refreshTokenTtl = 10 * HOUR,
}) {
  return new Provider(issuer, {
    clients: [{
      client_id: clientId,
      application_type: 'native',
      token_endpoint_auth_method: 'none',
      // Loopback redirects match with any port (RFC 8252 §7.3).
      redirect_uris: ['http://127.0.0.1/callback'],
      post_logout_redirect_uris: ['http://127.0.0.1/'],
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      id_token_signed_response_alg: 'ES256',
    }],
    jwks: { keys: jwks },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    pkce: { required: () => true },
    acrValues: ACR_VALUES,
    claims: CLAIMS,
    scopes: ['openid', 'offline_access'],
    // Authorization code only, for public clients only (identity.md §3).
    responseTypes: ['code'],
    clientAuthMethods: ['none'],
    // CIS2 paths under the realm (identity.md §2), so clients must use discovery.
    routes: {
      authorization: '/authorize',
      token: '/access_token',
      userinfo: '/userinfo',
      end_session: '/connect/endSession',
      jwks: '/connect/jwk_uri',
      revocation: '/token/revoke',
    },
    enabledJWA: {
      idTokenSigningAlgValues: ['ES256', 'RS256'],
      userinfoSigningAlgValues: ['ES256', 'RS256'],
    },
    ttl: {
      AccessToken: accessTokenTtl,
      IdToken: 10 * MINUTE,
      AuthorizationCode: MINUTE,
      Interaction: 10 * MINUTE,
      RefreshToken: refreshTokenTtl,
      Session: 10 * HOUR,
      Grant: 10 * HOUR,
    },
    features: {
      devInteractions: { enabled: false },
      dPoP: { enabled: false },
      pushedAuthorizationRequests: { enabled: false },
      userinfo: { enabled: true },
      revocation: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        // CIS2 signs out at once: the confirmation form submits itself.
        logoutSource(ctx, form) {
          ctx.body = simplePage('Signing out', `${form}
<noscript><button type="submit" form="op.logoutForm" name="logout" value="yes">Sign out</button></noscript>
<script>(function () { var f = document.getElementById('op.logoutForm'); var i = document.createElement('input');
i.type = 'hidden'; i.name = 'logout'; i.value = 'yes'; f.appendChild(i); f.submit(); })();</script>`);
        },
        postLogoutSuccessSource(ctx) {
          ctx.body = simplePage('Signed out', '<p>You have signed out.</p>');
        },
      },
    },
    // No consent screen (CIS2 has none): the interaction grants what was asked.
    // Refresh tokens come with every code for the client that may use them;
    // offline_access would otherwise need prompt=consent.
    issueRefreshToken: (ctx, client) => client.grantTypeAllowed('refresh_token'),
    clientBasedCORS: () => false,
    async findAccount(ctx, sub) {
      const account = accounts.forSub(sub);
      if (!account) {
        return undefined;
      }
      return { accountId: sub, claims: (use, scope) => claimsOf(account, scope) };
    },
    renderError(ctx, out) {
      ctx.type = 'html';
      ctx.body = simplePage('Sign-in error',
        `<p id="error" role="alert">${escapeHtml(out.error)}: ${escapeHtml(out.error_description ?? '')}</p>
<p>Start the sign-in again from the Clinical Workstation.</p>`);
    },
  });
}
