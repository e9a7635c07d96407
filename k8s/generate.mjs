#!/usr/bin/env node
// Writes the generated parts of k8s/ from the project's own sources, so that they cannot drift:
//   base/<process>.yaml        Deployment, Service, HPA, PDB, ServiceMonitor per process; per service
//                              its CloudNativePG Cluster and ScheduledBackup (personnel: the archive PVC)
//   base/kafka-topics.yaml     a Strimzi KafkaTopic per line of infra/kafka/topics (RF 3, min ISR 2)
//   overlays/dev/realm-import.yaml   KeycloakRealmImport of infra/keycloak/branch-graph-realm.json (demo users)
//   overlays/prod/realm-import.yaml  the same realm without users and without client secrets
// `node k8s/generate.mjs --check` exits 1 when a committed file differs (the manifests test runs it).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';

const K8S = dirname(fileURLToPath(import.meta.url));
const ROOT = join(K8S, '..');

const SUBGRAPHS = [
  { name: 'personnel', port: 4001, files: true },
  { name: 'attendance', port: 4002 },
  { name: 'performance', port: 4003 },
  { name: 'recruitment', port: 4004 },
];

/**
 * The processes (ports as in README's configuration table): the gateway, and each service in two
 * Deployments of one image: `<service>` serves its subgraph (SERVICE_ROLE=graph, scaled on CPU),
 * `<service>-events` relays its outbox and consumes its events (SERVICE_ROLE=events, scaled on
 * consumer lag), so a month close's burst of events never takes the subgraph's CPU.
 */
export const PROCESSES = [
  { name: 'gateway', port: 4000, role: 'gateway' },
  ...SUBGRAPHS.map((s) => ({ ...s, service: s.name, role: 'subgraph', database: true })),
  // No archive volume: the consumers write no files.
  ...SUBGRAPHS.map(({ name, port }) => ({ name: `${name}-events`, port, service: name, role: 'events' })),
];

const PART_OF = 'branch-graph';
const labels = (name) => ({ 'app.kubernetes.io/name': name, 'app.kubernetes.io/part-of': PART_OF });

