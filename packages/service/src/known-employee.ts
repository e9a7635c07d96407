import { Entity, PrimaryKey, Property, type EntityManager } from '@mikro-orm/core';
import { canSeePerson, type Placement, type Principal } from '@bg/auth';
import { arrayLiteral, findDetached, isPostgres } from '@bg/db';
import { beforeBatchCommit, transactionQuery, type EventEnvelope, type EventHandlers } from '@bg/events';
import { addDays, ForbiddenError, NotFoundError, oneByKey, type RequestContext } from '@bg/graphql';
import { recordFactChange } from './employee-periods';
import { inManagedRegion } from './known-region';

/**
 * A service's local projection of personnel's employees (from `personnel.employee` events):
 * enough to place a person in the organisation for access checks, without calling personnel.
 */
@Entity({ tableName: 'known_employee' })
export class KnownEmployee implements Placement {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 100 })
  name!: string;

  @Property({ type: 'string', length: 36, index: true })
  branchId!: string;

  @Property({ type: 'string', length: 36, nullable: true, index: true })
  teamId: string | null = null;

  @Property({ type: 'string', length: 36, nullable: true })
  groupId: string | null = null;

  @Property({ type: 'string', length: 20 })
  status!: string;

  /** Events applied to this row: a redelivered event must not move it. */
  @Property({ type: 'integer' })
  version = 0;

  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();
}

/** A KnownEmployee's columns: the managed entity, or in a batch a plain row. */
type KnownRow = Pick<KnownEmployee, 'id' | 'name' | 'branchId' | 'teamId' | 'groupId' | 'status' | 'version' | 'updatedAt'>;

/**
 * The rows an inbox batch touches, per transaction's EntityManager: prefetched as plain rows (absent
 * ones as null), changed in memory by the handlers, written with one upsert before the batch
 * commits, instead of one managed entity each (the unit of work costs more than the queries).
 * Inside a batch, read KnownEmployee only through these handlers: the rows are not in the
 * EntityManager and reach the database just before the commit.
 */
interface Batch {
  rows: Map<string, KnownRow | null>;
  changed: Set<KnownRow>;
}
const batches = new WeakMap<EntityManager, Batch>();

async function findKnown(em: EntityManager, id: string): Promise<KnownRow | null> {
  const batch = batches.get(em);
  return batch?.rows.has(id) ? batch.rows.get(id)! : em.findOne(KnownEmployee, id);
}

function createKnown(em: EntityManager, id: string): KnownRow {
  const batch = batches.get(em);
  if (!batch) return em.create(KnownEmployee, { id } as KnownEmployee);
  const row = { id, version: 0 } as KnownRow;
  batch.rows.set(id, row);
  return row;
}

function update(em: EntityManager, row: KnownRow, changes: Partial<KnownRow>): void {
  Object.assign(row, changes, { version: row.version + 1, updatedAt: new Date() });
  batches.get(em)?.changed.add(row);
}

/**
 * Loads the rows a batch of personnel.employee events touches in one query; inside an inbox
 * batch (`inboxBatchHandler`) the handlers then change them in memory and one multi-row upsert
 * writes them before the commit. Outside a batch it does nothing: the handlers use the unit of work.
 */
export async function prefetchKnownEmployees(em: EntityManager, events: EventEnvelope[]): Promise<void> {
  const ids = [...new Set(events.map((e) => (e.data as { employeeId?: string }).employeeId).filter((id): id is string => !!id))];
  if (!ids.length) return;
  const batch: Batch = { rows: new Map(ids.map((id) => [id, null])), changed: new Set() };
  if (!beforeBatchCommit(em, () => upsertKnown(em, [...batch.changed]))) return;
  // Plain rows, no entities: the ORM's criteria and hydration cost more than the query.
  const columns = 'id, name, branch_id as "branchId", team_id as "teamId", group_id as "groupId", status, version';
  const rows = isPostgres(em)
    ? await transactionQuery<KnownRow>(em, `select ${columns} from known_employee where id = any(?::varchar[])`, [
        arrayLiteral(
          ids.map((id) => ({ id })),
          'id',
        ),
      ])
    : await transactionQuery<KnownRow>(em, `select ${columns} from known_employee where id in (${ids.map(() => '?').join(', ')})`, ids);
  for (const row of rows) batch.rows.set(row.id, { ...row, version: Number(row.version) });
  batches.set(em, batch);
}

const SET_ALL = `on conflict (id) do update set name = excluded.name, branch_id = excluded.branch_id, team_id = excluded.team_id,
  group_id = excluded.group_id, status = excluded.status, version = excluded.version, updated_at = excluded.updated_at`;

