/**
 * The images (infra/docker/<process>.Dockerfile), checked without a docker engine: each file is
 * parsed into instructions (continuation lines joined, comments dropped) and its invariants are
 * asserted: one file per process, multi-stage, the Node major of .nvmrc with a fixed tag, production
 * dependencies only, the runtime stage owning no build tools or sources it does not need, a
 * non-root numeric user, a HEALTHCHECK on /healthz, and the process's own entry point in exec form.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const DOCKER = join(ROOT, 'infra', 'docker');
const PROCESSES: Record<string, string> = {
  gateway: 'gateway',
  personnel: 'services/personnel',
  attendance: 'services/attendance',
  performance: 'services/performance',
  recruitment: 'services/recruitment',
};

interface Instruction {
  op: string;
  args: string;
}

export function parseDockerfile(text: string): Instruction[] {
  const lines: string[] = [];
  let current = '';
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd();
    if (!current && /^\s*(#|$)/.test(line)) continue;
    if (line.endsWith('\\')) {
      current += `${line.slice(0, -1)} `;
      continue;
    }
    lines.push(current + line);
    current = '';
  }
  if (current) lines.push(current);
  return lines.map((l) => {
    const m = /^\s*(\w+)\s+(.*)$/s.exec(l);
    if (!m) throw new Error(`not an instruction: ${l}`);
    return { op: m[1].toUpperCase(), args: m[2].replace(/\s+/g, ' ').trim() };
  });
}

/** The instructions of each stage (from its FROM to the next). */
function stages(instructions: Instruction[]): Instruction[][] {
  const result: Instruction[][] = [];
  for (const i of instructions) {
    if (i.op === 'FROM') result.push([]);
    if (!result.length) throw new Error(`${i.op} before FROM`);
    result[result.length - 1].push(i);
  }
  return result;
}

const nodeMajor = readFileSync(join(ROOT, '.nvmrc'), 'utf8').trim().split('.')[0];

describe('Dockerfiles', () => {
  it('are one per process, and nothing else', () => {
    expect(
      readdirSync(DOCKER)
        .filter((f) => f.endsWith('Dockerfile'))
        .sort(),
    ).toEqual(
      Object.keys(PROCESSES)
        .map((p) => `${p}.Dockerfile`)
        .sort(),
    );
    expect(existsSync(join(ROOT, '.dockerignore'))).toBe(true);
    expect(readFileSync(join(ROOT, '.dockerignore'), 'utf8')).toMatch(/node_modules[\s\S]*dist/);
  });

  describe.each(Object.entries(PROCESSES))('%s', (name, dir) => {
    const instructions = parseDockerfile(readFileSync(join(DOCKER, `${name}.Dockerfile`), 'utf8'));
    const all = stages(instructions);
    const runtime = all[all.length - 1];
    const args = (stage: Instruction[], op: string) => stage.filter((i) => i.op === op).map((i) => i.args);

    it('is multi-stage, on the Node LTS of .nvmrc with fixed tags', () => {
      expect(all.length).toBeGreaterThanOrEqual(2);
      for (const from of args(instructions, 'FROM')) {
        const image = from.split(' ')[0];
        expect(image).toMatch(new RegExp(`^node:${nodeMajor}\\.\\d+\\.\\d+-[a-z]+(-slim)?$`));
      }
      expect(args(runtime, 'FROM')[0]).toMatch(/-slim /);
    });

    it('builds with every dependency, then keeps production dependencies only', () => {
      const build = all[0];
      const run = args(build, 'RUN').join(' && ');
      expect(run).toMatch(/npm ci /);
      expect(run).toMatch(new RegExp(`turbo run build --filter=@bg/${name}\\.\\.\\.`));
      expect(run).toMatch(new RegExp(`npm ci --omit=dev .*--workspace @bg/${name}`));
      expect(run.indexOf('--omit=dev')).toBeGreaterThan(run.indexOf('turbo run build'));
    });

    it('copies into the runtime only the built stage, never the build context', () => {
      for (const copy of args(runtime, 'COPY')) expect(copy).toMatch(/^--from=build /);
      expect(args(runtime, 'RUN').join(' ')).not.toMatch(/npm (ci|install)/);
      expect(args(runtime, 'COPY').some((c) => c.endsWith(`./${dir}`))).toBe(true);
    });

    it('runs as a non-root numeric user, with a HEALTHCHECK on /healthz and its own entry point', () => {
      const users = args(runtime, 'USER');
      expect(users).toHaveLength(1);
      expect(users[0]).toMatch(/^[1-9]\d*(:[1-9]\d*)?$/);
      // USER comes after the last RUN, so nothing later runs as root.
      expect(runtime.findIndex((i) => i.op === 'USER')).toBeGreaterThan(runtime.map((i) => i.op).lastIndexOf('RUN'));
      const [health] = args(runtime, 'HEALTHCHECK');
      expect(health).toMatch(/CMD \["node", "-e", ".*\/healthz/);
      expect(args(runtime, 'CMD')).toEqual([`["node", "${dir}/dist/main.js"]`]);
      expect(existsSync(join(ROOT, dir, 'src', 'main.ts'))).toBe(true);
      expect(args(runtime, 'ENV').join(' ')).toMatch(/NODE_ENV=production/);
      expect(args(runtime, 'ENV').join(' ')).toMatch(/HOST=0\.0\.0\.0/);
    });

    it('writes only to /data and /tmp (a read-only root filesystem works)', () => {
      // The runtime's files belong to root (COPY without --chown); the user owns only DATA_DIR.
      for (const copy of args(runtime, 'COPY')) expect(copy).not.toMatch(/--chown/);
      expect(args(runtime, 'RUN').join(' ')).toMatch(/chown 1000:1000 \/data$/);
    });
  });
});