function deployment(p) {
  const env = [
    { name: 'PORT', value: String(p.port) },
    { name: 'HOST', value: '0.0.0.0' },
  ];
  if (p.service) {
    env.push({ name: 'SERVICE_ROLE', value: p.role === 'events' ? 'events' : 'graph' });
    // CloudNativePG writes <cluster>-app with the application user's connection URI.
    env.push({ name: 'DATABASE_URL', valueFrom: { secretKeyRef: { name: `${p.service}-db-app`, key: 'uri' } } });
  }
  if (p.name === 'gateway') {
    for (const s of PROCESSES.filter((q) => q.role === 'subgraph')) {
      env.push({ name: `${s.name.toUpperCase()}_URL`, value: `http://${s.name}:${s.port}/graphql` });
    }
  }
  const volumeMounts = [{ name: 'tmp', mountPath: '/tmp' }];
  const volumes = [{ name: 'tmp', emptyDir: { sizeLimit: '64Mi' } }];
  if (p.files) {
    // Archive files: one volume shared by every replica (ReadWriteMany), signed URLs valid on any of them.
    env.push({ name: 'DATA_DIR', value: '/data' });
    env.push({ name: 'PUBLIC_URL', valueFrom: { configMapKeyRef: { name: 'personnel', key: 'PUBLIC_URL' } } });
    env.push({ name: 'FILES_SIGNING_KEY', valueFrom: { secretKeyRef: { name: 'personnel-files', key: 'signing-key' } } });
    volumeMounts.push({ name: 'archive', mountPath: '/data' });
    volumes.push({ name: 'archive', persistentVolumeClaim: { claimName: 'personnel-archive' } });
  }
  const probe = (path, extra) => ({ httpGet: { path, port: 'http' }, ...extra });
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: p.name, labels: labels(p.name) },
    spec: {
      // Every process may run as several replicas: relays elect a leader (PostgreSQL advisory lock),
      // consumers share the service's group, serial numbers come from locked counter rows.
      replicas: 2,
      revisionHistoryLimit: 5,
      selector: { matchLabels: { 'app.kubernetes.io/name': p.name } },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
      template: {
        metadata: { labels: { ...labels(p.name), 'branch-graph/role': p.role } },
        spec: {
          automountServiceAccountToken: false,
          terminationGracePeriodSeconds: 30,
          securityContext: { runAsNonRoot: true, runAsUser: 1000, runAsGroup: 1000, fsGroup: 1000, seccompProfile: { type: 'RuntimeDefault' } },
          topologySpreadConstraints: [
            {
              maxSkew: 1,
              topologyKey: 'topology.kubernetes.io/zone',
              whenUnsatisfiable: 'ScheduleAnyway',
              labelSelector: { matchLabels: { 'app.kubernetes.io/name': p.name } },
            },
            {
              maxSkew: 1,
              topologyKey: 'kubernetes.io/hostname',
              whenUnsatisfiable: 'ScheduleAnyway',
              labelSelector: { matchLabels: { 'app.kubernetes.io/name': p.name } },
            },
          ],
          containers: [
            {
              name: p.name,
              image: `branch-graph/${p.service ?? p.name}`,
              ports: [{ name: 'http', containerPort: p.port }],
              envFrom: [{ configMapRef: { name: PART_OF } }],
              env,
              // Migrations run at start-up: the startup probe gives the first pod of a version time for them.
              startupProbe: probe('/healthz', { periodSeconds: 5, failureThreshold: 36 }),
              readinessProbe: probe('/readyz', { periodSeconds: 5, failureThreshold: 3 }),
              livenessProbe: probe('/healthz', { periodSeconds: 10, failureThreshold: 6 }),
              resources: { requests: { cpu: '100m', memory: '256Mi' }, limits: { cpu: '1', memory: '512Mi' } },
              securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
              volumeMounts,
            },
          ],
          volumes,
        },
      },
    },
  };
}

function service(p) {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: p.name, labels: labels(p.name) },
    spec: { selector: { 'app.kubernetes.io/name': p.name }, ports: [{ name: 'http', port: p.port, targetPort: 'http' }] },
  };
}

function hpa(p) {
  const metrics = [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }];
  if (p.role === 'events') {
    // Consumer lag per pod (the service's `kafka_consumer_lag` gauge, summed over the partitions the
    // pod owns), served to the HPA by a custom-metrics adapter (e.g. prometheus-adapter).
    metrics.push({ type: 'Pods', pods: { metric: { name: 'kafka_consumer_lag' }, target: { type: 'AverageValue', averageValue: '1000' } } });
  }
  return {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: { name: p.name, labels: labels(p.name) },
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: p.name },
      minReplicas: 2,
      maxReplicas: 6,
      metrics,
      behavior: { scaleDown: { stabilizationWindowSeconds: 300 } },
    },
  };
}

function pdb(p) {
  return {
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: { name: p.name, labels: labels(p.name) },
    spec: { minAvailable: 1, selector: { matchLabels: { 'app.kubernetes.io/name': p.name } } },
  };
}

function serviceMonitor(p) {
  return {
    apiVersion: 'monitoring.coreos.com/v1',
    kind: 'ServiceMonitor',
    metadata: { name: p.name, labels: labels(p.name) },
    spec: { selector: { matchLabels: { 'app.kubernetes.io/name': p.name } }, endpoints: [{ port: 'http', path: '/metrics', interval: '30s' }] },
  };
}

