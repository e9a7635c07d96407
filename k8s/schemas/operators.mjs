// JSON Schemas of the Keycloak operator's resources (k8s.keycloak.org/v2alpha1), limited to the
// fields k8s/ uses, written here from the operator's API reference; no CRD file is copied. The
// Keycloak operator publishes no model artifact (org.keycloak:keycloak-operator is not on Maven
// Central: no version and no metadata there), so these stay written by hand. Strimzi's and
// CloudNativePG's resources are checked with the models their projects publish (../models/run.mjs).
// Every object refuses fields it does not list (additionalProperties: false), so a typo or a field
// of another version fails the check. Adding a field to a manifest means adding it here, after
// checking the operator's reference.

const str = { type: 'string', minLength: 1 };
const int = { type: 'integer' };
const bool = { type: 'boolean' };
const quantity = { anyOf: [{ type: 'string', pattern: '^[0-9]+(\\.[0-9]+)?(m|k|Ki|M|Mi|G|Gi|T|Ti)?$' }, { type: 'number' }] };
const strict = (properties, required = []) => ({ type: 'object', additionalProperties: false, properties, required });
const stringMap = { type: 'object', additionalProperties: { type: 'string' } };
const metadata = strict(
  { name: { type: 'string', pattern: '^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$', maxLength: 253 }, namespace: str, labels: stringMap, annotations: stringMap },
  ['name'],
);
const resource = (apiVersion, kind, spec) =>
  strict({ apiVersion: { const: apiVersion }, kind: { const: kind }, metadata, spec }, ['apiVersion', 'kind', 'metadata', 'spec']);
const resources = strict({ requests: strict({ cpu: quantity, memory: quantity }), limits: strict({ cpu: quantity, memory: quantity }) });
const secretKey = strict({ name: str, key: str }, ['name', 'key']);

// ---- Keycloak operator (k8s.keycloak.org/v2alpha1)
const keycloak = resource(
  'k8s.keycloak.org/v2alpha1',
  'Keycloak',
  strict(
    {
      instances: { type: 'integer', minimum: 1 },
      db: strict(
        {
          vendor: { enum: ['postgres', 'mysql', 'mariadb', 'mssql', 'oracle', 'dev-file'] },
          host: str,
          port: int,
          database: str,
          usernameSecret: secretKey,
          passwordSecret: secretKey,
        },
        ['vendor'],
      ),
      http: strict({ tlsSecret: str, httpEnabled: bool, httpPort: int, httpsPort: int }),
      hostname: strict({ hostname: str, admin: str, strict: bool }),
      proxy: strict({ headers: { enum: ['forwarded', 'xforwarded'] } }),
      ingress: strict({ enabled: bool, className: str, annotations: stringMap }),
      resources,
    },
    ['instances'],
  ),
);

const realmImport = resource(
  'k8s.keycloak.org/v2alpha1',
  'KeycloakRealmImport',
  strict(
    {
      keycloakCRName: str,
      // A whole RealmRepresentation (Keycloak's export format): checked against infra/keycloak's export by the invariants.
      realm: { type: 'object', required: ['realm'], properties: { realm: str, enabled: bool } },
    },
    ['keycloakCRName', 'realm'],
  ),
);

/** apiVersion/kind -> schema. */
export const OPERATOR_SCHEMAS = {
  'k8s.keycloak.org/v2alpha1/Keycloak': keycloak,
  'k8s.keycloak.org/v2alpha1/KeycloakRealmImport': realmImport,
};
