import { Migration } from '@mikro-orm/migrations';

/** Issue 16 item 4: the regions projection (known_region, known_region_member) and regions' goals (R-1.4). */
export class Migration20261129215749 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "known_region" ("id" varchar(36) not null, "team_id" varchar(36) not null, "branch_id" varchar(36) not null, "name" varchar(100) not null, "manager_id" varchar(36) not null, "closed_on" varchar(10) null, constraint "known_region_pkey" primary key ("id"));`);
    this.addSql(`create index "known_region_team_id_index" on "known_region" ("team_id");`);
    this.addSql(`create index "known_region_manager_id_index" on "known_region" ("manager_id");`);

    this.addSql(`create table "known_region_member" ("employee_id" varchar(36) not null, "effective_from" varchar(10) not null, "region_id" varchar(36) null, "team_id" varchar(36) not null, constraint "known_region_member_pkey" primary key ("employee_id", "effective_from"));`);
    this.addSql(`create index "known_region_member_region_id_effective_from_index" on "known_region_member" ("region_id", "effective_from");`);

    this.addSql(`create table "plan_region_goal" ("id" varchar(36) not null, "plan_id" varchar(36) not null, "region_id" varchar(36) not null, "region_name" varchar(100) not null, "manager_id" varchar(36) not null, "granularity" text check ("granularity" in ('MONTH', 'QUARTER')) not null, "period" varchar(7) not null, "new_accounts" int not null, "new_assets_fen" bigint not null, "net_revenue_fen" bigint not null, "assigned_by" varchar(100) not null, "assigned_at" timestamptz not null, constraint "plan_region_goal_pkey" primary key ("id"));`);
    this.addSql(`create index "plan_region_goal_plan_id_index" on "plan_region_goal" ("plan_id");`);
    this.addSql(`create index "plan_region_goal_region_id_index" on "plan_region_goal" ("region_id");`);
    this.addSql(`alter table "plan_region_goal" add constraint "plan_region_goal_plan_id_region_id_period_unique" unique ("plan_id", "region_id", "period");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "plan_region_goal" cascade;`);
    this.addSql(`drop table if exists "known_region_member" cascade;`);
    this.addSql(`drop table if exists "known_region" cascade;`);
  }

}
