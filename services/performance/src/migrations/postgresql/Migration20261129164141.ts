import { Migration } from '@mikro-orm/migrations';

export class Migration20261129164141 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "management_rules" ("id" varchar(36) not null, "branch_id" varchar(36) not null, "team_id" varchar(36) not null, "version" int not null, "title" varchar(200) not null, "content" text not null, "file_ref" varchar(500) null, "effective_from" varchar(7) not null, "status" text check ("status" in ('SUBMITTED', 'APPROVED', 'REJECTED')) not null default 'SUBMITTED', "approval_id" varchar(36) null, "proposed_by" varchar(100) not null, "proposed_at" timestamptz not null, "decided_by" varchar(100) null, "decided_at" timestamptz null, "rejection_reason" varchar(1000) null, constraint "management_rules_pkey" primary key ("id"));`);
    this.addSql(`create index "management_rules_branch_id_status_index" on "management_rules" ("branch_id", "status");`);
    this.addSql(`alter table "management_rules" add constraint "management_rules_team_id_version_unique" unique ("team_id", "version");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "management_rules" cascade;`);
  }

}
