import { Migration } from '@mikro-orm/migrations';

/** Issue 16 item 8: the customer register, its handovers and tier thresholds; visits refer to a customer. */
export class Migration20261129184829 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "customer" ("id" varchar(36) not null, "branch_id" varchar(36) not null, "name" varchar(100) not null, "kind" text check ("kind" in ('INDIVIDUAL', 'INSTITUTION')) not null, "crm_ref" varchar(40) null, "assets_fen" bigint not null, "assets_as_of" varchar(10) not null, "tier" text check ("tier" in ('VIP', 'KEY', 'ORDINARY')) not null, "responsible_employee_id" varchar(36) not null, "registered_on" varchar(10) not null, "registered_by" varchar(100) not null, constraint "customer_pkey" primary key ("id"));`);
    this.addSql(`create index "customer_responsible_employee_id_index" on "customer" ("responsible_employee_id");`);
    this.addSql(`create index "customer_branch_id_name_index" on "customer" ("branch_id", "name");`);
    this.addSql(`alter table "customer" add constraint "customer_branch_id_crm_ref_unique" unique ("branch_id", "crm_ref");`);

    this.addSql(`create table "customer_handover" ("id" varchar(36) not null, "customer_id" varchar(36) not null, "branch_id" varchar(36) not null, "from_employee_id" varchar(36) not null, "to_employee_id" varchar(36) not null, "effective_on" varchar(10) not null, "reason" varchar(500) not null, "recorded_by" varchar(100) not null, "recorded_at" timestamptz not null, constraint "customer_handover_pkey" primary key ("id"));`);
    this.addSql(`create index "customer_handover_branch_id_effective_on_index" on "customer_handover" ("branch_id", "effective_on");`);
    this.addSql(`create index "customer_handover_customer_id_effective_on_index" on "customer_handover" ("customer_id", "effective_on");`);

    this.addSql(`create table "customer_tier_threshold" ("branch_id" varchar(36) not null, "vip_min_assets_fen" bigint not null, "key_min_assets_fen" bigint not null, "set_by" varchar(100) null, "set_at" timestamptz null, constraint "customer_tier_threshold_pkey" primary key ("branch_id"));`);

    this.addSql(`alter table "customer_visit" add column "customer_id" varchar(36) null;`);
    this.addSql(`create index "customer_visit_customer_id_index" on "customer_visit" ("customer_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "customer" cascade;`);

    this.addSql(`drop table if exists "customer_handover" cascade;`);

    this.addSql(`drop table if exists "customer_tier_threshold" cascade;`);

    this.addSql(`drop index "customer_visit_customer_id_index";`);
    this.addSql(`alter table "customer_visit" drop column "customer_id";`);
  }

}
