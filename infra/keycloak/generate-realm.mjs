#!/usr/bin/env node
// Generates infra/keycloak/branch-graph-realm.json, the Keycloak realm export that
// `kc.sh start-dev --import-realm` (infra/local/infra.sh, infra/docker-compose.yml) imports,
// from the demo users the embedded dev realm also uses (packages/auth/src/dev-realm/demo-users.json).
//
//   node infra/keycloak/generate-realm.mjs          write the file
//   node infra/keycloak/generate-realm.mjs --check  exit 1 if the committed file is stale
//
// Plain ESM, Node built-ins only. The output is deterministic (no random ids, stable order), so
// --check can compare bytes.

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, '..', '..');
const SOURCE = join(repoRoot, 'packages', 'auth', 'src', 'dev-realm', 'demo-users.json');
const TARGET = join(here, 'branch-graph-realm.json');

// DOMAIN.md "Roles (Keycloak realm roles) and scope".
const REALM_ROLES = [
  ['client-manager', 'Client manager (客户经理); scope: self'],
  ['group-leader', 'Group leader (小组长); scope: own group'],
  ['team-lead', 'Team lead (团队负责人); scope: own team'],
  ['regional-manager', 'Regional manager (区域经理); scope: own region of the team'],
  ['attendance-clerk', 'Designated attendance recorder; scope: own branch'],
  ['archive-clerk', 'Transaction management post (交易管理岗): archives, slips, serial numbers; scope: own branch'],
  ['asset-keeper', 'Designated keeper of the asset ledger; scope: own branch'],
  ['branch-finance', 'Branch finance, chief accountant (营业部财务部, 主办会计); scope: own branch'],
  ['branch-deputy-manager', 'Deputy branch manager / manager assistant (副经理 / 经理助理); scope: own branch'],
  ['branch-manager', 'Branch manager (营业部经理); scope: own branch'],
  ['recruiter', 'Recruitment staff; scope: own branch, or all if head office'],
  ['trainer', 'Training organiser; scope: own branch, or all if head office'],
  ['brokerage-office', 'Brokerage business office (经纪业务综合室); scope: all branches'],
  ['channel-management', 'Channel management department (渠道管理部); scope: all branches'],
  ['executive', 'Vice president in charge (主管副总裁); scope: all branches'],
  ['campaign-staff', 'Head-office marketing, product issue campaign work group (R-7); scope: all branches for campaigns, a regional group member their region'],
];

// Keycloak user attributes that become top-level string claims of the access token.
const CLAIM_ATTRIBUTES = ['employee_id', 'branch_id', 'team_id', 'group_id'];

const FRONTEND_CLIENTS = [
  ['branch-web', 'Branch web app'],
  ['head-office-web', 'Head office web app'],
  ['recruitment-web', 'Recruitment web app'],
];
// The branch console (apps/console): a public client, authorization code + PKCE (S256) only, no
// direct grants; served by the gateway at / (4000) or by Vite's dev server (5173), and by the gateway
// of the console's Keycloak browser test (apps/console/scripts/keycloak-test.mjs) at 4790.
const CONSOLE_CLIENT = 'branch-console';
const CONSOLE_ORIGINS = ['http://127.0.0.1:4000', 'http://localhost:4000', 'http://127.0.0.1:5173', 'http://localhost:5173', 'http://127.0.0.1:4790'];
const LOADTEST_CLIENT = { clientId: 'sre-loadtest', secret: 'sre-loadtest-secret' };

const DEV_ORIGINS = ['http://localhost:*', 'http://127.0.0.1:*'];

function fail(message) {
  console.error(`generate-realm: ${message}`);
  process.exit(2);
}

/** A stable UUID (v5 layout, SHA-1 based) so user ids, and so `sub`, do not change between imports. */
function stableUuid(name) {
  const h = createHash('sha1').update(`branch-graph-realm:${name}`).digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}

function audienceMapper(audience) {
  return {
    name: `audience ${audience}`,
    protocol: 'openid-connect',
    protocolMapper: 'oidc-audience-mapper',
    consentRequired: false,
    config: {
      'included.client.audience': audience,
      'id.token.claim': 'false',
      'access.token.claim': 'true',
      'introspection.token.claim': 'true',
    },
  };
}

