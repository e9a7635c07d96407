import { minutesOf } from '../common/dates';

export interface SlipInput {
  date: string;
  destination: string;
  personVisited: string;
  contact: string;
  purpose: string;
  timeOut: string;
  timeBack: string;
}

const LIMITS: Array<[keyof SlipInput, number, string]> = [
  ['destination', 200, 'the destination'],
  ['personVisited', 100, 'the person visited'],
  ['contact', 100, "the visited person's contact details"],
  ['purpose', 500, 'the purpose of the visit'],
];

/** Every problem of a slip: all fields filled, times in order, filed before going out. */
export function slipProblems(s: SlipInput, now: { date: string; time: string }): Array<{ field: string; problem: string }> {
  const problems: Array<{ field: string; problem: string }> = [];
  for (const [field, max, what] of LIMITS) {
    const v = String(s[field] ?? '').trim();
    if (!v) problems.push({ field, problem: `give ${what}` });
    else if (v.length > max) problems.push({ field, problem: `at most ${max} characters` });
  }
  const contact = String(s.contact ?? '').trim();
  if (contact && (contact.match(/\d/g) ?? []).length < 5) problems.push({ field: 'contact', problem: 'give a phone number to reach the person visited' });
  const out = minutesOf(s.timeOut);
  const back = minutesOf(s.timeBack);
  if (out === null) problems.push({ field: 'timeOut', problem: `"${s.timeOut}" is not a time; write HH:MM` });
  if (back === null) problems.push({ field: 'timeBack', problem: `"${s.timeBack}" is not a time; write HH:MM` });
  if (out !== null && back !== null && back <= out) problems.push({ field: 'timeBack', problem: 'the time back must be after the time out' });
  if (out !== null && (s.date < now.date || (s.date === now.date && s.timeOut <= now.time))) {
    problems.push({ field: 'timeOut', problem: 'a slip is filed before going out, not afterwards' });
  }
  return problems;
}
