import { Migration } from '@mikro-orm/migrations';

export class Migration20261128183914 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "branch" ("id" varchar(36) not null, "name" varchar(100) not null, "city" varchar(50) not null, constraint "branch_pkey" primary key ("id"));`);

    this.addSql(`create table "employee" ("id" varchar(36) not null, "name" varchar(100) not null, "level" varchar(20) not null, "employment_type" text check ("employment_type" in ('FULL_TIME', 'PART_TIME')) not null, "status" text check ("status" in ('CANDIDATE', 'PROBATION', 'ACTIVE', 'DEPARTED')) not null, "branch_id" varchar(36) not null, "team_id" varchar(36) null, "group_id" varchar(36) null, "outlet_id" varchar(36) null, "hired_on" varchar(10) not null, "created_at" timestamptz not null, constraint "employee_pkey" primary key ("id"));`);
    this.addSql(`create index "employee_branch_id_index" on "employee" ("branch_id");`);
    this.addSql(`create index "employee_team_id_index" on "employee" ("team_id");`);

    this.addSql(`create table "team_group" ("id" varchar(36) not null, "team_id" varchar(36) not null, "name" varchar(100) not null, constraint "team_group_pkey" primary key ("id"));`);
    this.addSql(`create index "team_group_team_id_index" on "team_group" ("team_id");`);

    this.addSql(`create table "inbox_entry" ("consumer" varchar(100) not null, "event_id" varchar(36) not null, "type" varchar(100) not null, "processed_at" timestamptz not null, constraint "inbox_entry_pkey" primary key ("consumer", "event_id"));`);

    this.addSql(`create table "outbox_message" ("seq" bigserial primary key, "event_id" varchar(36) not null, "topic" varchar(100) not null, "key" varchar(100) not null, "type" varchar(100) not null, "payload" text not null, "created_at" timestamptz not null, "sent_at" timestamptz null, "attempts" int not null default 0, "last_error" text null);`);
    this.addSql(`alter table "outbox_message" add constraint "outbox_message_event_id_unique" unique ("event_id");`);
    this.addSql(`create index "outbox_message_sent_at_seq_index" on "outbox_message" ("sent_at", "seq");`);

    this.addSql(`create table "outlet" ("id" varchar(36) not null, "branch_id" varchar(36) not null, "name" varchar(100) not null, "opens_at" varchar(5) not null, "closes_at" varchar(5) not null, constraint "outlet_pkey" primary key ("id"));`);
    this.addSql(`create index "outlet_branch_id_index" on "outlet" ("branch_id");`);

    this.addSql(`create table "team" ("id" varchar(36) not null, "branch_id" varchar(36) not null, "name" varchar(100) not null, constraint "team_pkey" primary key ("id"));`);
    this.addSql(`create index "team_branch_id_index" on "team" ("branch_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "branch" cascade;`);

    this.addSql(`drop table if exists "employee" cascade;`);

    this.addSql(`drop table if exists "team_group" cascade;`);

    this.addSql(`drop table if exists "inbox_entry" cascade;`);

    this.addSql(`drop table if exists "outbox_message" cascade;`);

    this.addSql(`drop table if exists "outlet" cascade;`);

    this.addSql(`drop table if exists "team" cascade;`);
  }

}
