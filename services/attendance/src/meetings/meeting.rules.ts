import { addDays, firstDay, lastDay, weekStart } from '../common/dates';
import { MeetingKind, MorningAgendaItem } from './meeting.entity';

/** The slot a meeting on a date fills: the day, its week's Monday, or its month. */
export function slotOf(kind: MeetingKind, date: string): string {
  if (kind === MeetingKind.WEEKLY) return weekStart(date);
  if (kind === MeetingKind.MONTHLY) return date.slice(0, 7);
  return date;
}

export interface ExpectedSlot {
  kind: MeetingKind;
  slot: string;
  /** First and last day the meeting could be held. */
  from: string;
  to: string;
}

/**
 * The meetings a month expects that are due by `today` (their last possible day is past):
 * a morning meeting per branch working day, a weekly meeting per week whose Monday is in the
 * month, and the monthly meeting once the month is over.
 */
export function expectedSlots(
  month: string,
  workingDays: readonly string[],
  today: string,
  kinds: MeetingKind[] = [MeetingKind.MORNING, MeetingKind.WEEKLY, MeetingKind.MONTHLY],
): ExpectedSlot[] {
  const out: ExpectedSlot[] = [];
  if (kinds.includes(MeetingKind.MORNING)) {
    for (const d of [...workingDays].sort()) if (d.startsWith(month) && d < today) out.push({ kind: MeetingKind.MORNING, slot: d, from: d, to: d });
  }
  if (kinds.includes(MeetingKind.WEEKLY)) {
    for (let monday = weekStart(firstDay(month)); monday <= lastDay(month); monday = addDays(monday, 7)) {
      if (monday < firstDay(month)) continue;
      const sunday = addDays(monday, 6);
      if (sunday < today) out.push({ kind: MeetingKind.WEEKLY, slot: monday, from: monday, to: sunday });
    }
  }
  if (kinds.includes(MeetingKind.MONTHLY) && lastDay(month) < today)
    out.push({ kind: MeetingKind.MONTHLY, slot: month, from: firstDay(month), to: lastDay(month) });
  return out;
}

/** A morning meeting's minutes cover all five agenda items. */
export function agendaProblems(
  kind: MeetingKind,
  agenda: ReadonlyArray<{ item: MorningAgendaItem; notes: string }>,
): Array<{ field: string; problem: string }> {
  if (kind !== MeetingKind.MORNING) return [];
  const covered = new Set(agenda.filter((a) => a.notes.trim()).map((a) => a.item));
  const missing = Object.values(MorningAgendaItem).filter((i) => !covered.has(i));
  return missing.length ? [{ field: 'agenda', problem: `the morning meeting's minutes miss ${missing.join(', ')}` }] : [];
}
