import { Migration } from '@mikro-orm/migrations';

export class Migration20261129192458 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_entry" ("id" varchar(36) not null, "actor" varchar(100) not null, "actor_employee_id" varchar(36) null, "actor_roles" varchar(300) not null, "action" varchar(60) not null, "subject" varchar(300) not null, "branch_id" varchar(36) null, "employee_id" varchar(36) null, "allowed" boolean not null, "refusal" varchar(500) null, "request_id" varchar(100) not null, "at" timestamptz not null, constraint "audit_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_entry_action_at_index" on "audit_entry" ("action", "at");`);
    this.addSql(`create index "audit_entry_branch_id_at_index" on "audit_entry" ("branch_id", "at");`);

    this.addSql(`alter table "archive_audit" add column "request_id" varchar(100) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "audit_entry" cascade;`);

    this.addSql(`alter table "archive_audit" drop column "request_id";`);
  }

}
