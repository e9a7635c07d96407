import { acknowledgement, handoverStatus } from './handover.rules';

const h = { fromEmployeeId: 'E1001', toEmployeeId: 'E1004', fromAcknowledgedAt: null as Date | null, toAcknowledgedAt: null as Date | null };

describe('a handover signed by both (R-3.2)', () => {
  it('is acknowledged by each party once, and only by them', () => {
    expect(acknowledgement(h, 'E1001')).toEqual({ side: 'from' });
    expect(acknowledgement(h, 'E1004')).toEqual({ side: 'to' });
    expect(acknowledgement(h, 'E1903')).toMatchObject({ code: 'FORBIDDEN' });
    expect(acknowledgement(h, null)).toMatchObject({ code: 'FORBIDDEN' });
    expect(acknowledgement({ ...h, fromAcknowledgedAt: new Date() }, 'E1001')).toMatchObject({ code: 'CONFLICT' });
  });
  it('is pending until both acknowledged', () => {
    expect(handoverStatus(h)).toBe('PENDING');
    expect(handoverStatus({ ...h, fromAcknowledgedAt: new Date() })).toBe('PENDING');
    expect(handoverStatus({ fromAcknowledgedAt: new Date(), toAcknowledgedAt: new Date() })).toBe('ACKNOWLEDGED');
  });
});
