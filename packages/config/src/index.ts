/**
 * Typed environment parsing. A service declares the variables it reads with a default and a
 * parser; `loadConfig` reads them all and throws one ConfigError listing every bad value, so an
 * operator fixes the environment in one go instead of one crash at a time.
 */

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export interface Setting<T> {
  /** Parses a raw value; throws an Error whose message says what was expected. */
  parse(raw: string): T;
  /** Used when the variable is unset or empty; `undefined` makes the variable required. */
  fallback?: () => T;
}

type Env = Record<string, string | undefined>;

export function loadConfig<S extends Record<string, Setting<unknown>>>(
  schema: S,
  env: Env = process.env,
): { [K in keyof S]: S[K] extends Setting<infer T> ? T : never } {
  const out: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [name, setting] of Object.entries(schema)) {
    const raw = env[name];
    if (raw === undefined || raw === '') {
      if (setting.fallback) out[name] = setting.fallback();
      else problems.push(`${name} is required`);
      continue;
    }
    try {
      out[name] = setting.parse(raw);
    } catch (e) {
      problems.push(`${name}=${JSON.stringify(raw)}: ${(e as Error).message}`);
    }
  }
  if (problems.length) throw new ConfigError(problems);
  return out as never;
}

export function str(fallback?: string): Setting<string> {
  return { parse: (raw) => raw, fallback: fallback === undefined ? undefined : () => fallback };
}

/** An optional string: `undefined` when unset (selects the embedded default). */
export function optional<T>(setting: Setting<T>): Setting<T | undefined> {
  return { parse: setting.parse, fallback: () => undefined };
}

export function int(fallback?: number, { min = -Infinity, max = Infinity } = {}): Setting<number> {
  return {
    parse(raw) {
      if (!/^-?\d+$/.test(raw.trim())) throw new Error('expected an integer');
      const n = Number(raw);
      if (n < min || n > max) throw new Error(`expected an integer between ${min} and ${max}`);
      return n;
    },
    fallback: fallback === undefined ? undefined : () => fallback,
  };
}

export function port(fallback?: number): Setting<number> {
  return int(fallback, { min: 0, max: 65535 });
}

export function bool(fallback?: boolean): Setting<boolean> {
  return {
    parse(raw) {
      const v = raw.trim().toLowerCase();
      if (['1', 'true', 'yes', 'on'].includes(v)) return true;
      if (['0', 'false', 'no', 'off'].includes(v)) return false;
      throw new Error('expected true/false');
    },
    fallback: fallback === undefined ? undefined : () => fallback,
  };
}

export function url(fallback?: string, protocols?: string[]): Setting<string> {
  return {
    parse(raw) {
      let u: URL;
      try {
        u = new URL(raw);
      } catch {
        throw new Error('expected a URL');
      }
      if (protocols && !protocols.includes(u.protocol.replace(/:$/, ''))) {
        throw new Error(`expected a URL with scheme ${protocols.join(' or ')}`);
      }
      return raw.replace(/\/+$/, '');
    },
    fallback: fallback === undefined ? undefined : () => fallback,
  };
}

/** Comma-separated list, e.g. KAFKA_BROKERS=host1:9092,host2:9092. */
export function list(fallback?: string[]): Setting<string[]> {
  return {
    parse(raw) {
      const items = raw
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      if (!items.length) throw new Error('expected a comma-separated list');
      return items;
    },
    fallback: fallback === undefined ? undefined : () => fallback,
  };
}

export function oneOf<T extends string>(values: readonly T[], fallback?: T): Setting<T> {
  return {
    parse(raw) {
      if (!(values as readonly string[]).includes(raw)) throw new Error(`expected one of ${values.join(', ')}`);
      return raw as T;
    },
    fallback: fallback === undefined ? undefined : () => fallback,
  };
}
