import { Migration } from '@mikro-orm/migrations';

export class Migration20261128185030 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "business_metrics" ("id" varchar(36) not null, "employee_id" varchar(36) not null, "month" varchar(7) not null, "customers_developed" int not null, "new_accounts" int not null, "new_assets" bigint not null, "customer_assets" bigint not null, "net_revenue" bigint not null, constraint "business_metrics_pkey" primary key ("id"));`);
    this.addSql(`alter table "business_metrics" add constraint "business_metrics_employee_id_month_unique" unique ("employee_id", "month");`);

    this.addSql(`create table "inbox_entry" ("consumer" varchar(100) not null, "event_id" varchar(36) not null, "type" varchar(100) not null, "processed_at" timestamptz not null, constraint "inbox_entry_pkey" primary key ("consumer", "event_id"));`);

    this.addSql(`create table "known_employee" ("id" varchar(36) not null, "name" varchar(100) not null, "branch_id" varchar(36) not null, "team_id" varchar(36) null, "group_id" varchar(36) null, "status" varchar(20) not null, "version" int not null default 0, "updated_at" timestamptz not null, constraint "known_employee_pkey" primary key ("id"));`);
    this.addSql(`create index "known_employee_branch_id_index" on "known_employee" ("branch_id");`);
    this.addSql(`create index "known_employee_team_id_index" on "known_employee" ("team_id");`);

    this.addSql(`create table "outbox_message" ("seq" bigserial primary key, "event_id" varchar(36) not null, "topic" varchar(100) not null, "key" varchar(100) not null, "type" varchar(100) not null, "payload" text not null, "created_at" timestamptz not null, "sent_at" timestamptz null, "attempts" int not null default 0, "last_error" text null);`);
    this.addSql(`alter table "outbox_message" add constraint "outbox_message_event_id_unique" unique ("event_id");`);
    this.addSql(`create index "outbox_message_sent_at_seq_index" on "outbox_message" ("sent_at", "seq");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "business_metrics" cascade;`);

    this.addSql(`drop table if exists "inbox_entry" cascade;`);

    this.addSql(`drop table if exists "known_employee" cascade;`);

    this.addSql(`drop table if exists "outbox_message" cascade;`);
  }

}
