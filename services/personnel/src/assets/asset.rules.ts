import { HEAD_OFFICE_ROLES, hasRole, type Placement, type Principal } from '@bg/auth';
import { AssetLossKind, AssetMovement, AssetStatus } from './asset.entity';

/**
 * Pure rules of the asset ledger (R-3.x): state transitions, who may do what, CSV text.
 * No database here; the resolver applies them.
 */

/** The status an item must be in for a movement, and the status it has afterwards. */
export function transition(status: AssetStatus, movement: AssetMovement, lossKind?: AssetLossKind): { to: AssetStatus } | { problem: string } {
  switch (movement) {
    case AssetMovement.REGISTERED:
      return { problem: 'an item is registered once, when it enters the ledger' };
    case AssetMovement.ISSUED:
      return status === AssetStatus.IN_STOCK ? { to: AssetStatus.ISSUED } : { problem: `only an item in stock can be issued; it is ${status}` };
    case AssetMovement.RETURNED:
      return status === AssetStatus.ISSUED ? { to: AssetStatus.IN_STOCK } : { problem: `only an issued item can be returned; it is ${status}` };
    case AssetMovement.HANDED_OVER:
      return status === AssetStatus.ISSUED ? { to: AssetStatus.ISSUED } : { problem: `only an issued item can be handed over; it is ${status}` };
    case AssetMovement.CHARGED:
      if (status === AssetStatus.WRITTEN_OFF) return { problem: 'the item is already written off' };
      return { to: lossKind === AssetLossKind.DAMAGE ? status : AssetStatus.WRITTEN_OFF };
  }
}

/** A charge is a positive whole number of fen. */
export function amountProblem(amountFen: number): string | null {
  if (!Number.isSafeInteger(amountFen)) return 'the amount is a whole number of fen';
  if (amountFen <= 0) return 'the amount charged must be more than 0 fen';
  return null;
}

const isKeeperOf = (p: Principal, branchId: string) => hasRole(p, 'asset-keeper') && p.branchId === branchId;
const isTeamLeadOf = (p: Principal, teamId: string | null) => hasRole(p, 'team-lead') && p.teamId !== null && p.teamId === teamId;

/** Register, hand over, charge: the branch's asset keeper (R-3.2: the designated person keeps the ledger). */
export function canKeepLedger(p: Principal, branchId: string): boolean {
  return isKeeperOf(p, branchId);
}

/**
 * Issue and return: the asset keeper of the branch, or the team lead (R-3.1: responsible for the
 * team's items) when the item belongs to their team and, for an issue, the receiver is in it too.
 */
export function canMoveItem(p: Principal, item: { branchId: string; teamId: string | null }, receiver?: { teamId: string | null }): boolean {
  if (isKeeperOf(p, item.branchId)) return true;
  return isTeamLeadOf(p, item.teamId) && (receiver === undefined || isTeamLeadOf(p, receiver.teamId));
}

const BRANCH_READERS = ['asset-keeper', 'branch-manager', 'branch-deputy-manager'] as const;

/**
 * Who may read a branch's ledger: head office (all branches); the asset keeper, branch manager and
 * deputy of the branch; a team lead for their own team only. Returns the team filter to apply
 * (forced to the lead's team), or null when refused.
 */
export function ledgerReadScope(p: Principal, branchId: string, teamId?: string | null): { teamId: string | null } | null {
  if (hasRole(p, ...HEAD_OFFICE_ROLES)) return { teamId: teamId ?? null };
  if (p.branchId === branchId && hasRole(p, ...BRANCH_READERS)) return { teamId: teamId ?? null };
  if (hasRole(p, 'team-lead') && p.teamId !== null && p.branchId === branchId && (!teamId || teamId === p.teamId)) return { teamId: p.teamId };
  return null;
}

/** Who may see the items someone holds: the readers of the ledger covering them, and the holder. */
export function canSeeHeldAssets(p: Principal, person: Placement): boolean {
  if (p.employeeId !== null && p.employeeId === person.id) return true;
  if (hasRole(p, ...HEAD_OFFICE_ROLES)) return true;
  if (p.branchId === person.branchId && hasRole(p, ...BRANCH_READERS)) return true;
  return isTeamLeadOf(p, person.teamId);
}

/** One CSV field (RFC 4180): quoted when it holds a comma, quote, CR or LF; quotes doubled. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  // A text cell starting like a formula would run in a spreadsheet: make it plain text.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * CSV text: a header row, then the rows; CRLF line ends (what spreadsheets expect), and a UTF-8
 * byte order mark first: without it Excel reads the file in the system code page (GB18030 on
 * Chinese Windows) and garbles the Chinese headers.
 */
export function toCsv(header: string[], rows: Array<Array<string | number | null | undefined>>): string {
  return '\uFEFF' + [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** The work date (Asia/Shanghai) of an instant, and it as local time `YYYY-MM-DD HH:MM:SS`: @bg/graphql's. */
export { localDate, localDateTime } from '@bg/graphql';

export const MOVEMENT_LABEL: Record<AssetMovement, string> = {
  [AssetMovement.REGISTERED]: '登记入库',
  [AssetMovement.ISSUED]: '领用',
  [AssetMovement.RETURNED]: '归还',
  [AssetMovement.HANDED_OVER]: '交接',
  [AssetMovement.CHARGED]: '赔偿',
};
export const LOSS_LABEL: Record<AssetLossKind, string> = {
  [AssetLossKind.DAMAGE]: '损坏',
  [AssetLossKind.LOSS]: '丢失',
  [AssetLossKind.THEFT]: '被盗',
};
