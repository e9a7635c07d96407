import { attendanceProblems, completionRate, resultProblems, sessionTimeProblems } from './training.rules';

const enrolments = [
  { personId: 'E1', attended: null, passed: null },
  { personId: 'E2', attended: false, passed: null },
  { personId: 'E3', attended: true, passed: true },
];

describe('training results', () => {
  it('are taken for enrolled people who did not miss the session, once each', () => {
    expect(resultProblems([{ personId: 'E1', score: 80, passed: true }], enrolments)).toEqual([]);
    expect(
      resultProblems(
        [
          { personId: 'X9', passed: true },
          { personId: 'E2', passed: true },
          { personId: 'E3', passed: false },
          { personId: 'E1', score: 120, passed: true },
        ],
        enrolments,
      ),
    ).toEqual([
      { field: 'results[0]', problem: 'X9 is not enrolled in this session' },
      { field: 'results[1]', problem: 'E2 was recorded absent from this session' },
      { field: 'results[2]', problem: 'E3 already has a result for this session' },
      { field: 'results[3].score', problem: 'a score is between 0 and 100' },
    ]);
    expect(
      resultProblems(
        [
          { personId: 'E1', passed: true },
          { personId: 'E1', passed: true },
        ],
        enrolments,
      )[0].problem,
    ).toBe('E1 appears twice');
    expect(resultProblems([], enrolments)[0].field).toBe('results');
  });

  it('attendance only for enrolled people; someone with a result attended', () => {
    expect(
      attendanceProblems(
        [
          { personId: 'E1', attended: true },
          { personId: 'E2', attended: true },
        ],
        enrolments,
      ),
    ).toEqual([]);
    expect(
      attendanceProblems(
        [
          { personId: 'X9', attended: true },
          { personId: 'E3', attended: false },
        ],
        enrolments,
      ).map((p) => p.problem),
    ).toEqual(['X9 is not enrolled in this session', 'E3 has a result; they attended']);
  });
});

describe('sessions and completion', () => {
  it('have a start before the end, as HH:MM', () => {
    expect(sessionTimeProblems('09:00', '11:30')).toEqual([]);
    expect(sessionTimeProblems('9:00', '11:30')[0].field).toBe('startsAt');
    expect(sessionTimeProblems('14:00', '09:00')[0].problem).toContain('ends after');
  });

  it('counts people with at least one passed result', () => {
    expect(
      completionRate(4, [
        { employeeId: 'a', passed: true },
        { employeeId: 'a', passed: true },
        { employeeId: 'b', passed: false },
        { employeeId: 'c', passed: true },
      ]),
    ).toEqual({ trained: 2, rate: 0.5 });
    expect(completionRate(0, [])).toEqual({ trained: 0, rate: 0 });
  });
});
