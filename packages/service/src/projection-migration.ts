/**
 * The migration every consuming service runs to move to the shared projections of personnel's data
 * (employee periods, the organisation): the tables, and the employees it already knew carried
 * over as one HIRED change each. Before, a service knew only the facts of today, so those are taken
 * as in force since the hire date (and, where the service kept a departure date, until it).
 */
import type { Dialect } from '@bg/db';

const TABLES: Record<Dialect, string[]> = {
  sqlite: [
    'create table `employee_fact_change` (`id` text not null, `employee_id` text not null, `effective_on` text not null, `seq` integer not null, `kind` text not null, `changes_json` text not null, `event_id` text not null, primary key (`id`));',
    'create index `employee_fact_change_employee_id_effective_on_index` on `employee_fact_change` (`employee_id`, `effective_on`);',
    'create table `employee_period` (`employee_id` text not null, `effective_from` text not null, `effective_to` text null, `branch_id` text not null, `team_id` text null, `group_id` text null, `outlet_id` text null, `level` text not null, `employment_type` text not null, `status` text not null, `post` text not null, primary key (`employee_id`, `effective_from`));',
    'create index `employee_period_team_id_effective_from_index` on `employee_period` (`team_id`, `effective_from`);',
    'create index `employee_period_branch_id_effective_from_index` on `employee_period` (`branch_id`, `effective_from`);',
    'create table `known_outlet_hours` (`outlet_id` text not null, `effective_from` text not null, `branch_id` text not null, `opens_at` text not null, `closes_at` text not null, primary key (`outlet_id`, `effective_from`));',
    'create table `known_unit` (`id` text not null, `kind` text not null, `branch_id` text not null, `team_id` text null, `name` text not null, primary key (`id`));',
    'create index `known_unit_branch_id_kind_index` on `known_unit` (`branch_id`, `kind`);',
  ],
  postgresql: [
    'create table "employee_fact_change" ("id" varchar(36) not null, "employee_id" varchar(36) not null, "effective_on" varchar(10) not null, "seq" int not null, "kind" varchar(20) not null, "changes_json" text not null, "event_id" varchar(36) not null, constraint "employee_fact_change_pkey" primary key ("id"));',
    'create index "employee_fact_change_employee_id_effective_on_index" on "employee_fact_change" ("employee_id", "effective_on");',
    'create table "employee_period" ("employee_id" varchar(36) not null, "effective_from" varchar(10) not null, "effective_to" varchar(10) null, "branch_id" varchar(36) not null, "team_id" varchar(36) null, "group_id" varchar(36) null, "outlet_id" varchar(36) null, "level" varchar(20) not null, "employment_type" varchar(20) not null, "status" varchar(20) not null, "post" varchar(20) not null, constraint "employee_period_pkey" primary key ("employee_id", "effective_from"));',
    'create index "employee_period_team_id_effective_from_index" on "employee_period" ("team_id", "effective_from");',
    'create index "employee_period_branch_id_effective_from_index" on "employee_period" ("branch_id", "effective_from");',
    'create table "known_outlet_hours" ("outlet_id" varchar(36) not null, "effective_from" varchar(10) not null, "branch_id" varchar(36) not null, "opens_at" varchar(5) not null, "closes_at" varchar(5) not null, constraint "known_outlet_hours_pkey" primary key ("outlet_id", "effective_from"));',
    'create table "known_unit" ("id" varchar(36) not null, "kind" varchar(10) not null, "branch_id" varchar(36) not null, "team_id" varchar(36) null, "name" varchar(100) not null, constraint "known_unit_pkey" primary key ("id"));',
    'create index "known_unit_branch_id_kind_index" on "known_unit" ("branch_id", "kind");',
  ],
};

/** SQL expressions over `known_employee k` (and whatever `join` adds) for the facts a service kept. */
export interface LegacyFacts {
  /** e.g. `left join employee_grade g on g.employee_id = k.id`, or empty. */
  join: string;
  level: string;
  employmentType: string;
  outletId: string;
  hiredOn: string;
  /** The last day employed, where kept (else `null`). */
  departedOn: string;
}

/** The statements creating the projections' tables and carrying the employees already known over. */
export function projectionMigrationSql(dialect: Dialect, legacy: LegacyFacts): string[] {
  const pg = dialect === 'postgresql';
  const json = pg ? 'json_build_object' : 'json_object';
  const cast = pg ? '::text' : '';
  const id = pg ? 'md5(random()::text || k.id)' : 'lower(hex(randomblob(16)))';
  const dayAfter = (x: string) => (pg ? `to_char((${x})::date + 1, 'YYYY-MM-DD')` : `date(${x}, '+1 day')`);
  const hired = `coalesce(${legacy.hiredOn}, '2000-01-01')`;
  const departed = `(${legacy.departedOn})`;
  const statusThen = `case when ${departed} is not null then 'ACTIVE' else k.status end`;
  const from = `from known_employee k ${legacy.join}`;
  const facts = (status: string) =>
    `${json}('branchId', k.branch_id, 'teamId', k.team_id, 'groupId', k.group_id, 'outletId', ${legacy.outletId}, 'level', ${legacy.level}, 'employmentType', ${legacy.employmentType}, 'status', ${status}, 'post', 'CLIENT_MANAGER')${cast}`;
  const columns = 'employee_id, effective_from, effective_to, branch_id, team_id, group_id, outlet_id, level, employment_type, status, post';
  return [
    ...TABLES[dialect],
    `insert into employee_fact_change (id, employee_id, effective_on, seq, kind, changes_json, event_id)
      select ${id}, k.id, ${hired}, 0, 'HIRED', ${facts(statusThen)}, 'migration' ${from}`,
    `insert into employee_fact_change (id, employee_id, effective_on, seq, kind, changes_json, event_id)
      select ${id}, k.id, ${dayAfter(departed)}, 1, 'DEPARTED', ${json}('status', 'DEPARTED')${cast}, 'migration' ${from} where ${departed} is not null`,
    `insert into employee_period (${columns})
      select k.id, ${hired}, ${departed}, k.branch_id, k.team_id, k.group_id, ${legacy.outletId}, ${legacy.level}, ${legacy.employmentType}, ${statusThen}, 'CLIENT_MANAGER' ${from}`,
    `insert into employee_period (${columns})
      select k.id, ${dayAfter(departed)}, null, k.branch_id, k.team_id, k.group_id, ${legacy.outletId}, ${legacy.level}, ${legacy.employmentType}, 'DEPARTED', 'CLIENT_MANAGER' ${from} where ${departed} is not null`,
  ];
}