/** A CloudNativePG cluster holding one service's database, backed up to object storage. */
export function databaseCluster(name, database) {
  return [
    {
      apiVersion: 'postgresql.cnpg.io/v1',
      kind: 'Cluster',
      metadata: { name, labels: { 'app.kubernetes.io/name': name, 'app.kubernetes.io/part-of': PART_OF } },
      spec: {
        instances: 2,
        storage: { size: '10Gi' },
        bootstrap: { initdb: { database, owner: database } },
        backup: {
          retentionPolicy: '30d',
          barmanObjectStore: {
            destinationPath: `s3://branch-graph-backups/${name}`,
            s3Credentials: {
              accessKeyId: { name: 'backup-s3', key: 'ACCESS_KEY_ID' },
              secretAccessKey: { name: 'backup-s3', key: 'SECRET_ACCESS_KEY' },
            },
            wal: { compression: 'gzip' },
            data: { compression: 'gzip' },
          },
        },
      },
    },
    {
      apiVersion: 'postgresql.cnpg.io/v1',
      kind: 'ScheduledBackup',
      metadata: { name: `${name}-daily`, labels: { 'app.kubernetes.io/name': name, 'app.kubernetes.io/part-of': PART_OF } },
      spec: { schedule: '0 0 2 * * *', backupOwnerReference: 'self', cluster: { name } },
    },
  ];
}

function archiveVolume() {
  return {
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: { name: 'personnel-archive', labels: labels('personnel') },
    spec: { accessModes: ['ReadWriteMany'], resources: { requests: { storage: '20Gi' } } },
  };
}

export function processObjects(p) {
  const objects = [deployment(p), service(p), hpa(p), pdb(p), serviceMonitor(p)];
  if (p.files) objects.push(archiveVolume());
  if (p.database) objects.push(...databaseCluster(`${p.name}-db`, p.name));
  return objects;
}

/** infra/kafka/topics: `<name> <partitions> [config=value ...]` per line. */
export function readTopics(text = readFileSync(join(ROOT, 'infra/kafka/topics'), 'utf8')) {
  return text
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .filter(Boolean)
    .map((line) => {
      const [name, partitions, ...settings] = line.split(/\s+/);
      return { name, partitions: Number(partitions), config: Object.fromEntries(settings.map((s) => s.split('='))) };
    });
}

function kafkaTopics() {
  return readTopics().map((t) => ({
    apiVersion: 'kafka.strimzi.io/v1beta2',
    kind: 'KafkaTopic',
    metadata: { name: t.name, labels: { 'strimzi.io/cluster': 'branch-graph' } },
    spec: { topicName: t.name, partitions: t.partitions, replicas: 3, config: { 'min.insync.replicas': 2, ...t.config } },
  }));
}

function realmImport(withUsers) {
  const realm = JSON.parse(readFileSync(join(ROOT, 'infra/keycloak/branch-graph-realm.json'), 'utf8'));
  if (!withUsers) {
    delete realm.users;
    // No secret values in the repository: Keycloak generates confidential clients' secrets.
    realm.clients = realm.clients.map(({ secret: _secret, ...client }) => client);
  }
  return {
    apiVersion: 'k8s.keycloak.org/v2alpha1',
    kind: 'KeycloakRealmImport',
    metadata: { name: 'branch-graph', labels: { 'app.kubernetes.io/part-of': PART_OF } },
    spec: { keycloakCRName: 'keycloak', realm },
  };
}

const HEADER = '# Generated by k8s/generate.mjs: do not edit by hand (the manifests test fails when stale).\n';
const docs = (objects) => HEADER + objects.map((o) => stringify(o, { lineWidth: 0 })).join('---\n');

export function generatedFiles() {
  const files = {};
  for (const p of PROCESSES) files[`base/${p.name}.yaml`] = docs(processObjects(p));
  files['base/kafka-topics.yaml'] = docs(kafkaTopics());
  files['overlays/dev/realm-import.yaml'] = docs([realmImport(true)]);
  files['overlays/prod/realm-import.yaml'] = docs([realmImport(false)]);
  return files;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [file, text] of Object.entries(generatedFiles())) {
    const path = join(K8S, file);
    const shown = relative(process.cwd(), path);
    if (check) {
      if (!existsSync(path) || readFileSync(path, 'utf8') !== text) {
        console.error(`${shown} is stale: run \`node k8s/generate.mjs\` and commit it`);
        stale++;
      }
    } else {
      writeFileSync(path, text);
      console.log(`wrote ${shown}`);
    }
  }
  process.exit(stale ? 1 : 0);
}
