import { Migration } from '@mikro-orm/migrations';

export class Migration20261128185038 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "inbox_entry" ("consumer" varchar(100) not null, "event_id" varchar(36) not null, "type" varchar(100) not null, "processed_at" timestamptz not null, constraint "inbox_entry_pkey" primary key ("consumer", "event_id"));`);

    this.addSql(`create table "known_employee" ("id" varchar(36) not null, "name" varchar(100) not null, "branch_id" varchar(36) not null, "team_id" varchar(36) null, "group_id" varchar(36) null, "status" varchar(20) not null, "version" int not null default 0, "updated_at" timestamptz not null, constraint "known_employee_pkey" primary key ("id"));`);
    this.addSql(`create index "known_employee_branch_id_index" on "known_employee" ("branch_id");`);
    this.addSql(`create index "known_employee_team_id_index" on "known_employee" ("team_id");`);

    this.addSql(`create table "outbox_message" ("seq" bigserial primary key, "event_id" varchar(36) not null, "topic" varchar(100) not null, "key" varchar(100) not null, "type" varchar(100) not null, "payload" text not null, "created_at" timestamptz not null, "sent_at" timestamptz null, "attempts" int not null default 0, "last_error" text null);`);
    this.addSql(`alter table "outbox_message" add constraint "outbox_message_event_id_unique" unique ("event_id");`);
    this.addSql(`create index "outbox_message_sent_at_seq_index" on "outbox_message" ("sent_at", "seq");`);

    this.addSql(`create table "training_record" ("id" varchar(36) not null, "employee_id" varchar(36) not null, "title" varchar(200) not null, "category" text check ("category" in ('ACCOUNT_OPENING', 'SALES_SKILLS', 'QUALIFICATION_EXAM', 'PRODUCTS', 'COMPLIANCE')) not null, "session_date" varchar(10) not null, "trainer" varchar(100) not null, "score" double precision null, "passed" boolean not null, constraint "training_record_pkey" primary key ("id"));`);
    this.addSql(`create index "training_record_employee_id_index" on "training_record" ("employee_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "inbox_entry" cascade;`);

    this.addSql(`drop table if exists "known_employee" cascade;`);

    this.addSql(`drop table if exists "outbox_message" cascade;`);

    this.addSql(`drop table if exists "training_record" cascade;`);
  }

}
