import { Writable } from 'node:stream';
import { LOG_STRING_LIMIT, createLogger, safeLogLine, scrubSecrets, setLogDestination } from './index';

const JWT = 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl';

describe('what a log line may hold', () => {
  it('masks JWT-shaped strings, bearer credentials and resident ID numbers', () => {
    expect(scrubSecrets(`token ${JWT} end`)).toBe('token [token] end');
    expect(scrubSecrets('authorization: Bearer abcdefghijklmnop')).toBe('authorization: Bearer [token]');
    expect(scrubSecrets("insert into employee (id_number) values ('44030519900307451X')")).toBe("insert into employee (id_number) values ('[id-number]')");
    expect(scrubSecrets('id 440305199003074514,')).toBe('id [id-number],');
    // not an ID number: longer digit runs, and short ones
    expect(scrubSecrets('seq 1234567890123456789 and 12345')).toBe('seq 1234567890123456789 and 12345');
  });

  it('cuts long strings of long lines, keeping the line JSON', () => {
    const line = `${JSON.stringify({ level: 50, msg: 'failed', err: { message: `select * from candidate where name like '${'%_'.repeat(2_000_000)}'` } })}\n`;
    const safe = safeLogLine(line);
    expect(safe.length).toBeLessThan(LOG_STRING_LIMIT * 3);
    const parsed = JSON.parse(safe);
    expect(parsed.err.message).toMatch(/^select \* from candidate where name like '%_%_/);
    expect(parsed.err.message).toContain('more characters]');
  });

  it('applies to every logger: the Authorization header redacted, errors scrubbed', async () => {
    const lines: string[] = [];
    setLogDestination(new Writable({ write: (c, _e, done) => (lines.push(String(c)), done()) }));
    try {
      const logger = createLogger('test');
      logger.warn({ req: { headers: { authorization: `Bearer ${JWT}` } } }, 'a request');
      logger.error({ err: new Error(`duplicate key 44030519900307451X for ${JWT}; ${'x'.repeat(5_000)}`) }, 'failed');
    } finally {
      setLogDestination(undefined);
    }
    const text = lines.join('');
    expect(lines).toHaveLength(2);
    expect(text).not.toContain('eyJ');
    expect(text).not.toContain('44030519900307451X');
    expect(text).toContain('[redacted]');
    expect(lines[1].length).toBeLessThan(4_000);
  });
});