/** Writes a batch's changed rows in one statement (PostgreSQL: the columns as arrays; SQLite: VALUES, 1000 rows each). */
async function upsertKnown(em: EntityManager, rows: KnownRow[]): Promise<void> {
  if (!rows.length) return;
  if (isPostgres(em)) {
    const column = (k: keyof KnownRow) => arrayLiteral(rows, k);
    await transactionQuery(
      em,
      `insert into known_employee (id, name, branch_id, team_id, group_id, status, version, updated_at)
       select * from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::int[], ?::timestamptz[]) ${SET_ALL}`,
      [column('id'), column('name'), column('branchId'), column('teamId'), column('groupId'), column('status'), column('version'), column('updatedAt')],
    );
    return;
  }
  const platform = em.getPlatform();
  for (let i = 0; i < rows.length; i += 1000) {
    const chunk = rows.slice(i, i + 1000);
    const params: unknown[] = [];
    for (const r of chunk) params.push(r.id, r.name, r.branchId, r.teamId, r.groupId, r.status, r.version, platform.processDateProperty(r.updatedAt));
    await transactionQuery(
      em,
      `insert into known_employee (id, name, branch_id, team_id, group_id, status, version, updated_at)
       values ${chunk.map(() => '(?, ?, ?, ?, ?, ?, ?, ?)').join(', ')} ${SET_ALL}`,
      params,
    );
  }
}

/**
 * Keeps KnownEmployee (who is where now, for access checks) and the employee's periods (what was in
 * force when, for computations: see employee-periods) up to date; merge these into a service's
 * consumed-event handlers.
 */
export const knownEmployeeHandlers: EventHandlers = {
  async EmployeeHired(em, { id, data }) {
    const row = (await findKnown(em, data.employeeId)) ?? createKnown(em, data.employeeId);
    update(em, row, { name: data.name, branchId: data.branchId, teamId: data.teamId, groupId: data.groupId, status: data.status });
    await recordFactChange(em, data.employeeId, id, row.version, {
      kind: 'HIRED',
      effectiveOn: data.hiredOn,
      changes: {
        branchId: data.branchId,
        teamId: data.teamId,
        groupId: data.groupId,
        outletId: data.outletId,
        level: data.level,
        employmentType: data.employmentType,
        status: data.status,
        post: data.post ?? 'CLIENT_MANAGER',
      },
    });
  },
  async EmployeeTransferred(em, { id, data }) {
    const row = await findKnown(em, data.employeeId);
    if (!row) throw new Error(`EmployeeTransferred for unknown employee ${data.employeeId}`);
    update(em, row, { branchId: data.branchId, teamId: data.teamId, groupId: data.groupId });
    await recordFactChange(em, data.employeeId, id, row.version, {
      kind: 'TRANSFERRED',
      effectiveOn: data.effectiveOn,
      changes: { branchId: data.branchId, teamId: data.teamId, groupId: data.groupId, outletId: data.outletId },
    });
  },
  async LevelChanged(em, { id, data }) {
    const row = await findKnown(em, data.employeeId);
    if (!row) throw new Error(`LevelChanged for unknown employee ${data.employeeId}`);
    update(em, row, {});
    await recordFactChange(em, data.employeeId, id, row.version, { kind: 'LEVEL_CHANGED', effectiveOn: data.effectiveOn, changes: { level: data.to } });
  },
  async EmployeeDeparted(em, { id, data }) {
    const row = await findKnown(em, data.employeeId);
    if (!row) throw new Error(`EmployeeDeparted for unknown employee ${data.employeeId}`);
    update(em, row, { status: 'DEPARTED' });
    // departedOn is the last day employed: DEPARTED from the day after.
    await recordFactChange(em, data.employeeId, id, row.version, {
      kind: 'DEPARTED',
      effectiveOn: addDays(data.departedOn, 1),
      changes: { status: 'DEPARTED' },
    });
  },
};

export async function knownEmployee(em: EntityManager, id: string): Promise<KnownEmployee> {
  const row = await em.findOne(KnownEmployee, id);
  if (!row) throw new NotFoundError('Employee', id);
  return row;
}

/** The employee as this service knows them, if the caller may see them (self, group, team, branch, all). */
export async function visibleKnownEmployee(em: EntityManager, principal: Principal, id: string): Promise<KnownEmployee> {
  const row = await knownEmployee(em, id);
  if (!canSeePerson(principal, row) && !(await inManagedRegion(em, principal, id))) throw new ForbiddenError(`You may not see employee ${id}`);
  return row;
}

/** The request's known employees by id, loaded by one query per level of the plan (null when unknown); read-only (detached). */
export function loadKnownEmployee(ctx: Pick<RequestContext, 'em' | 'loaders'>, id: string): Promise<KnownEmployee | null> {
  const { em } = ctx;
  return ctx.loaders
    .get<string, KnownEmployee | null>('knownEmployee', async (ids) =>
      oneByKey(ids, await findDetached(em, KnownEmployee, { id: { $in: [...ids] } }), (k) => k.id),
    )
    .load(id);
}

/**
 * `visibleKnownEmployee` for field resolvers of many parents: the same rule (NOT_FOUND when unknown,
 * FORBIDDEN when out of the caller's scope), the rows loaded in batches through the request's loaders.
 */
export async function visibleKnown(ctx: Pick<RequestContext, 'em' | 'principal' | 'loaders'>, id: string): Promise<KnownEmployee> {
  const row = await loadKnownEmployee(ctx, id);
  if (!row) throw new NotFoundError('Employee', id);
  if (!canSeePerson(ctx.principal, row) && !(await inManagedRegion(ctx.em, ctx.principal, id))) throw new ForbiddenError(`You may not see employee ${id}`);
  return row;
}
