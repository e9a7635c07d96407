/** The company at scale (DEMO_COMPANY=scale) that the load tests run on, and the small demo company beside it. */
const load = (scale: boolean): typeof import('./demo-company') => {
  let company!: typeof import('./demo-company');
  const before = process.env.DEMO_COMPANY;
  if (scale) process.env.DEMO_COMPANY = 'scale';
  else delete process.env.DEMO_COMPANY;
  jest.isolateModules(() => {
    company = jest.requireActual('./demo-company');
  });
  if (before === undefined) delete process.env.DEMO_COMPANY;
  else process.env.DEMO_COMPANY = before;
  return company;
};

describe('the demo company', () => {
  it('is three branches, 45 client managers and no generated users by default', () => {
    const c = load(false);
    expect(c.DEMO_BRANCHES.map((b) => b.id)).toEqual(['SZ01', 'GZ01', 'SH01']);
    expect(c.DEMO_EMPLOYEES).toHaveLength(45);
    expect(c.SCALE_USERS).toEqual([]);
    expect(c.DEMO_METRICS_MONTHS).toEqual(c.DEMO_MONTHS);
  });

  it('at scale: 50 branches, over 10,000 client managers, a year of figures, the demo company unchanged inside it', () => {
    const small = load(false);
    const c = load(true);
    expect(c.DEMO_BRANCHES).toHaveLength(50);
    expect(c.DEMO_EMPLOYEES.length).toBeGreaterThanOrEqual(10_000);
    expect(new Set(c.DEMO_EMPLOYEES.map((e) => e.id)).size).toBe(c.DEMO_EMPLOYEES.length);
    expect(c.DEMO_EMPLOYEES.slice(0, 45)).toEqual(small.DEMO_EMPLOYEES);
    expect(c.DEMO_METRICS_MONTHS).toHaveLength(12);
    expect(c.DEMO_METRICS_MONTHS.at(-1)).toBe('2026-10');
  });

  it('at scale: every user names an employee of its branch (and team), and every branch can close, compute and sign its month', () => {
    const c = load(true);
    const employees = new Map([...c.DEMO_EMPLOYEES, ...c.DEMO_STAFF].map((e) => [e.id, e]));
    expect(new Set(c.SCALE_USERS.map((u) => u.username)).size).toBe(c.SCALE_USERS.length);
    for (const u of c.SCALE_USERS) {
      const e = employees.get(u.employee_id);
      expect(e?.branchId).toBe(u.branch_id);
      if (u.team_id) expect((e as { teamId?: string }).teamId).toBe(u.team_id);
    }
    const usernames = new Set(c.SCALE_USERS.map((u) => u.username));
    for (const b of c.DEMO_BRANCHES.slice(3)) {
      for (const prefix of ['fin', 'dep', 'mgr', 'clerk']) expect(usernames.has(`${prefix}.${b.id.toLowerCase()}`)).toBe(true);
    }
    const led = new Set(c.SCALE_USERS.filter((u) => u.roles.includes('team-lead')).map((u) => u.team_id));
    expect(c.DEMO_TEAMS.filter((t) => !led.has(t.id)).map((t) => t.id)).toEqual(['SZ01-T1']); // tl.wang's, a demo user
  });
});
