/**
 * A service's projection of personnel's organisation (personnel.organisation): branches, teams,
 * groups and outlets as personnel registers them, and each outlet's working hours with the day
 * they apply from (R-2.1: a manager's hours are the outlet's). Personnel owns the organisation;
 * no other service keeps a hand-made copy of it.
 */
import { Entity, Index, PrimaryKey, Property, type EntityManager } from '@mikro-orm/core';
import type { EventHandlers } from '@bg/events';
import { NotFoundError } from '@bg/graphql';

export type UnitKind = 'BRANCH' | 'TEAM' | 'GROUP' | 'OUTLET';

/** A branch, team, group or outlet, as personnel registered it. */
@Entity({ tableName: 'known_unit' })
@Index({ properties: ['branchId', 'kind'] })
export class KnownUnit {
  @PrimaryKey({ type: 'string', length: 36 }) id!: string;
  @Property({ type: 'string', length: 10 }) kind!: UnitKind;
  /** The branch it belongs to (a branch: itself). */
  @Property({ type: 'string', length: 36 }) branchId!: string;
  /** A group's team. */
  @Property({ type: 'string', length: 36, nullable: true }) teamId: string | null = null;
  @Property({ type: 'string', length: 100 }) name!: string;
}

/** An outlet's working hours from effectiveFrom on (until the next change). */
@Entity({ tableName: 'known_outlet_hours' })
export class KnownOutletHours {
  @PrimaryKey({ type: 'string', length: 36 }) outletId!: string;
  @PrimaryKey({ type: 'string', length: 10 }) effectiveFrom!: string;
  @Property({ type: 'string', length: 36 }) branchId!: string;
  @Property({ type: 'string', length: 5 }) opensAt!: string;
  @Property({ type: 'string', length: 5 }) closesAt!: string;
}

/** 团队负责人: a team's lead from effectiveFrom on (until the next appointment), as personnel appointed them. */
@Entity({ tableName: 'known_team_lead' })
export class KnownTeamLead {
  @PrimaryKey({ type: 'string', length: 36 }) teamId!: string;
  @PrimaryKey({ type: 'string', length: 10 }) effectiveFrom!: string;
  @Property({ type: 'string', length: 36 }) branchId!: string;
  @Property({ type: 'string', length: 36 }) employeeId!: string;
}

async function upsertUnit(em: EntityManager, unit: KnownUnit): Promise<void> {
  const row = await em.findOne(KnownUnit, unit.id);
  if (row) Object.assign(row, unit);
  else em.create(KnownUnit, unit);
}

async function setHours(em: EntityManager, h: KnownOutletHours): Promise<void> {
  const row = await em.findOne(KnownOutletHours, { outletId: h.outletId, effectiveFrom: h.effectiveFrom });
  if (row) Object.assign(row, h);
  else em.create(KnownOutletHours, h);
}

/** Keeps the organisation projection; merge into a service's handlers and consume `personnel.organisation`. */
export const organisationHandlers: EventHandlers = {
  async BranchRegistered(em, { data }) {
    await upsertUnit(em, { id: data.branchId, kind: 'BRANCH', branchId: data.branchId, teamId: null, name: data.name });
  },
  async TeamRegistered(em, { data }) {
    await upsertUnit(em, { id: data.teamId, kind: 'TEAM', branchId: data.branchId, teamId: null, name: data.name });
  },
  async GroupRegistered(em, { data }) {
    await upsertUnit(em, { id: data.groupId, kind: 'GROUP', branchId: data.branchId, teamId: data.teamId, name: data.name });
  },
  async OutletRegistered(em, { data }) {
    await upsertUnit(em, { id: data.outletId, kind: 'OUTLET', branchId: data.branchId, teamId: null, name: data.name });
    await setHours(em, { outletId: data.outletId, branchId: data.branchId, effectiveFrom: data.effectiveOn, opensAt: data.opensAt, closesAt: data.closesAt });
  },
  async OutletHoursChanged(em, { data }) {
    await setHours(em, { outletId: data.outletId, branchId: data.branchId, effectiveFrom: data.effectiveOn, opensAt: data.opensAt, closesAt: data.closesAt });
  },
};

/**
 * The team leads projection (`TeamLeadAppointed`): for a service that needs who led a team on a day
 * (attendance: who bears a meeting gap). Add `KnownTeamLead` to its entities and these handlers.
 */
export const teamLeadHandlers: EventHandlers = {
  async TeamLeadAppointed(em, { data }) {
    const row = await em.findOne(KnownTeamLead, { teamId: data.teamId, effectiveFrom: data.effectiveOn });
    if (row) Object.assign(row, { employeeId: data.employeeId, branchId: data.branchId });
    else em.create(KnownTeamLead, { teamId: data.teamId, effectiveFrom: data.effectiveOn, branchId: data.branchId, employeeId: data.employeeId });
  },
};

/** The lead in force on a day from a team's appointments: the latest on or before it; none before the first. */
export function leadOn(appointments: ReadonlyArray<{ effectiveFrom: string; employeeId: string }>, date: string): string | null {
  let lead: { effectiveFrom: string; employeeId: string } | null = null;
  for (const a of appointments) if (a.effectiveFrom <= date && (!lead || a.effectiveFrom > lead.effectiveFrom)) lead = a;
  return lead?.employeeId ?? null;
}

/** Each team's lead in force on its day (`[teamId, date]` pairs), by one query. */
export async function teamLeadsOn(em: EntityManager, asked: ReadonlyArray<{ teamId: string; date: string }>): Promise<Array<string | null>> {
  if (!asked.length) return [];
  const rows = await em.find(KnownTeamLead, { teamId: { $in: [...new Set(asked.map((a) => a.teamId))] } });
  return asked.map((a) =>
    leadOn(
      rows.filter((r) => r.teamId === a.teamId),
      a.date,
    ),
  );
}

/** A unit of the organisation by id and kind; NOT_FOUND when personnel has not registered it (yet). */
export async function knownUnit(em: EntityManager, kind: UnitKind, id: string): Promise<KnownUnit> {
  const unit = await em.findOne(KnownUnit, { id, kind });
  if (!unit) throw new NotFoundError(kind === 'BRANCH' ? 'Branch' : kind === 'TEAM' ? 'Team' : kind === 'GROUP' ? 'Group' : 'Outlet', id);
  return unit;
}

export interface Hours {
  opensAt: string;
  closesAt: string;
}

/**
 * The hours in force at each outlet on a day: the latest change on or before it; an outlet whose
 * first hours start later (registered after that day) has those.
 */
export async function outletHoursOn(em: EntityManager, outletIds: string[], date: string): Promise<Map<string, Hours>> {
  const out = new Map<string, Hours>();
  if (!outletIds.length) return out;
  const rows = await em.find(KnownOutletHours, { outletId: { $in: [...new Set(outletIds)] } }, { orderBy: { outletId: 'asc', effectiveFrom: 'asc' } });
  for (const r of rows) {
    if (!out.has(r.outletId) || r.effectiveFrom <= date) out.set(r.outletId, { opensAt: r.opensAt, closesAt: r.closesAt });
  }
  return out;
}