function attributeMapper(attribute) {
  return {
    name: attribute,
    protocol: 'openid-connect',
    protocolMapper: 'oidc-usermodel-attribute-mapper',
    consentRequired: false,
    config: {
      'user.attribute': attribute,
      'claim.name': attribute,
      'jsonType.label': 'String',
      multivalued: 'false',
      'aggregate.attrs': 'false',
      'access.token.claim': 'true',
      'id.token.claim': 'true',
      'userinfo.token.claim': 'true',
      'introspection.token.claim': 'true',
    },
  };
}

// Declarative user profile (Keycloak 24+): Keycloak's default profile, except that first and last
// name are not required (a missing required attribute makes Keycloak demand VERIFY_PROFILE, and the
// password grant then fails with "Account is not fully set up"), plus the four claim attributes as
// managed attributes that only administrators may edit. Undeclared attributes are dropped on import
// unless unmanagedAttributePolicy allows them, so the four are declared rather than relied upon.
function userProfileConfig() {
  const everyone = { view: ['admin', 'user'], edit: ['admin', 'user'] };
  return {
    unmanagedAttributePolicy: 'ADMIN_EDIT',
    attributes: [
      {
        name: 'username',
        displayName: '${username}',
        permissions: everyone,
        validations: {
          length: { min: 3, max: 255 },
          'username-prohibited-characters': {},
          'up-username-not-idn-homograph': {},
        },
        multivalued: false,
      },
      {
        name: 'email',
        displayName: '${email}',
        required: { roles: ['user'] },
        permissions: everyone,
        validations: { email: {}, length: { max: 255 } },
        multivalued: false,
      },
      {
        name: 'firstName',
        displayName: '${firstName}',
        permissions: everyone,
        validations: { length: { max: 255 }, 'person-name-prohibited-characters': {} },
        multivalued: false,
      },
      {
        name: 'lastName',
        displayName: '${lastName}',
        permissions: everyone,
        validations: { length: { max: 255 }, 'person-name-prohibited-characters': {} },
        multivalued: false,
      },
      ...CLAIM_ATTRIBUTES.map((name) => ({
        name,
        displayName: name,
        group: 'branch-graph',
        permissions: { view: ['admin', 'user'], edit: ['admin'] },
        validations: { length: { max: 64 } },
        multivalued: false,
      })),
    ],
    groups: [
      {
        name: 'user-metadata',
        displayHeader: 'User metadata',
        displayDescription: 'Attributes, which refer to user metadata',
      },
      {
        name: 'branch-graph',
        displayHeader: 'Branch Graph',
        displayDescription: 'Where the person sits in the company; copied into access tokens',
      },
    ],
  };
}

function tokenMappers(audience) {
  return [audienceMapper(audience), ...CLAIM_ATTRIBUTES.map(attributeMapper)];
}

