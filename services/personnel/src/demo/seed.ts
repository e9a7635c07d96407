import type { EntityManager } from '@mikro-orm/core';
import {
  DEMO_BRANCHES,
  DEMO_EMPLOYEES,
  DEMO_GROUPS,
  DEMO_HEAD_OFFICE,
  DEMO_OUTLETS,
  DEMO_REGIONS,
  DEMO_STAFF,
  DEMO_TEAM_LEADS,
  DEMO_TEAMS,
  flushEvery,
} from '@bg/service';
import { appointLead } from '../team-leads/team-lead.resolver';
import { assignRegion, createRegionRow } from '../regions/region.resolver';
import { Branch, Group, Outlet, Team } from '../organisation/organisation.entity';
import { registerBranch, registerGroup, registerOutlet, registerTeam } from '../organisation/organisation.setup';
import { EmployeeStatus, EmploymentType, StaffPost } from '../employees/employee.entity';
import { hire } from '../employees/employee-lifecycle';
import { ArchiveDocument, DocumentKind } from '../archives/archive-document.entity';
import { CERTIFICATE_KINDS, CONTRACT_KINDS, requiredDocuments } from '../archives/archive.rules';
import { EmploymentContract } from '../contracts/contract.entity';
import { addDays, kindFor, termsSince } from '../contracts/contract.rules';
import { localDate } from '../assets/asset.rules';

/** A valid-looking demo ID number (Shenzhen Futian area code, born 1990, check digit computed). */
export function demoIdNumber(n: number): string {
  const body = `440304199001${String(1 + (n % 28)).padStart(2, '0')}${String(100 + n)
    .padStart(3, '0')
    .slice(-3)}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((s, w, i) => s + w * Number(body[i]), 0);
  return body + '10X98765432'[sum % 11];
}

/**
 * Loads the demo company into an empty database. Hires go through the outbox like real ones,
 * so the other services learn the employees from `EmployeeHired` events. Everyone has the
 * contract their employment type signs, renewed every year since the hire up to the one
 * in force today (the real date in Asia/Shanghai when seeded), so the contracts whose hire
 * anniversary is near show in `expiringContracts`; the seed's contracts send no ContractSigned.
 */
export async function seedDemoCompany(em: EntityManager, now: Date = new Date()): Promise<void> {
  const today = localDate(now);
  if (await em.count(Branch, {})) return;
  // The organisation goes out on personnel.organisation like any other (the outlets' hours in force since 2019).
  [...DEMO_BRANCHES, DEMO_HEAD_OFFICE].forEach((b) => registerBranch(em, em.create(Branch, b)));
  DEMO_TEAMS.forEach((t) => registerTeam(em, em.create(Team, t)));
  DEMO_GROUPS.forEach((g) => registerGroup(em, em.create(Group, g), DEMO_TEAMS.find((t) => t.id === g.teamId)!.branchId));
  DEMO_OUTLETS.forEach((o) => registerOutlet(em, em.create(Outlet, o), '2019-01-01'));
  // Branch and head-office staff are employees too (their names on signatures, reports and audit rows).
  DEMO_STAFF.forEach((d, i) => {
    hire(
      em,
      {
        id: d.id,
        name: d.name,
        branchId: d.branchId,
        teamId: null,
        groupId: null,
        outletId: null,
        level: 'STAFF',
        post: d.post as StaffPost,
        employmentType: EmploymentType.FULL_TIME,
        status: EmployeeStatus.ACTIVE,
        hiredOn: d.hiredOn,
        idNumber: demoIdNumber(500 + i),
      },
      'demo',
    );
  });
  for (const [i, d] of DEMO_EMPLOYEES.entries()) {
    await flushEvery(em, i);
    const e = hire(em, { ...d, employmentType: d.employmentType as EmploymentType, status: EmployeeStatus.ACTIVE, idNumber: demoIdNumber(i) }, 'demo');
    // Most archives are complete; every fourth lacks its guarantee documents.
    for (const kind of requiredDocuments(e.employmentType)) {
      if (CONTRACT_KINDS.includes(kind)) continue; // filed as a contract below
      if (i % 4 === 3 && (kind === DocumentKind.GUARANTEE_LETTER || kind === DocumentKind.GUARANTOR_ID_COPY)) continue;
      em.create(ArchiveDocument, {
        employeeId: e.id,
        kind,
        title: kind,
        originalStoredAt: `${e.branchId} 档案柜 A-${String(i).padStart(3, '0')}`,
        addedBy: 'clerk.arc',
        ...(CERTIFICATE_KINDS.includes(kind) ? { genuine: true, verifiedBy: 'clerk.arc', verifiedAt: new Date(`${e.hiredOn}T02:00:00Z`) } : {}),
      } as ArchiveDocument);
    }
    let previous: EmploymentContract | null = null;
    for (const term of termsSince(e.hiredOn, today)) {
      const contract: EmploymentContract = em.create(EmploymentContract, {
        employeeId: e.id,
        branchId: e.branchId,
        kind: kindFor(e.employmentType),
        signedOn: addDays(term.startsOn, -3),
        ...term,
        originalFiledAt: `${e.branchId} 档案柜 A-${String(i).padStart(3, '0')}`,
        previousContractId: previous?.id ?? null,
        nextContractId: null,
        recordedBy: 'clerk.arc',
        recordedAt: now,
      });
      if (previous) previous.nextContractId = contract.id;
      previous = contract;
    }
  }
  // The teams' leads (团队负责人), effective-dated, out on personnel.organisation.
  for (const l of DEMO_TEAM_LEADS) appointLead(em, { ...l, branchId: DEMO_TEAMS.find((t) => t.id === l.teamId)!.branchId, appointedBy: 'demo' });
  // The regions (区域) with their regional managers and members, out on personnel.organisation (issue 16 item 4).
  for (const r of DEMO_REGIONS) {
    const branchId = DEMO_TEAMS.find((t) => t.id === r.teamId)!.branchId;
    createRegionRow(em, { id: r.id, teamId: r.teamId, branchId, name: r.name, managerId: r.managerId, createdBy: 'demo' });
    for (const employeeId of r.memberIds)
      assignRegion(em, { employeeId, regionId: r.id, teamId: r.teamId, branchId, effectiveOn: r.effectiveOn, assignedBy: 'demo' });
  }
  await em.flush();
}
