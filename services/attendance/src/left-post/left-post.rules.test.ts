import { leftPost } from './left-post.rules';

describe('leaving the post found by a patrol (R-2.1, R-2.4)', () => {
  const leaves = [
    { employeeId: 'E2', startDate: '2026-11-10', endDate: '2026-11-12', halfDay: null },
    { employeeId: 'E3', startDate: '2026-11-11', endDate: '2026-11-11', halfDay: 'PM' as const },
  ];
  const slips = [{ employeeId: 'E4', date: '2026-11-11', timeOut: '10:00', timeBack: '11:30' }];
  it('records the missing without leave or a visit at that time', () => {
    expect(leftPost(['E1', 'E2', 'E3', 'E4'], '2026-11-11', '10:30', leaves, slips)).toEqual({
      leftPost: ['E1', 'E3'],
      excused: [
        { employeeId: 'E2', excuse: 'ON_LEAVE' },
        { employeeId: 'E4', excuse: 'ON_VISIT' },
      ],
    });
  });
  it('a half day of leave covers its half only; a visit slip its hours only', () => {
    expect(leftPost(['E3', 'E4'], '2026-11-11', '14:00', leaves, slips)).toEqual({ leftPost: ['E4'], excused: [{ employeeId: 'E3', excuse: 'ON_LEAVE' }] });
  });
});
