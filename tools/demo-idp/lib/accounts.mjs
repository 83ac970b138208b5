// The demo accounts (decision 004's accounts.json) and the CIS2-shaped claims
// each one yields. Read once at start-up; a malformed file stops the server.
import { readFileSync } from 'node:fs';

const ROLE_FIELDS = ['person_roleid', 'person_orgid', 'org_code', 'role_code', 'role_name'];
const ORG_FIELDS = ['org_code', 'org_name'];

// A card signs in at AAL3 and the demo identities are fully checked (CIS2's
// identity assurance level 3).
const ASSURANCE_LEVEL = '3';

function requireStrings(object, fields, where) {
  for (const field of fields) {
    if (typeof object?.[field] !== 'string' || object[field] === '') {
      throw new Error(`${where}: "${field}" must be a non-empty string`);
    }
  }
}

function validate(account, index) {
  const where = `accounts[${index}]`;
  requireStrings(account, ['sub', 'cardUid', 'name', 'given_name', 'family_name'], where);
  if (account.title !== undefined && typeof account.title !== 'string') {
    throw new Error(`${where}: "title" must be a string`);
  }
  for (const list of ['roles', 'orgs']) {
    if (!Array.isArray(account[list])) {
      throw new Error(`${where}: "${list}" must be an array`);
    }
  }
  account.roles.forEach((role, i) => requireStrings(role, ROLE_FIELDS, `${where}.roles[${i}]`));
  account.orgs.forEach((org, i) => requireStrings(org, ORG_FIELDS, `${where}.orgs[${i}]`));
}

export class Accounts {
  constructor(list) {
    this.bySub = new Map();
    this.byCardUid = new Map();
    list.forEach((account, index) => {
      validate(account, index);
      if (this.bySub.has(account.sub) || this.byCardUid.has(account.cardUid)) {
        throw new Error(`accounts[${index}]: duplicate sub or cardUid`);
      }
      this.bySub.set(account.sub, account);
      this.byCardUid.set(account.cardUid, account);
    });
  }

  static load(file) {
    const parsed = JSON.parse(readFileSync(file, 'utf8'));
    if (!Array.isArray(parsed?.accounts)) {
      throw new Error('the file must hold {"accounts": [...]}');
    }
    return new Accounts(parsed.accounts);
  }

  get size() {
    return this.bySub.size;
  }

  forCard(uid) {
    return this.byCardUid.get(uid);
  }

  forSub(sub) {
    return this.bySub.get(sub);
  }
}

// Every claim the account can give; oidc-provider keeps those the granted
// scopes (and the ID token / UserInfo split) allow.
export function claimsOf(account, scope) {
  const scopes = new Set(scope.split(' '));
  const claims = {
    sub: account.sub,
    uid: account.sub,
    nhsid_useruid: account.sub,
    name: account.name,
    display_name: account.name,
    given_name: account.given_name,
    family_name: account.family_name,
    title: account.title ?? '',
    idassurancelevel: ASSURANCE_LEVEL,
    id_assurance_level: ASSURANCE_LEVEL,
    authentication_assurance_level: ASSURANCE_LEVEL,
    nhsid_user_orgs: account.orgs.map(({ org_code, org_name }) => ({ org_code, org_name })),
    nhsid_nrbac_roles: account.roles.map((role) => ({
      ...role,
      activities: role.activities ?? [],
      activity_codes: role.activity_codes ?? [],
    })),
  };
  if (typeof account.email === 'string') {
    claims.email = account.email;
  }
  // CIS2 picks the only role itself; with several the workstation shows its
  // own picker, so no role is preselected.
  if (scopes.has('selectedrole') && account.roles.length === 1) {
    claims.selected_roleid = account.roles[0].person_roleid;
  }
  return claims;
}
