import { MeetingKind, MorningAgendaItem } from './meeting.entity';
import { agendaProblems, expectedSlots, slotOf } from './meeting.rules';

describe('meeting rules (R-2.6)', () => {
  it('fills the slot of its day, week or month', () => {
    expect(slotOf(MeetingKind.MORNING, '2027-03-10')).toBe('2027-03-10');
    expect(slotOf(MeetingKind.WEEKLY, '2027-03-10')).toBe('2027-03-08');
    expect(slotOf(MeetingKind.MONTHLY, '2027-03-10')).toBe('2027-03');
  });

  it('expects what is due by today: mornings of working days, weeks by their Monday, the month once over', () => {
    const slots = expectedSlots('2027-03', ['2027-03-01', '2027-03-02', '2027-03-31'], '2027-03-20');
    expect(slots.map((s) => `${s.kind} ${s.slot}`)).toEqual(['MORNING 2027-03-01', 'MORNING 2027-03-02', 'WEEKLY 2027-03-01', 'WEEKLY 2027-03-08']);
    const after = expectedSlots('2027-03', [], '2027-04-05');
    expect(after.map((s) => `${s.kind} ${s.slot}`)).toEqual([
      'WEEKLY 2027-03-01',
      'WEEKLY 2027-03-08',
      'WEEKLY 2027-03-15',
      'WEEKLY 2027-03-22',
      'WEEKLY 2027-03-29',
      'MONTHLY 2027-03',
    ]);
  });

  it("wants all five agenda items in a morning meeting's minutes", () => {
    const four = [
      MorningAgendaItem.MARKET_NEWS,
      MorningAgendaItem.HEAD_OFFICE_AND_PRODUCTS,
      MorningAgendaItem.PROGRESS_REPORTS,
      MorningAgendaItem.SALES_CASES,
    ].map((item) => ({ item, notes: 'x' }));
    expect(agendaProblems(MeetingKind.MORNING, four)).toEqual([{ field: 'agenda', problem: "the morning meeting's minutes miss MORALE" }]);
    expect(agendaProblems(MeetingKind.MORNING, [...four, { item: MorningAgendaItem.MORALE, notes: '加油' }])).toEqual([]);
    expect(agendaProblems(MeetingKind.WEEKLY, [])).toEqual([]);
  });
});
