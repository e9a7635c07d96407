/**
 * Whether a manager belongs in a month's payroll or a period's assessment by their hire date
 * (EmployeeHired.hiredOn): someone hired after the last day of the month is not part of it, so
 * nothing (attendance close, CRM line) is expected of them. Unknown hire dates (rows from before
 * the date was kept) count as employed.
 */
export function hiredBy(hiredOn: string | null | undefined, month: string): boolean {
  return !hiredOn || hiredOn.slice(0, 7) <= month;
}
