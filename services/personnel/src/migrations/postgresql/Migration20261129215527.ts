import { Migration } from '@mikro-orm/migrations';

/** Issue 16 item 4: regions (区域) of a team with their regional manager, and the effective-dated assignments of client managers to them. */
export class Migration20261129215527 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "region" ("id" varchar(36) not null, "team_id" varchar(36) not null, "branch_id" varchar(36) not null, "name" varchar(100) not null, "manager_id" varchar(36) not null, "closed_on" varchar(10) null, "created_by" varchar(100) not null, "created_at" timestamptz not null, constraint "region_pkey" primary key ("id"));`);
    this.addSql(`create index "region_team_id_index" on "region" ("team_id");`);
    this.addSql(`create index "region_manager_id_index" on "region" ("manager_id");`);
    this.addSql(`alter table "region" add constraint "region_team_id_name_unique" unique ("team_id", "name");`);

    this.addSql(`create table "region_assignment" ("id" varchar(36) not null, "employee_id" varchar(36) not null, "region_id" varchar(36) null, "team_id" varchar(36) not null, "branch_id" varchar(36) not null, "effective_on" varchar(10) not null, "assigned_by" varchar(100) not null, "assigned_at" timestamptz not null, constraint "region_assignment_pkey" primary key ("id"));`);
    this.addSql(`create index "region_assignment_region_id_index" on "region_assignment" ("region_id");`);
    this.addSql(`create index "region_assignment_team_id_index" on "region_assignment" ("team_id");`);
    this.addSql(`alter table "region_assignment" add constraint "region_assignment_employee_id_effective_on_unique" unique ("employee_id", "effective_on");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "region_assignment" cascade;`);
    this.addSql(`drop table if exists "region" cascade;`);
  }

}
