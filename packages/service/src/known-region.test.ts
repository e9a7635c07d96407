import { membersOn, regionsOn } from './known-region';

describe("a person's region in force on a day (RegionMemberAssigned)", () => {
  const assignments = [
    { employeeId: 'E1', effectiveFrom: '2026-11-16', regionId: 'R2' },
    { employeeId: 'E1', effectiveFrom: '2026-10-01', regionId: 'R1' },
    { employeeId: 'E2', effectiveFrom: '2026-10-01', regionId: 'R1' },
    { employeeId: 'E2', effectiveFrom: '2026-11-01', regionId: null },
  ];
  it('is the latest assignment on or before the day, whatever the order they arrived in', () => {
    expect(regionsOn(assignments, '2026-11-15').get('E1')).toBe('R1');
    expect(regionsOn(assignments, '2026-11-16').get('E1')).toBe('R2');
  });
  it('is none before the first assignment, and none after a removal', () => {
    expect(regionsOn(assignments, '2026-09-30').has('E1')).toBe(false);
    expect(regionsOn(assignments, '2026-11-01').get('E2')).toBeNull();
  });
  it("lists a region's members on a day", () => {
    expect(membersOn(assignments, new Set(['R1']), '2026-10-15')).toEqual(['E1', 'E2']);
    expect(membersOn(assignments, new Set(['R1']), '2026-11-15')).toEqual(['E1']);
    expect(membersOn(assignments, new Set(['R1', 'R2']), '2026-11-20')).toEqual(['E1']);
  });
});