function buildRealm(demo) {
  const { realm, audience, password, users } = demo;
  if (typeof realm !== 'string' || !realm) fail('demo-users.json: "realm" missing');
  if (typeof audience !== 'string' || !audience) fail('demo-users.json: "audience" missing');
  if (!Array.isArray(users) || users.length === 0) fail('demo-users.json: "users" missing');

  const knownRoles = new Set(REALM_ROLES.map(([name]) => name));
  const seen = new Set();
  for (const u of users) {
    if (!u.username) fail('demo-users.json: a user has no username');
    if (seen.has(u.username)) fail(`demo-users.json: duplicate username ${u.username}`);
    seen.add(u.username);
    for (const r of u.roles ?? []) {
      if (!knownRoles.has(r)) fail(`demo-users.json: ${u.username} has unknown role ${r}`);
    }
    if (!(u.password ?? password)) fail(`demo-users.json: no password for ${u.username}`);
  }

  const frontend = FRONTEND_CLIENTS.map(([clientId, name]) => ({
    clientId,
    name,
    description: `Public browser client; direct access grants on for tests and scripts (dev realm only)`,
    enabled: true,
    protocol: 'openid-connect',
    publicClient: true,
    bearerOnly: false,
    standardFlowEnabled: true,
    implicitFlowEnabled: false,
    directAccessGrantsEnabled: true,
    serviceAccountsEnabled: false,
    frontchannelLogout: true,
    fullScopeAllowed: true,
    redirectUris: DEV_ORIGINS,
    webOrigins: ['+'],
    attributes: {
      'pkce.code.challenge.method': 'S256',
      'post.logout.redirect.uris': '+',
    },
    protocolMappers: tokenMappers(audience),
  }));

  const console_ = {
    clientId: CONSOLE_CLIENT,
    name: 'Branch console',
    description: 'The branch console (apps/console): public client, authorization code flow with PKCE S256, no direct grants',
    enabled: true,
    protocol: 'openid-connect',
    publicClient: true,
    bearerOnly: false,
    standardFlowEnabled: true,
    implicitFlowEnabled: false,
    directAccessGrantsEnabled: false,
    serviceAccountsEnabled: false,
    frontchannelLogout: true,
    fullScopeAllowed: true,
    rootUrl: CONSOLE_ORIGINS[0],
    baseUrl: '/',
    redirectUris: CONSOLE_ORIGINS.map((o) => `${o}/*`),
    webOrigins: CONSOLE_ORIGINS,
    attributes: {
      'pkce.code.challenge.method': 'S256',
      'post.logout.redirect.uris': CONSOLE_ORIGINS.map((o) => `${o}/*`).join('##'),
    },
    protocolMappers: tokenMappers(audience),
  };

  const api = {
    clientId: audience,
    name: 'Branch Graph API (gateway and subgraphs)',
    description: 'Audience of the access tokens; bearer-only, no login flow of its own',
    enabled: true,
    protocol: 'openid-connect',
    publicClient: false,
    bearerOnly: true,
    standardFlowEnabled: false,
    implicitFlowEnabled: false,
    directAccessGrantsEnabled: false,
    serviceAccountsEnabled: false,
    fullScopeAllowed: false,
    redirectUris: [],
    webOrigins: [],
  };

  const loadtest = {
    clientId: LOADTEST_CLIENT.clientId,
    name: 'SRE load tests',
    description: 'Confidential client for load-test scripts: password grant with demo users',
    enabled: true,
    protocol: 'openid-connect',
    publicClient: false,
    bearerOnly: false,
    clientAuthenticatorType: 'client-secret',
    secret: LOADTEST_CLIENT.secret,
    standardFlowEnabled: false,
    implicitFlowEnabled: false,
    directAccessGrantsEnabled: true,
    serviceAccountsEnabled: false,
    fullScopeAllowed: true,
    redirectUris: [],
    webOrigins: [],
    protocolMappers: tokenMappers(audience),
  };

  const realmUsers = users.map((u) => {
    const attributes = {};
    for (const a of CLAIM_ATTRIBUTES) {
      if (u[a] !== undefined && u[a] !== null && u[a] !== '') attributes[a] = [String(u[a])];
    }
    return {
      id: stableUuid(u.username),
      username: u.username,
      enabled: true,
      emailVerified: true,
      firstName: u.name ?? u.username,
      email: `${u.username}@branch-graph.local`,
      attributes,
      credentials: [{ type: 'password', value: u.password ?? password, temporary: false }],
      realmRoles: [...(u.roles ?? [])],
      requiredActions: [],
    };
  });

  return {
    realm,
    displayName: 'Branch Graph',
    enabled: true,
    sslRequired: 'external',
    registrationAllowed: false,
    loginWithEmailAllowed: true,
    duplicateEmailsAllowed: false,
    resetPasswordAllowed: false,
    editUsernameAllowed: false,
    bruteForceProtected: false,
    defaultSignatureAlgorithm: 'RS256',
    accessTokenLifespan: 3600,
    ssoSessionIdleTimeout: 36000,
    ssoSessionMaxLifespan: 36000,
    roles: {
      realm: REALM_ROLES.map(([name, description]) => ({ name, description, composite: false })),
    },
    clients: [api, ...frontend, console_, loadtest],
    users: realmUsers,
    components: {
      'org.keycloak.userprofile.UserProfileProvider': [
        {
          providerId: 'declarative-user-profile',
          subComponents: {},
          config: { 'kc.user.profile.config': [JSON.stringify(userProfileConfig())] },
        },
      ],
    },
  };
}

const check = process.argv.includes('--check');
const demo = JSON.parse(readFileSync(SOURCE, 'utf8'));
const text = `${JSON.stringify(buildRealm(demo), null, 2)}\n`;
const shown = relative(process.cwd(), TARGET) || TARGET;

if (check) {
  const current = existsSync(TARGET) ? readFileSync(TARGET, 'utf8') : null;
  if (current !== text) {
    console.error(`${shown} is stale (or missing): run \`node infra/keycloak/generate-realm.mjs\` and commit it`);
    process.exit(1);
  }
  console.log(`${shown} is up to date`);
} else {
  writeFileSync(TARGET, text);
  console.log(`wrote ${shown} (${demo.users.length} users)`);
}
