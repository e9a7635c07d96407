import { Migration } from '@mikro-orm/migrations';

export class Migration20261128185020 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "attendance_day" ("id" varchar(36) not null, "employee_id" varchar(36) not null, "date" varchar(10) not null, "status" text check ("status" in ('ON_TIME', 'LATE', 'EARLY_LEAVE', 'LATE_AND_EARLY', 'ABSENT', 'ON_LEAVE', 'ON_VISIT')) not null, "minutes_late" int not null default 0, "minutes_early" int not null default 0, "recorded_by" varchar(100) not null, "recorded_at" timestamptz not null, constraint "attendance_day_pkey" primary key ("id"));`);
    this.addSql(`alter table "attendance_day" add constraint "attendance_day_employee_id_date_unique" unique ("employee_id", "date");`);

    this.addSql(`create table "inbox_entry" ("consumer" varchar(100) not null, "event_id" varchar(36) not null, "type" varchar(100) not null, "processed_at" timestamptz not null, constraint "inbox_entry_pkey" primary key ("consumer", "event_id"));`);

    this.addSql(`create table "known_employee" ("id" varchar(36) not null, "name" varchar(100) not null, "branch_id" varchar(36) not null, "team_id" varchar(36) null, "group_id" varchar(36) null, "status" varchar(20) not null, "version" int not null default 0, "updated_at" timestamptz not null, constraint "known_employee_pkey" primary key ("id"));`);
    this.addSql(`create index "known_employee_branch_id_index" on "known_employee" ("branch_id");`);
    this.addSql(`create index "known_employee_team_id_index" on "known_employee" ("team_id");`);

    this.addSql(`create table "outbox_message" ("seq" bigserial primary key, "event_id" varchar(36) not null, "topic" varchar(100) not null, "key" varchar(100) not null, "type" varchar(100) not null, "payload" text not null, "created_at" timestamptz not null, "sent_at" timestamptz null, "attempts" int not null default 0, "last_error" text null);`);
    this.addSql(`alter table "outbox_message" add constraint "outbox_message_event_id_unique" unique ("event_id");`);
    this.addSql(`create index "outbox_message_sent_at_seq_index" on "outbox_message" ("sent_at", "seq");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "attendance_day" cascade;`);

    this.addSql(`drop table if exists "inbox_entry" cascade;`);

    this.addSql(`drop table if exists "known_employee" cascade;`);

    this.addSql(`drop table if exists "outbox_message" cascade;`);
  }

}
