#!/usr/bin/env node
// The operators' published models as checkers of k8s/'s resources (used by k8s/check.mjs):
//   Strimzi       io.strimzi:api (Maven Central), Jackson, strimzi/StrimziCheck.java  Kafka, KafkaNodePool, KafkaTopic
//   CloudNativePG github.com/cloudnative-pg/cloudnative-pg/api/v1 (Go module proxy),   Cluster, ScheduledBackup
//                 sigs.k8s.io/yaml UnmarshalStrict, cnpg/main.go
// Each decodes strictly: an unknown field or a mistyped value is a problem.
//
// Built on first use, or with `node k8s/models/run.mjs --build` (.ci/run does it before jest):
// Maven resolves the classpath into ~/.m2 and javac compiles into k8s/.cache/strimzi; the Go module
// cache (go env GOMODCACHE) holds the modules and `go build` writes k8s/.cache/cnpg/cnpg-check. A
// stamp per checker (sha256 of its sources, pom, go.mod and go.sum) decides when to rebuild.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MODELS = dirname(fileURLToPath(import.meta.url));
const CACHE = process.env.BG_K8S_CACHE ?? join(MODELS, '..', '.cache');

/** API groups whose resources the published models check (the Keycloak operator's stay with schemas/operators.mjs). */
export const MODEL_GROUPS = { 'kafka.strimzi.io': 'strimzi', 'postgresql.cnpg.io': 'cnpg' };

export const modelCheckerOf = (o) => MODEL_GROUPS[String(o?.apiVersion ?? '').split('/')[0]];

function run(command, args, options = {}) {
  const r = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 256 << 20, ...options });
  if (r.error) throw new Error(`${command}: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${r.status}:\n${(r.stderr || r.stdout).slice(-4000)}`);
  return r.stdout;
}

const hashOf = (files) => {
  const h = createHash('sha256');
  for (const f of files)
    h.update(f)
      .update('\0')
      .update(readFileSync(join(MODELS, f)));
  return h.digest('hex');
};

/** One builder at a time (jest workers, parallel runs): a lock directory, waited on. */
function withLock(name, fn) {
  mkdirSync(CACHE, { recursive: true });
  const lock = join(CACHE, `${name}.lock`);
  const deadline = Date.now() + 20 * 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock left by a killed build is stale after 20 minutes.
      if (Date.now() - statSync(lock, { throwIfNoEntry: false })?.mtimeMs > 20 * 60_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${lock}`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Builds a checker if its stamp is stale; returns the command that runs it. */
const BUILDERS = {
  strimzi() {
    const dir = join(CACHE, 'strimzi');
    const stamp = join(dir, 'stamp');
    const hash = hashOf(['strimzi/pom.xml', 'strimzi/StrimziCheck.java']);
    const classpathFile = join(dir, 'classpath');
    const classes = join(dir, 'classes');
    if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== hash) {
      withLock('strimzi', () => {
        if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return;
        rmSync(dir, { recursive: true, force: true });
        mkdirSync(classes, { recursive: true });
        run('mvn', ['-q', '-B', '-f', join(MODELS, 'strimzi', 'pom.xml'), 'dependency:build-classpath', `-Dmdep.outputFile=${classpathFile}`], {
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        run('javac', ['-nowarn', '-cp', readFileSync(classpathFile, 'utf8').trim(), '-d', classes, join(MODELS, 'strimzi', 'StrimziCheck.java')]);
        writeFileSync(stamp, hash);
      });
    }
    const cp = `${classes}:${readFileSync(classpathFile, 'utf8').trim()}`;
    // A short-lived JVM: no JIT tiers beyond C1, a small serial heap; slf4j's no-provider notice silenced.
    return ['java', ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-Xss4m', '-Dslf4j.internal.verbosity=ERROR', '-cp', cp, 'StrimziCheck']];
  },
  cnpg() {
    const dir = join(CACHE, 'cnpg');
    const stamp = join(dir, 'stamp');
    const binary = join(dir, 'cnpg-check');
    const hash = hashOf(['cnpg/go.mod', 'cnpg/go.sum', 'cnpg/main.go']);
    if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== hash || !existsSync(binary)) {
      withLock('cnpg', () => {
        if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash && existsSync(binary)) return;
        mkdirSync(dir, { recursive: true });
        run('go', ['build', '-o', binary, '.'], { cwd: join(MODELS, 'cnpg'), env: { ...process.env, GOFLAGS: '-mod=readonly' } });
        writeFileSync(stamp, hash);
      });
    }
    return [binary, []];
  },
};

/** Builds both checkers (a no-op when up to date). */
export function buildModelCheckers() {
  return Object.fromEntries(Object.entries(BUILDERS).map(([name, build]) => [name, build()]));
}

/**
 * Checks resources with the operators' models. `items`: [{ id, object }] of kinds in MODEL_GROUPS;
 * returns Map id -> problems (JSON pointer, then the decoder's message).
 */
export function checkWithModels(items) {
  const results = new Map(items.map((i) => [i.id, []]));
  for (const [name, build] of Object.entries(BUILDERS)) {
    const mine = items.filter((i) => modelCheckerOf(i.object) === name);
    if (!mine.length) continue;
    const [command, args] = build();
    const stdout = run(command, args, { input: mine.map((i) => JSON.stringify(i)).join('\n') + '\n' });
    const lines = stdout.split('\n').filter(Boolean);
    if (lines.length !== mine.length) throw new Error(`${name} checker answered ${lines.length} lines for ${mine.length} objects: ${stdout.slice(0, 2000)}`);
    for (const line of lines) {
      const { id, problems } = JSON.parse(line);
      results.get(id).push(...problems);
    }
  }
  return results;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1] && process.argv.includes('--build')) {
  const t0 = Date.now();
  buildModelCheckers();
  console.log(`operator model checkers (Strimzi io.strimzi:api, CloudNativePG api/v1) ready in ${((Date.now() - t0) / 1000).toFixed(0)} s (${CACHE})`);
}
