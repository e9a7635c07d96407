// JSON Schemas of the operators' resources, limited to the fields k8s/ uses, written here from the
// operators' API references (Strimzi kafka.strimzi.io/v1beta2, Keycloak k8s.keycloak.org/v2alpha1,
// CloudNativePG postgresql.cnpg.io/v1); no CRD file is copied. Every object refuses fields it does
// not list (additionalProperties: false), so a typo or a field of another version fails the check.
// Adding a field to a manifest means adding it here, after checking the operator's reference.

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

// ---- Strimzi (kafka.strimzi.io/v1beta2)
/** Kafka broker settings: values are strings, numbers or booleans. */
const kafkaConfig = { type: 'object', additionalProperties: { type: ['string', 'number', 'boolean'] } };
const kafka = resource(
  'kafka.strimzi.io/v1beta2',
  'Kafka',
  strict(
    {
      kafka: strict(
        {
          version: str,
          metadataVersion: str,
          listeners: {
            type: 'array',
            minItems: 1,
            items: strict(
              {
                name: { type: 'string', pattern: '^[a-z0-9]{1,11}$' },
                port: { type: 'integer', minimum: 9092 },
                type: { enum: ['internal', 'route', 'loadbalancer', 'nodeport', 'ingress', 'cluster-ip'] },
                tls: bool,
              },
              ['name', 'port', 'type', 'tls'],
            ),
          },
          config: kafkaConfig,
          resources,
        },
        ['listeners'],
      ),
      entityOperator: strict({ topicOperator: strict({ resources }), userOperator: strict({ resources }) }),
    },
    ['kafka'],
  ),
);
kafka.properties.metadata = strict(
  {
    ...metadata.properties,
    annotations: strict({ 'strimzi.io/node-pools': { const: 'enabled' }, 'strimzi.io/kraft': { const: 'enabled' } }, [
      'strimzi.io/node-pools',
      'strimzi.io/kraft',
    ]),
  },
  ['name', 'annotations'],
);

const volume = strict(
  { id: int, type: { enum: ['persistent-claim', 'ephemeral'] }, size: quantity, class: str, deleteClaim: bool, kraftMetadata: { const: 'shared' } },
  ['id', 'type'],
);
const kafkaNodePool = resource(
  'kafka.strimzi.io/v1beta2',
  'KafkaNodePool',
  strict(
    {
      replicas: { type: 'integer', minimum: 0 },
      roles: { type: 'array', minItems: 1, uniqueItems: true, items: { enum: ['controller', 'broker'] } },
      storage: strict({ type: { const: 'jbod' }, volumes: { type: 'array', minItems: 1, items: volume } }, ['type', 'volumes']),
      resources,
    },
    ['replicas', 'roles', 'storage'],
  ),
);
kafkaNodePool.properties.metadata = strict({ ...metadata.properties, labels: strict({ 'strimzi.io/cluster': str }, ['strimzi.io/cluster']) }, [
  'name',
  'labels',
]);

const kafkaTopic = resource(
  'kafka.strimzi.io/v1beta2',
  'KafkaTopic',
  strict(
    {
      topicName: str,
      partitions: { type: 'integer', minimum: 1 },
      replicas: { type: 'integer', minimum: 1, maximum: 32767 },
      config: kafkaConfig,
    },
    ['partitions', 'replicas'],
  ),
);
kafkaTopic.properties.metadata = strict({ ...metadata.properties, labels: strict({ 'strimzi.io/cluster': str }, ['strimzi.io/cluster']) }, ['name', 'labels']);

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

// ---- CloudNativePG (postgresql.cnpg.io/v1)
const cluster = resource(
  'postgresql.cnpg.io/v1',
  'Cluster',
  strict(
    {
      instances: { type: 'integer', minimum: 1 },
      imageName: { type: 'string', pattern: ':[^:]+$', not: { pattern: ':latest$' } },
      storage: strict({ size: quantity, storageClass: str }, ['size']),
      bootstrap: strict({ initdb: strict({ database: str, owner: str }, ['database', 'owner']) }, ['initdb']),
      backup: strict({
        retentionPolicy: { type: 'string', pattern: '^[1-9][0-9]*[dwm]$' },
        barmanObjectStore: strict(
          {
            destinationPath: { type: 'string', pattern: '^(s3|gs|https?)://' },
            endpointURL: str,
            s3Credentials: strict({ accessKeyId: secretKey, secretAccessKey: secretKey, region: secretKey, inheritFromIAMRole: bool }),
            wal: strict({ compression: { enum: ['gzip', 'bzip2', 'snappy', 'lz4', 'xz', 'zstd'] }, maxParallel: int }),
            data: strict({ compression: { enum: ['gzip', 'bzip2', 'snappy'] }, jobs: int }),
          },
          ['destinationPath'],
        ),
      }),
      resources,
    },
    ['instances', 'storage'],
  ),
);

const scheduledBackup = resource(
  'postgresql.cnpg.io/v1',
  'ScheduledBackup',
  strict(
    {
      // Six fields: CloudNativePG's schedule has seconds first.
      schedule: { type: 'string', pattern: '^(\\S+\\s+){5}\\S+$' },
      backupOwnerReference: { enum: ['none', 'self', 'cluster'] },
      immediate: bool,
      cluster: strict({ name: str }, ['name']),
    },
    ['schedule', 'cluster'],
  ),
);

/** apiVersion/kind -> schema. */
export const OPERATOR_SCHEMAS = {
  'kafka.strimzi.io/v1beta2/Kafka': kafka,
  'kafka.strimzi.io/v1beta2/KafkaNodePool': kafkaNodePool,
  'kafka.strimzi.io/v1beta2/KafkaTopic': kafkaTopic,
  'k8s.keycloak.org/v2alpha1/Keycloak': keycloak,
  'k8s.keycloak.org/v2alpha1/KeycloakRealmImport': realmImport,
  'postgresql.cnpg.io/v1/Cluster': cluster,
  'postgresql.cnpg.io/v1/ScheduledBackup': scheduledBackup,
};
