import { Migration } from '@mikro-orm/migrations';

/** Issue 16 item 7: team lead appointments (团队负责人), effective-dated. */
export class Migration20261129192748 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "team_lead_appointment" ("id" varchar(36) not null, "team_id" varchar(36) not null, "branch_id" varchar(36) not null, "employee_id" varchar(36) not null, "effective_on" varchar(10) not null, "appointed_by" varchar(100) not null, "appointed_at" timestamptz not null, constraint "team_lead_appointment_pkey" primary key ("id"));`);
    this.addSql(`create index "team_lead_appointment_employee_id_index" on "team_lead_appointment" ("employee_id");`);
    this.addSql(`alter table "team_lead_appointment" add constraint "team_lead_appointment_team_id_effective_on_unique" unique ("team_id", "effective_on");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "team_lead_appointment" cascade;`);
  }

}
