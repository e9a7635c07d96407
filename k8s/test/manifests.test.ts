/**
 * The k8s/ manifests, rendered and checked by k8s/check.mjs (plain ES modules: kubernetes-models is
 * published as ES modules only, so it runs in a child Node process rather than in jest's module
 * system): every overlay renders, every object validates against its schema, the invariants hold,
 * and the generated files (processes, topics, realm imports) are up to date. Then the checks are
 * shown to bite: broken copies of the prod overlay are refused.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One KafkaTopic per line of infra/kafka/topics (each topic and its .dlt). */
const TOPIC_COUNT = readFileSync(join(__dirname, '..', '..', 'infra', 'kafka', 'topics'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#')).length;

const ROOT = join(__dirname, '..', '..');
/** Time allowed for a check that may first build the model checkers (k8s/models/run.mjs); warm runs take seconds. */
const MODEL_BUILD_MS = 15 * 60_000;

interface Report {
  overlay: string;
  objects: number;
  kinds: Record<string, number>;
  schemaProblems: string[];
  invariantProblems: string[];
}

function node(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  // The first run builds the operators' model checkers (Maven and Go downloads, javac, go build): minutes on a loaded machine.
  const r = spawnSync(process.execPath, args, { cwd: ROOT, input, encoding: 'utf8', timeout: MODEL_BUILD_MS });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Renders prod once per mutation (JS over `objects`), applies it and checks the result; all of them in
 * one child process (loading kubernetes-models takes seconds). Returns the problems per mutation.
 */
function checkMutated(mutations: string[]): string[][] {
  const script = `
    import { render, checkOverlays } from './k8s/check.mjs';
    const renderings = [];
    for (const mutate of [${mutations.map((m) => `(objects, find) => { ${m}; }`).join(',\n')}]) {
      const objects = render('k8s/overlays/prod');
      const find = (kind, name) => objects.find((o) => o.kind === kind && (!name || o.metadata.name === name));
      mutate(objects, find);
      renderings.push(['prod', objects]);
    }
    const reports = await checkOverlays(renderings);
    console.log(JSON.stringify(reports.map((r) => [...r.schemaProblems, ...r.invariantProblems])));`;
  const r = node(['--input-type=module', '-'], script);
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as string[][];
}

describe('k8s manifests', () => {
  let reports: Report[];
  beforeAll(() => {
    reports = JSON.parse(
      execFileSync(process.execPath, ['k8s/check.mjs', '--json'].map(String), { cwd: ROOT, encoding: 'utf8', timeout: MODEL_BUILD_MS }).trim() || '[]',
    ) as Report[];
  }, MODEL_BUILD_MS);

  it('renders dev and prod, every object valid and every invariant kept', () => {
    expect(reports.map((r) => r.overlay)).toEqual(['dev', 'prod']);
    for (const r of reports) {
      console.log(`${r.overlay}: ${r.objects} objects, ${r.schemaProblems.length} schema problems, ${r.invariantProblems.length} broken invariants`);
      expect({ overlay: r.overlay, problems: [...r.schemaProblems, ...r.invariantProblems] }).toEqual({ overlay: r.overlay, problems: [] });
      expect(r.kinds).toMatchObject({
        Deployment: 9,
        Service: 9,
        HorizontalPodAutoscaler: 9,
        PodDisruptionBudget: 9,
        ServiceMonitor: 9,
        Kafka: 1,
        KafkaNodePool: 1,
        KafkaTopic: TOPIC_COUNT,
        Keycloak: 1,
        KeycloakRealmImport: 1,
        Cluster: 5,
        ScheduledBackup: 5,
        PersistentVolumeClaim: 1,
        Ingress: 1,
        NetworkPolicy: 4,
      });
      expect(r.kinds.Secret).toBeUndefined();
    }
  });

  it('has the generated files up to date (node k8s/generate.mjs)', () => {
    const r = node(['k8s/generate.mjs', '--check']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  const broken: Array<[string, string, RegExp]> = [
    [
      'a writable root filesystem',
      "find('Deployment', 'personnel').spec.template.spec.containers[0].securityContext.readOnlyRootFilesystem = false",
      /personnel: root filesystem is writable/,
    ],
    ['a root user', "find('Deployment', 'gateway').spec.template.spec.securityContext.runAsNonRoot = false", /gateway: pod does not run as non-root/],
    [
      'a latest tag',
      "find('Deployment', 'attendance').spec.template.spec.containers[0].image = 'branch-graph/attendance:latest'",
      /attendance: image .* has no fixed tag/,
    ],
    [
      "a service's events half serving the graph",
      "find('Deployment', 'attendance-events').spec.template.spec.containers[0].env.find((e) => e.name === 'SERVICE_ROLE').value = 'graph'",
      /attendance-events: SERVICE_ROLE is graph/,
    ],
    ['no memory limit', "delete find('Deployment', 'recruitment').spec.template.spec.containers[0].resources.limits.memory", /recruitment: no memory limit/],
    [
      'a wrong readiness path',
      "find('Deployment', 'performance').spec.template.spec.containers[0].readinessProbe.httpGet.path = '/healthz'",
      /performance: readiness probe is not \/readyz/,
    ],
    ['a missing PDB', "objects.splice(objects.indexOf(find('PodDisruptionBudget', 'gateway')), 1)", /gateway: no PodDisruptionBudget/],
    [
      'a subgraph open to every pod',
      "find('NetworkPolicy', 'subgraphs-from-gateway-and-monitoring').spec.ingress[0].from.push({ podSelector: {} })",
      /attendance: reachable from .*expected/,
    ],
    [
      'a secret value in the environment',
      "find('Deployment', 'personnel').spec.template.spec.containers[0].env.find((e) => e.name === 'FILES_SIGNING_KEY').valueFrom = undefined",
      /FILES_SIGNING_KEY is not taken from a Secret/,
    ],
    [
      'a Secret object',
      "objects.push({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 's', namespace: 'branch-graph' }, stringData: { a: 'b' } })",
      /a Secret object is committed/,
    ],
    ['a topic missing', "objects.splice(objects.indexOf(find('KafkaTopic', 'attendance.duty.dlt')), 1)", /KafkaTopics differ from infra\/kafka\/topics/],
    ['a topic with RF 1', "find('KafkaTopic', 'personnel.employee').spec.replicas = 1", /topic personnel.employee: replication factor 1/],
    // Strimzi's model classes (io.strimzi:api, Jackson, strict)
    [
      'an unknown field in a KafkaTopic (Strimzi model)',
      "find('KafkaTopic', 'personnel.employee').spec.replicationFactor = 3",
      /KafkaTopic\/personnel.employee: \/spec\/replicationFactor: unknown field \(not in KafkaTopicSpec\)/,
    ],
    [
      'a mistyped Kafka listener port (Strimzi model)',
      "find('Kafka').spec.kafka.listeners[0].port = '9092'",
      /Kafka\/branch-graph: \/spec\/kafka\/listeners\/0\/port: Cannot coerce String value/,
    ],
    [
      'a misspelt KafkaNodePool volume field (Strimzi model)',
      "find('KafkaNodePool').spec.storage.volumes[0].deleteClam = false",
      /KafkaNodePool\/dual-role: \/spec\/storage\/volumes\/0\/deleteClam: unknown field/,
    ],
    [
      'an unknown Kafka listener type (Strimzi model)',
      "find('Kafka').spec.kafka.listeners[0].type = 'internl'",
      /Kafka\/branch-graph: \/spec\/kafka\/listeners\/0\/type: /,
    ],
    // CloudNativePG's API types (Go, UnmarshalStrict)
    [
      'a misspelt Cluster backup field (CloudNativePG model)',
      "find('Cluster', 'personnel-db').spec.backup.barmanObjectStore.wal.compresion = 'gzip'",
      /Cluster\/personnel-db: .*unknown field "compresion"/,
    ],
    [
      "a mistyped Cluster's instances (CloudNativePG model)",
      "find('Cluster', 'keycloak-db').spec.instances = '2'",
      /Cluster\/keycloak-db: .*instances.* of type int/,
    ],
    [
      'an unknown ScheduledBackup field (CloudNativePG model)',
      "find('ScheduledBackup', 'personnel-db-daily').spec.imediate = true",
      /ScheduledBackup\/personnel-db-daily: .*unknown field "imediate"/,
    ],
    // The Keycloak operator's resources (schemas/operators.mjs: no published model)
    ['a mistyped Keycloak field', "find('Keycloak').spec.instances = '2'", /Keycloak\/keycloak: \/spec\/instances must be integer/],
    ['an unknown Keycloak field', "find('Keycloak').spec.hostnme = {}", /Keycloak\/keycloak: \/spec must NOT have additional properties \(hostnme\)/],
    ['a cluster without backups', "delete find('Cluster', 'performance-db').spec.backup", /performance-db: no backups/],
    ['a mistyped Deployment field', "find('Deployment', 'gateway').spec.replicas = 'three'", /Deployment\/gateway: .*replicas must be integer/],
    [
      'an unknown kind',
      "objects.push({ apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w', namespace: 'branch-graph' }, spec: {} })",
      /Widget\/w: no schema/,
    ],
  ];
  let refused: string[][];
  beforeAll(() => {
    refused = checkMutated(broken.map(([, mutation]) => mutation));
  }, MODEL_BUILD_MS);
  it.each(broken.map(([what, , problem], i) => [what, i, problem] as const))('refuses %s', (_what, i, problem) => {
    expect(refused[i]).toEqual(expect.arrayContaining([expect.stringMatching(problem)]));
  });
});
