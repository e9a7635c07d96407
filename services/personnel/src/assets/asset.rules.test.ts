import { principalFromClaims } from '@bg/auth';
import { AssetLossKind, AssetMovement, AssetStatus } from './asset.entity';
import { amountProblem, canMoveItem, canSeeHeldAssets, csvField, ledgerReadScope, localDate, localDateTime, toCsv, transition } from './asset.rules';

const p = (roles: string[], extra: Record<string, string> = {}) => principalFromClaims({ sub: 'u', realm_access: { roles }, branch_id: 'SZ01', ...extra });

describe('asset ledger transitions', () => {
  it('moves items only from the right state', () => {
    expect(transition(AssetStatus.IN_STOCK, AssetMovement.ISSUED)).toEqual({ to: AssetStatus.ISSUED });
    expect(transition(AssetStatus.ISSUED, AssetMovement.ISSUED)).toHaveProperty('problem');
    expect(transition(AssetStatus.ISSUED, AssetMovement.RETURNED)).toEqual({ to: AssetStatus.IN_STOCK });
    expect(transition(AssetStatus.IN_STOCK, AssetMovement.RETURNED)).toHaveProperty('problem');
    expect(transition(AssetStatus.ISSUED, AssetMovement.HANDED_OVER)).toEqual({ to: AssetStatus.ISSUED });
    expect(transition(AssetStatus.IN_STOCK, AssetMovement.HANDED_OVER)).toHaveProperty('problem');
    expect(transition(AssetStatus.WRITTEN_OFF, AssetMovement.ISSUED)).toHaveProperty('problem');
    expect(transition(AssetStatus.IN_STOCK, AssetMovement.REGISTERED)).toHaveProperty('problem');
  });

  it('writes off lost and stolen items, keeps damaged ones', () => {
    expect(transition(AssetStatus.ISSUED, AssetMovement.CHARGED, AssetLossKind.DAMAGE)).toEqual({ to: AssetStatus.ISSUED });
    expect(transition(AssetStatus.ISSUED, AssetMovement.CHARGED, AssetLossKind.LOSS)).toEqual({ to: AssetStatus.WRITTEN_OFF });
    expect(transition(AssetStatus.IN_STOCK, AssetMovement.CHARGED, AssetLossKind.THEFT)).toEqual({ to: AssetStatus.WRITTEN_OFF });
    expect(transition(AssetStatus.WRITTEN_OFF, AssetMovement.CHARGED, AssetLossKind.DAMAGE)).toHaveProperty('problem');
  });

  it('charges a positive whole number of fen', () => {
    expect(amountProblem(1)).toBeNull();
    expect(amountProblem(0)).toMatch(/more than 0/);
    expect(amountProblem(-100)).toMatch(/more than 0/);
    expect(amountProblem(1.5)).toMatch(/whole/);
  });
});

describe('asset roles', () => {
  const keeper = p(['asset-keeper']);
  const lead = p(['team-lead'], { team_id: 'SZ01-T1' });
  it('lets the keeper move any item of the branch and a team lead within the team', () => {
    expect(canMoveItem(keeper, { branchId: 'SZ01', teamId: null })).toBe(true);
    expect(canMoveItem(keeper, { branchId: 'GZ01', teamId: null })).toBe(false);
    expect(canMoveItem(lead, { branchId: 'SZ01', teamId: 'SZ01-T1' }, { teamId: 'SZ01-T1' })).toBe(true);
    expect(canMoveItem(lead, { branchId: 'SZ01', teamId: 'SZ01-T1' }, { teamId: 'SZ01-T2' })).toBe(false);
    expect(canMoveItem(lead, { branchId: 'SZ01', teamId: null })).toBe(false);
  });

  it('scopes ledger reads', () => {
    expect(ledgerReadScope(keeper, 'SZ01')).toEqual({ teamId: null });
    expect(ledgerReadScope(keeper, 'GZ01')).toBeNull();
    expect(ledgerReadScope(p(['branch-deputy-manager']), 'SZ01', 'SZ01-T2')).toEqual({ teamId: 'SZ01-T2' });
    expect(ledgerReadScope(lead, 'SZ01')).toEqual({ teamId: 'SZ01-T1' });
    expect(ledgerReadScope(lead, 'SZ01', 'SZ01-T2')).toBeNull();
    expect(ledgerReadScope(p(['brokerage-office'], { branch_id: 'HQ' }), 'GZ01')).toEqual({ teamId: null });
    expect(ledgerReadScope(p(['client-manager'], { employee_id: 'E1', team_id: 'SZ01-T1' }), 'SZ01')).toBeNull();
    expect(ledgerReadScope(p(['archive-clerk']), 'SZ01')).toBeNull();
  });

  it('lets a manager see their own items only', () => {
    const cm = p(['client-manager'], { employee_id: 'E1', team_id: 'SZ01-T1' });
    expect(canSeeHeldAssets(cm, { id: 'E1', branchId: 'SZ01', teamId: 'SZ01-T1', groupId: null })).toBe(true);
    expect(canSeeHeldAssets(cm, { id: 'E2', branchId: 'SZ01', teamId: 'SZ01-T1', groupId: null })).toBe(false);
    expect(canSeeHeldAssets(lead, { id: 'E2', branchId: 'SZ01', teamId: 'SZ01-T1', groupId: null })).toBe(true);
  });
});

describe('CSV', () => {
  it('escapes commas, quotes and line breaks', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(-5)).toBe('-5');
  });

  it('turns formula-looking text into plain text', () => {
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField('@cmd')).toBe("'@cmd");
    expect(csvField('-1,2')).toBe(`"'-1,2"`);
  });

  it('writes a byte order mark, a header row and CRLF lines', () => {
    expect(
      toCsv(
        ['名称', '金额'],
        [
          ['笔记本, 14寸', 500000],
          ['x', null],
        ],
      ),
    ).toBe('\uFEFF名称,金额\r\n"笔记本, 14寸",500000\r\nx,\r\n');
  });

  it('starts with the UTF-8 byte order mark Excel needs to read the Chinese headers', () => {
    const bytes = Buffer.from(toCsv(['日期时间', '物品名称'], [['2026-11-01 09:00:00', '笔记本']]), 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8').split('\r\n')[0]).toBe('日期时间,物品名称');
  });

  it('formats times in Asia/Shanghai', () => {
    const at = new Date('2026-10-31T17:05:09Z');
    expect(localDate(at)).toBe('2026-11-01');
    expect(localDateTime(at)).toBe('2026-11-01 01:05:09');
  });
});
