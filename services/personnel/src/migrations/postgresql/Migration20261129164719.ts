import { Migration } from '@mikro-orm/migrations';

export class Migration20261129164719 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "asset_handover_act" ("act_id" varchar(36) not null, "branch_id" varchar(36) not null, "from_employee_id" varchar(36) not null, "to_employee_id" varchar(36) not null, "at" timestamptz not null, "recorded_by" varchar(100) not null, "status" text check ("status" in ('PENDING', 'ACKNOWLEDGED')) not null default 'PENDING', "from_acknowledged_at" timestamptz null, "to_acknowledged_at" timestamptz null, "version" int not null default 1, constraint "asset_handover_act_pkey" primary key ("act_id"));`);
    this.addSql(`create index "asset_handover_act_to_employee_id_index" on "asset_handover_act" ("to_employee_id");`);
    this.addSql(`create index "asset_handover_act_from_employee_id_index" on "asset_handover_act" ("from_employee_id");`);
    this.addSql(`create index "asset_handover_act_branch_id_status_index" on "asset_handover_act" ("branch_id", "status");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "asset_handover_act" cascade;`);
  }

}
