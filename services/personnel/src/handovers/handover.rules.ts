/**
 * a handover signed by both (issue 16 item 9), as small pure functions: the one handing over
 * and the one receiving each acknowledge the act in the graph; until both have, it is PENDING.
 */
export type HandoverStatus = 'PENDING' | 'ACKNOWLEDGED';

export interface HandoverState {
  fromEmployeeId: string;
  toEmployeeId: string;
  fromAcknowledgedAt: Date | null;
  toAcknowledgedAt: Date | null;
}

export type AckRefusal = { code: 'FORBIDDEN' | 'CONFLICT'; message: string };

/** Which side the employee acknowledges for, or why not. */
export function acknowledgement(h: HandoverState, employeeId: string | null): { side: 'from' | 'to' } | AckRefusal {
  const side = employeeId === h.fromEmployeeId ? 'from' : employeeId === h.toEmployeeId ? 'to' : null;
  if (!side) return { code: 'FORBIDDEN', message: 'Only the one handing over and the one receiving acknowledge a handover' };
  if ((side === 'from' ? h.fromAcknowledgedAt : h.toAcknowledgedAt) !== null) {
    return {
      code: 'CONFLICT',
      message: side === 'from' ? 'You already acknowledged handing these items over' : 'You already acknowledged receiving these items',
    };
  }
  return { side };
}

export const handoverStatus = (h: Pick<HandoverState, 'fromAcknowledgedAt' | 'toAcknowledgedAt'>): HandoverStatus =>
  h.fromAcknowledgedAt && h.toAcknowledgedAt ? 'ACKNOWLEDGED' : 'PENDING';
