#!/usr/bin/env node
// Renders every overlay of k8s/ and checks it: `node k8s/check.mjs` (exit 1 on any problem);
// the jest test k8s/test/manifests.test.ts runs it (`--json`). Plain ESM on Node 24, because
// kubernetes-models is published as ES modules only.
//
// 1. Render: a TypeScript-free renderer of the part of kustomize these files use (resources: files
//    and directories with a kustomization.yaml; namespace; images; patches as JSON 6902 with a
//    target of kind and name). A kustomization field it does not know is an error, never ignored.
// 2. Validate: Kubernetes objects against kubernetes-models' schemas (@kubernetes-models/validate),
//    ServiceMonitors against @kubernetes-models/prometheus-operator (types, formats, enums and
//    required fields; those schemas do not refuse unknown fields); Strimzi's and CloudNativePG's
//    resources with the models their projects publish, decoded strictly (models/run.mjs: Strimzi's
//    io.strimzi:api classes with Jackson, CloudNativePG's Go API types with UnmarshalStrict); the
//    Keycloak operator's, which publishes no model, against schemas/operators.mjs. All of them
//    refuse unknown fields.
// 3. Invariants: non-root, read-only root, probes, limits, PDBs, HPAs, spread, ServiceMonitors,
//    NetworkPolicies, no Secret objects, no `latest` or untagged images, topics = infra/kafka/topics,
//    a backed-up PostgreSQL cluster per service database, the realm of infra/keycloak.
import { readFileSync, existsSync, statSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';
import { Ajv } from 'ajv';
import { OPERATOR_SCHEMAS } from './schemas/operators.mjs';
import { checkWithModels, modelCheckerOf } from './models/run.mjs';
import { PROCESSES, readTopics } from './generate.mjs';

const K8S = dirname(fileURLToPath(import.meta.url));
const ROOT = join(K8S, '..');
export const OVERLAYS = readdirSync(join(K8S, 'overlays')).sort();

// ---------------------------------------------------------------------------------------- render

const KNOWN_KUSTOMIZATION_FIELDS = new Set(['apiVersion', 'kind', 'resources', 'namespace', 'images', 'patches']);
const CLUSTER_SCOPED = new Set([
  'Namespace',
  'ClusterRole',
  'ClusterRoleBinding',
  'CustomResourceDefinition',
  'PersistentVolume',
  'StorageClass',
  'IngressClass',
]);

function readYamlDocs(path) {
  return parseAllDocuments(readFileSync(path, 'utf8'))
    .map((d) => {
      if (d.errors.length) throw new Error(`${relative(ROOT, path)}: ${d.errors[0].message}`);
      return d.toJS();
    })
    .filter((o) => o != null);
}

/** kustomize's output for a directory holding a kustomization.yaml: the list of objects. */
export function render(dir) {
  const file = join(dir, 'kustomization.yaml');
  if (!existsSync(file)) throw new Error(`${relative(ROOT, dir)}: no kustomization.yaml`);
  const [k] = readYamlDocs(file);
  for (const field of Object.keys(k)) {
    if (!KNOWN_KUSTOMIZATION_FIELDS.has(field)) throw new Error(`${relative(ROOT, file)}: field \`${field}\` is not supported by this renderer`);
  }
  let objects = [];
  for (const resource of k.resources ?? []) {
    const path = join(dir, resource);
    objects.push(...(statSync(path).isDirectory() ? render(path) : readYamlDocs(path)));
  }
  const ids = new Set();
  for (const o of objects) {
    const id = `${o.apiVersion}/${o.kind}/${o.metadata?.name}`;
    if (ids.has(id)) throw new Error(`${relative(ROOT, dir)}: ${id} appears twice`);
    ids.add(id);
  }
  for (const patch of k.patches ?? []) {
    const ops = parseAllDocuments(patch.patch)[0].toJS();
    if (!Array.isArray(ops)) throw new Error(`${relative(ROOT, file)}: only JSON 6902 patches (a list of operations) are supported`);
    const matches = objects.filter(
      (o) => (!patch.target.kind || o.kind === patch.target.kind) && (!patch.target.name || o.metadata.name === patch.target.name),
    );
    if (!matches.length) throw new Error(`${relative(ROOT, file)}: patch target ${JSON.stringify(patch.target)} matches nothing`);
    objects = objects.map((o) => (matches.includes(o) ? applyJsonPatch(o, ops, `${relative(ROOT, file)} on ${o.kind}/${o.metadata.name}`) : o));
  }
  for (const image of k.images ?? []) {
    let used = false;
    for (const c of objects.flatMap(containersOf)) {
      const [name] = splitImage(c.image);
      if (name !== image.name) continue;
      used = true;
      c.image = `${image.newName ?? name}${image.digest ? `@${image.digest}` : `:${image.newTag ?? splitImage(c.image)[1]}`}`;
    }
    if (!used) throw new Error(`${relative(ROOT, file)}: image ${image.name} is used by no container`);
  }
  if (k.namespace) {
    for (const o of objects) if (!CLUSTER_SCOPED.has(o.kind)) o.metadata = { ...o.metadata, namespace: k.namespace };
  }
  return objects;
}

function splitImage(image) {
  const at = image.indexOf('@');
  if (at >= 0) return [image.slice(0, at), undefined, image.slice(at + 1)];
  const colon = image.lastIndexOf(':');
  return colon > image.lastIndexOf('/') ? [image.slice(0, colon), image.slice(colon + 1)] : [image, undefined];
}

function containersOf(o) {
  const spec = o.spec?.template?.spec;
  return spec ? [...(spec.initContainers ?? []), ...(spec.containers ?? [])] : [];
}

function applyJsonPatch(object, ops, where) {
  const copy = structuredClone(object);
  for (const op of ops) {
    const keys = op.path
      .split('/')
      .slice(1)
      .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    const last = keys.pop();
    let parent = copy;
    for (const key of keys) {
      if (parent?.[key] === undefined) throw new Error(`${where}: ${op.op} ${op.path}: no such path`);
      parent = parent[key];
    }
    if (op.op === 'add') {
      if (Array.isArray(parent)) parent.splice(last === '-' ? parent.length : Number(last), 0, op.value);
      else parent[last] = op.value;
    } else if (op.op === 'replace' || op.op === 'remove') {
      if (!(last in parent)) throw new Error(`${where}: ${op.op} ${op.path}: no such path`);
      if (op.op === 'replace') parent[last] = op.value;
      else if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
    } else {
      throw new Error(`${where}: operation ${op.op} is not supported`);
    }
  }
  return copy;
}

// -------------------------------------------------------------------------------------- validate

const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
const operatorValidators = Object.fromEntries(Object.entries(OPERATOR_SCHEMAS).map(([key, schema]) => [key, ajv.compile(schema)]));

/** The module of kubernetes-models (or the prometheus-operator models) for an apiVersion. */
async function modelsOf(apiVersion) {
  if (apiVersion.startsWith('monitoring.coreos.com/')) return import(`@kubernetes-models/prometheus-operator/${apiVersion}`);
  return import(`kubernetes-models/${apiVersion}`);
}

/** Problems of one object against its schema; [] when valid. */
export async function validateObject(o) {
  const key = `${o.apiVersion}/${o.kind}`;
  const name = `${o.kind}/${o.metadata?.name}`;
  if (operatorValidators[key]) {
    const validate = operatorValidators[key];
    return validate(o)
      ? []
      : validate.errors.map((e) => `${name}: ${e.instancePath || '/'} ${e.message}${e.params?.additionalProperty ? ` (${e.params.additionalProperty})` : ''}`);
  }
  let Model;
  try {
    Model = (await modelsOf(o.apiVersion))[o.kind];
  } catch {
    Model = undefined;
  }
  if (!Model) return [`${name}: no schema for ${key} (neither kubernetes-models, an operator's model nor schemas/operators.mjs)`];
  try {
    new Model(o).validate();
  } catch (e) {
    return [`${name}: ${String(e.message).split('\n').slice(0, 6).join(' ')}`];
  }
  return [];
}

// ------------------------------------------------------------------------------------ invariants

const byKind = (objects, kind) => objects.filter((o) => o.kind === kind);
const selects = (selector, labels) => Object.entries(selector ?? {}).every(([k, v]) => labels?.[k] === v);

export function invariants(objects, overlay) {
  const problems = [];
  const fail = (message) => problems.push(message);
  const deployments = byKind(objects, 'Deployment');
  const expected = PROCESSES.map((p) => p.name);
  if (JSON.stringify(deployments.map((d) => d.metadata.name).sort()) !== JSON.stringify([...expected].sort())) {
    fail(`Deployments ${deployments.map((d) => d.metadata.name)} are not one per process (${expected})`);
  }
  if (byKind(objects, 'Secret').length) fail('a Secret object is committed (reference secrets created outside the repository)');
  for (const o of objects) {
    if (!['Namespace'].includes(o.kind) && o.metadata.namespace !== (overlay === 'prod' ? 'branch-graph' : `branch-graph-${overlay}`)) {
      fail(`${o.kind}/${o.metadata.name}: namespace ${o.metadata.namespace}`);
    }
  }
  for (const d of deployments) {
    const name = d.metadata.name;
    const process = PROCESSES.find((p) => p.name === name);
    const pod = d.spec.template.spec;
    const labels = d.spec.template.metadata.labels;
    if (pod.securityContext?.runAsNonRoot !== true || !(pod.securityContext?.runAsUser > 0)) fail(`${name}: pod does not run as non-root`);
    if (!pod.topologySpreadConstraints?.some((t) => t.topologyKey === 'kubernetes.io/hostname')) fail(`${name}: no topology spread over nodes`);
    if (!(d.spec.replicas >= 2)) fail(`${name}: fewer than 2 replicas`);
    for (const c of pod.containers) {
      const [, tag, digest] = splitImage(c.image);
      if (!digest && (!tag || tag === 'latest')) fail(`${name}: image ${c.image} has no fixed tag`);
      const sc = c.securityContext ?? {};
      if (sc.readOnlyRootFilesystem !== true) fail(`${name}: root filesystem is writable`);
      if (sc.allowPrivilegeEscalation !== false) fail(`${name}: privilege escalation allowed`);
      if (!sc.capabilities?.drop?.includes('ALL')) fail(`${name}: capabilities not dropped`);
      if (c.readinessProbe?.httpGet?.path !== '/readyz') fail(`${name}: readiness probe is not /readyz`);
      if (c.livenessProbe?.httpGet?.path !== '/healthz') fail(`${name}: liveness probe is not /healthz`);
      for (const k of ['cpu', 'memory']) {
        if (!c.resources?.requests?.[k]) fail(`${name}: no ${k} request`);
        if (!c.resources?.limits?.[k]) fail(`${name}: no ${k} limit`);
      }
      if (!c.volumeMounts?.some((m) => m.mountPath === '/tmp')) fail(`${name}: no writable /tmp under the read-only root`);
      for (const e of c.env ?? []) {
        if (/KEY|SECRET|PASSWORD|TOKEN|DATABASE_URL/.test(e.name) && !e.valueFrom?.secretKeyRef) fail(`${name}: ${e.name} is not taken from a Secret`);
      }
      if (process?.service && !c.env?.some((e) => e.name === 'DATABASE_URL' && e.valueFrom?.secretKeyRef?.name === `${process.service}-db-app`)) {
        fail(`${name}: DATABASE_URL does not come from its service's CloudNativePG cluster's secret`);
      }
      const role = c.env?.find((e) => e.name === 'SERVICE_ROLE')?.value;
      if (process?.service && role !== (process.role === 'events' ? 'events' : 'graph')) fail(`${name}: SERVICE_ROLE is ${role}`);
      if (process?.files) {
        const env = Object.fromEntries((c.env ?? []).map((e) => [e.name, e]));
        if (!env.PUBLIC_URL?.valueFrom?.configMapKeyRef) fail(`${name}: PUBLIC_URL is not configured`);
        if (!env.FILES_SIGNING_KEY?.valueFrom?.secretKeyRef) fail(`${name}: FILES_SIGNING_KEY does not come from a Secret`);
        const dataMount = c.volumeMounts?.find((m) => m.mountPath === env.DATA_DIR?.value);
        const volume = pod.volumes?.find((v) => v.name === dataMount?.name);
        const claim = byKind(objects, 'PersistentVolumeClaim').find((p) => p.metadata.name === volume?.persistentVolumeClaim?.claimName);
        if (!claim) fail(`${name}: DATA_DIR is not on a PersistentVolumeClaim`);
        else if (!claim.spec.accessModes.includes('ReadWriteMany')) fail(`${name}: the archive volume is not ReadWriteMany (several replicas share it)`);
      }
    }
    if (!byKind(objects, 'PodDisruptionBudget').some((p) => selects(p.spec.selector.matchLabels, labels))) fail(`${name}: no PodDisruptionBudget`);
    const hpa = byKind(objects, 'HorizontalPodAutoscaler').find((h) => h.spec.scaleTargetRef.kind === 'Deployment' && h.spec.scaleTargetRef.name === name);
    if (!hpa) fail(`${name}: no HorizontalPodAutoscaler`);
    else {
      if (!hpa.spec.metrics.some((m) => m.resource?.name === 'cpu')) fail(`${name}: HPA without CPU`);
      if (
        process?.role === 'events' &&
        !hpa.spec.metrics.some((m) => m.pods?.metric?.name === 'kafka_consumer_lag' || m.external?.metric?.name === 'kafka_consumer_lag')
      )
        fail(`${name}: HPA without consumer lag`);
    }
    const svc = byKind(objects, 'Service').find((s) => selects(s.spec.selector, labels));
    if (!svc) fail(`${name}: no Service`);
    else if (
      !byKind(objects, 'ServiceMonitor').some(
        (m) => selects(m.spec.selector.matchLabels, svc.metadata.labels) && m.spec.endpoints.some((e) => e.path === '/metrics'),
      )
    )
      fail(`${name}: no ServiceMonitor`);
  }

  // NetworkPolicies: for each process, who may connect.
  const policies = byKind(objects, 'NetworkPolicy');
  const peersOf = (labels) =>
    policies
      .filter((p) => selects(p.spec.podSelector.matchLabels, labels))
      .flatMap((p) => p.spec.ingress ?? [])
      .flatMap((rule) => rule.from ?? [{ anyone: true }]);
  const describe = (peer) =>
    peer.anyone || peer.ipBlock
      ? 'anyone'
      : peer.podSelector && !peer.namespaceSelector
        ? `pods:${JSON.stringify(peer.podSelector.matchLabels)}`
        : `namespace:${peer.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name'] ?? JSON.stringify(peer)}`;
  for (const d of deployments) {
    const name = d.metadata.name;
    const peers = [...new Set(peersOf(d.spec.template.metadata.labels).map(describe))].sort();
    const wanted =
      name === 'gateway'
        ? ['namespace:ingress-nginx', 'namespace:monitoring']
        : name === 'personnel'
          ? ['namespace:ingress-nginx', 'namespace:monitoring', 'pods:{"branch-graph/role":"gateway"}']
          : name.endsWith('-events')
            ? ['namespace:monitoring']
            : ['namespace:monitoring', 'pods:{"branch-graph/role":"gateway"}'];
    if (JSON.stringify(peers) !== JSON.stringify(wanted))
      fail(`${name}: reachable from ${peers.join(', ') || 'anyone (no policy)'}, expected ${wanted.join(', ')}`);
  }
  const ingresses = byKind(objects, 'Ingress');
  const routes = ingresses.flatMap((i) => i.spec.rules.flatMap((r) => r.http.paths.map((p) => `${p.path} -> ${p.backend.service.name}`))).sort();
  if (JSON.stringify(routes) !== JSON.stringify(['/ -> gateway', '/files -> personnel'])) fail(`Ingress routes ${routes}`);

  // Kafka: topics exactly infra/kafka/topics, replicated.
  const topics = readTopics();
  const kafkaTopics = byKind(objects, 'KafkaTopic');
  const names = (list) => list.sort().join(' ');
  if (names(kafkaTopics.map((t) => t.spec.topicName ?? t.metadata.name)) !== names(topics.map((t) => t.name)))
    fail('KafkaTopics differ from infra/kafka/topics');
  for (const t of topics) {
    const k = kafkaTopics.find((x) => (x.spec.topicName ?? x.metadata.name) === t.name);
    if (!k) continue;
    if (k.spec.partitions !== t.partitions) fail(`topic ${t.name}: ${k.spec.partitions} partitions, infra/kafka/topics says ${t.partitions}`);
    if (k.spec.replicas !== 3) fail(`topic ${t.name}: replication factor ${k.spec.replicas}`);
    if (Number(k.spec.config?.['min.insync.replicas']) !== 2) fail(`topic ${t.name}: min.insync.replicas is not 2`);
    for (const [key, value] of Object.entries(t.config)) if (String(k.spec.config?.[key]) !== value) fail(`topic ${t.name}: ${key} differs`);
    if (!t.name.endsWith('.dlt') && !topics.some((x) => x.name === `${t.name}.dlt`)) fail(`topic ${t.name}: no dead-letter topic`);
  }
  const [kafka] = byKind(objects, 'Kafka');
  if (!kafka) fail('no Kafka');
  else {
    const c = kafka.spec.kafka.config;
    if (c['default.replication.factor'] !== 3 || c['min.insync.replicas'] !== 2 || c['auto.create.topics.enable'] !== false)
      fail('Kafka: RF 3, min ISR 2, no topic auto-creation expected');
    const brokers = byKind(objects, 'KafkaNodePool')
      .filter((p) => p.metadata.labels['strimzi.io/cluster'] === kafka.metadata.name && p.spec.roles.includes('broker'))
      .reduce((n, p) => n + p.spec.replicas, 0);
    if (brokers < 3) fail(`Kafka: ${brokers} brokers, replication factor 3 needs 3`);
  }
  if (!kafkaTopics.every((t) => t.metadata.labels?.['strimzi.io/cluster'] === kafka?.metadata.name)) fail('a KafkaTopic does not belong to the Kafka cluster');

  // PostgreSQL: one backed-up cluster per service database and for Keycloak.
  const clusters = byKind(objects, 'Cluster');
  for (const db of [...PROCESSES.filter((p) => p.database).map((p) => p.name), 'keycloak']) {
    const cluster = clusters.find((c) => c.spec.bootstrap?.initdb?.database === db);
    if (!cluster) fail(`no CloudNativePG Cluster for database ${db}`);
    else {
      if (!cluster.spec.backup?.barmanObjectStore?.destinationPath) fail(`${cluster.metadata.name}: no backups`);
      if (!byKind(objects, 'ScheduledBackup').some((b) => b.spec.cluster.name === cluster.metadata.name)) fail(`${cluster.metadata.name}: no ScheduledBackup`);
    }
  }

  // Keycloak: the realm of infra/keycloak.
  const exported = JSON.parse(readFileSync(join(ROOT, 'infra/keycloak/branch-graph-realm.json'), 'utf8'));
  const [keycloak] = byKind(objects, 'Keycloak');
  const [realmImport] = byKind(objects, 'KeycloakRealmImport');
  if (!keycloak || !realmImport) fail('no Keycloak and KeycloakRealmImport');
  else {
    if (realmImport.spec.keycloakCRName !== keycloak.metadata.name) fail('KeycloakRealmImport names another Keycloak');
    const realm = realmImport.spec.realm;
    if (realm.realm !== exported.realm || JSON.stringify(realm.roles) !== JSON.stringify(exported.roles)) fail("the imported realm is not infra/keycloak's");
    if (overlay === 'prod' && (realm.users?.length || realm.clients.some((c) => c.secret))) fail('prod realm carries demo users or client secrets');
    const configMap = byKind(objects, 'ConfigMap').find((c) => c.metadata.name === 'branch-graph');
    if (configMap?.data.KEYCLOAK_URL !== `https://${keycloak.spec.hostname.hostname}`)
      fail(`KEYCLOAK_URL ${configMap?.data.KEYCLOAK_URL} is not Keycloak's hostname`);
    if (configMap?.data.KEYCLOAK_REALM !== exported.realm) fail('KEYCLOAK_REALM is not the realm imported');
  }
  const personnel = byKind(objects, 'ConfigMap').find((c) => c.metadata.name === 'personnel');
  const host = ingresses[0]?.spec.rules[0].host;
  if (personnel?.data.PUBLIC_URL !== `https://${host}`) fail(`PUBLIC_URL ${personnel?.data.PUBLIC_URL} is not the ingress host ${host}`);
  return problems;
}

// ---------------------------------------------------------------------------------------- report

export async function checkOverlay(overlay, objects = render(join(K8S, 'overlays', overlay))) {
  return (await checkOverlays([[overlay, objects]]))[0];
}

/**
 * Reports for several renderings at once ([overlay, objects] each): the operators' models check all
 * their objects in one run of each checker (a JVM and a Go binary), not one per rendering.
 */
export async function checkOverlays(renderings) {
  const typed = [];
  const reports = [];
  for (const [i, [overlay, objects]] of renderings.entries()) {
    const schemaProblems = [];
    for (const o of objects) {
      if (modelCheckerOf(o)) typed.push({ id: `${i}/${o.kind}/${o.metadata?.name}`, object: o });
      else schemaProblems.push(...(await validateObject(o)));
    }
    reports.push({ overlay, objects: objects.length, kinds: countKinds(objects), schemaProblems, invariantProblems: invariants(objects, overlay) });
  }
  for (const [id, problems] of checkWithModels(typed)) {
    const [i, ...name] = id.split('/');
    reports[Number(i)].schemaProblems.push(...problems.map((p) => `${name.join('/')}: ${p}`));
  }
  return reports;
}

function countKinds(objects) {
  const counts = {};
  for (const o of objects) counts[o.kind] = (counts[o.kind] ?? 0) + 1;
  return counts;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const reports = await checkOverlays(OVERLAYS.map((o) => [o, render(join(K8S, 'overlays', o))]));
  if (process.argv.includes('--json')) console.log(JSON.stringify(reports));
  else {
    for (const r of reports) {
      console.log(`${r.overlay}: ${r.objects} objects ${JSON.stringify(r.kinds)}`);
      for (const p of [...r.schemaProblems, ...r.invariantProblems]) console.log(`  ${p}`);
    }
  }
  process.exit(reports.some((r) => r.schemaProblems.length || r.invariantProblems.length) ? 1 : 0);
}
