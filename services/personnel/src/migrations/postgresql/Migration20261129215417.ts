import { Migration } from '@mikro-orm/migrations';

/** 第五条 分工: each team member's duty role (development / service), effective-dated. */
export class Migration20261129215417 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "duty_role_assignment" ("id" varchar(36) not null, "team_id" varchar(36) not null, "branch_id" varchar(36) not null, "employee_id" varchar(36) not null, "role" text check ("role" in ('DEVELOPMENT', 'SERVICE')) not null, "effective_on" varchar(10) not null, "assigned_by" varchar(100) not null, "assigned_at" timestamptz not null, constraint "duty_role_assignment_pkey" primary key ("id"));`);
    this.addSql(`create index "duty_role_assignment_team_id_effective_on_index" on "duty_role_assignment" ("team_id", "effective_on");`);
    this.addSql(`alter table "duty_role_assignment" add constraint "duty_role_assignment_employee_id_effective_on_unique" unique ("employee_id", "effective_on");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "duty_role_assignment" cascade;`);
  }

}
