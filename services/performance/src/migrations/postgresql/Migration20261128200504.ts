import { Migration } from '@mikro-orm/migrations';

export class Migration20261128200504 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "asset_loss_charge" ("charge_id" varchar(36) not null, "employee_id" varchar(36) not null, "branch_id" varchar(36) not null, "asset_id" varchar(36) not null, "amount_fen" bigint not null, "kind" varchar(10) not null, "charged_on" varchar(10) not null, "month" varchar(7) not null, "settled_in_payroll_id" varchar(36) null, constraint "asset_loss_charge_pkey" primary key ("charge_id"));`);
    this.addSql(`create index "asset_loss_charge_employee_id_settled_in_payroll_id_index" on "asset_loss_charge" ("employee_id", "settled_in_payroll_id");`);

    this.addSql(`create table "attendance_month" ("id" varchar(36) not null, "employee_id" varchar(36) not null, "branch_id" varchar(36) not null, "month" varchar(7) not null, "days_worked" int not null, "late" int not null, "early" int not null, "absent" int not null, "leave_days" double precision not null, "visits" int not null, "event_id" varchar(36) not null, "closed_at" timestamptz not null, constraint "attendance_month_pkey" primary key ("id"));`);
    this.addSql(`create index "attendance_month_branch_id_month_index" on "attendance_month" ("branch_id", "month");`);
    this.addSql(`alter table "attendance_month" add constraint "attendance_month_employee_id_month_unique" unique ("employee_id", "month");`);

    this.addSql(`create table "business_metrics" ("id" varchar(36) not null, "employee_id" varchar(36) not null, "branch_id" varchar(36) not null, "team_id" varchar(36) null, "month" varchar(7) not null, "customers_developed" int not null, "new_accounts" int not null, "new_assets" bigint not null, "customer_assets" bigint not null, "net_revenue" bigint not null, constraint "business_metrics_pkey" primary key ("id"));`);
    this.addSql(`create index "business_metrics_branch_id_month_index" on "business_metrics" ("branch_id", "month");`);
    this.addSql(`alter table "business_metrics" add constraint "business_metrics_employee_id_month_unique" unique ("employee_id", "month");`);

    this.addSql(`create table "compensation_standard" ("id" varchar(36) not null, "version" int not null, "branch_id" varchar(36) null, "effective_from" varchar(7) not null, "title" varchar(500) not null, "rules_json" text not null, "status" text check ("status" in ('DRAFT', 'APPROVED', 'REJECTED')) not null default 'DRAFT', "created_by" varchar(100) not null, "created_at" timestamptz not null, "decided_by" varchar(100) null, "decided_at" timestamptz null, "decision_comment" varchar(500) null, "lock" int not null default 1, constraint "compensation_standard_pkey" primary key ("id"));`);
    this.addSql(`alter table "compensation_standard" add constraint "compensation_standard_version_unique" unique ("version");`);

    this.addSql(`create table "employee_grade" ("employee_id" varchar(36) not null, "level" varchar(20) not null, "employment_type" varchar(20) not null, "updated_at" timestamptz not null, constraint "employee_grade_pkey" primary key ("employee_id"));`);

    this.addSql(`create table "inbox_entry" ("consumer" varchar(100) not null, "event_id" varchar(36) not null, "type" varchar(100) not null, "processed_at" timestamptz not null, constraint "inbox_entry_pkey" primary key ("consumer", "event_id"));`);

    this.addSql(`create table "known_employee" ("id" varchar(36) not null, "name" varchar(100) not null, "branch_id" varchar(36) not null, "team_id" varchar(36) null, "group_id" varchar(36) null, "status" varchar(20) not null, "version" int not null default 0, "updated_at" timestamptz not null, constraint "known_employee_pkey" primary key ("id"));`);
    this.addSql(`create index "known_employee_branch_id_index" on "known_employee" ("branch_id");`);
    this.addSql(`create index "known_employee_team_id_index" on "known_employee" ("team_id");`);

    this.addSql(`create table "metrics_import" ("id" varchar(36) not null, "branch_id" varchar(36) not null, "month" varchar(7) not null, "revision" int not null default 1, "line_count" int not null, "customers_developed" int not null default 0, "new_accounts" int not null default 0, "new_assets_fen" bigint not null default 0, "customer_assets_fen" bigint not null default 0, "net_revenue_fen" bigint not null default 0, "imported_by" varchar(100) not null, "imported_at" timestamptz not null, constraint "metrics_import_pkey" primary key ("id"));`);
    this.addSql(`alter table "metrics_import" add constraint "metrics_import_branch_id_month_unique" unique ("branch_id", "month");`);

    this.addSql(`create table "outbox_message" ("seq" bigserial primary key, "event_id" varchar(36) not null, "topic" varchar(100) not null, "key" varchar(100) not null, "type" varchar(100) not null, "payload" text not null, "created_at" timestamptz not null, "sent_at" timestamptz null, "attempts" int not null default 0, "last_error" text null);`);
    this.addSql(`alter table "outbox_message" add constraint "outbox_message_event_id_unique" unique ("event_id");`);
    this.addSql(`create index "outbox_message_sent_at_seq_index" on "outbox_message" ("sent_at", "seq");`);

    this.addSql(`create table "payroll_line" ("id" varchar(36) not null, "run_id" varchar(36) not null, "employee_id" varchar(36) not null, "employee_name" varchar(100) not null, "branch_id" varchar(36) not null, "team_id" varchar(36) null, "month" varchar(7) not null, "level" varchar(20) not null, "new_accounts" int not null, "new_assets_fen" bigint not null, "net_revenue_fen" bigint not null, "absent" int not null, "late" int not null, "early" int not null, "asset_loss_fen" bigint not null, "asset_loss_charge_ids" text not null default '[]', "base_fen" bigint not null, "tiers_json" text not null, "commission_fen" bigint not null, "new_account_bonus_fen" bigint not null, "new_assets_bonus_fen" bigint not null, "cap_cut_fen" bigint not null, "gross_fen" bigint not null, "absence_deduction_fen" bigint not null, "late_deduction_fen" bigint not null, "early_deduction_fen" bigint not null, "asset_loss_deduction_fen" bigint not null, "deductions_fen" bigint not null, "floor_top_up_fen" bigint not null, "net_fen" bigint not null, constraint "payroll_line_pkey" primary key ("id"));`);
    this.addSql(`create index "payroll_line_branch_id_month_index" on "payroll_line" ("branch_id", "month");`);
    this.addSql(`create index "payroll_line_employee_id_month_index" on "payroll_line" ("employee_id", "month");`);
    this.addSql(`create index "payroll_line_run_id_employee_id_index" on "payroll_line" ("run_id", "employee_id");`);

    this.addSql(`create table "payroll_run" ("id" varchar(36) not null, "branch_id" varchar(36) not null, "month" varchar(7) not null, "revision" int not null, "live_key" varchar(50) null, "status" text check ("status" in ('AWAITING_FINANCE', 'AWAITING_DEPUTY', 'AWAITING_MANAGER', 'SIGNED_OFF', 'FILED', 'REJECTED', 'SUPERSEDED')) not null default 'AWAITING_FINANCE', "standard_id" varchar(36) not null, "standard_version" int not null, "line_count" int not null, "total_gross_fen" bigint not null, "total_deductions_fen" bigint not null, "total_net_fen" bigint not null, "computed_by" varchar(100) not null, "computed_at" timestamptz not null, "closed_reason" varchar(500) null, "filed_on" varchar(10) null, "filed_by" varchar(100) null, "lock" int not null default 1, constraint "payroll_run_pkey" primary key ("id"));`);
    this.addSql(`alter table "payroll_run" add constraint "payroll_run_live_key_unique" unique ("live_key");`);
    this.addSql(`create index "payroll_run_month_status_index" on "payroll_run" ("month", "status");`);
    this.addSql(`create index "payroll_run_branch_id_month_index" on "payroll_run" ("branch_id", "month");`);

    this.addSql(`create table "payroll_signature" ("id" varchar(36) not null, "run_id" varchar(36) not null, "step" text check ("step" in ('FINANCE', 'DEPUTY', 'MANAGER')) not null, "decision" text check ("decision" in ('SIGNED', 'REJECTED')) not null, "signed_by" varchar(100) not null, "signer_employee_id" varchar(36) null, "at" timestamptz not null, "comment" varchar(500) not null default '', constraint "payroll_signature_pkey" primary key ("id"));`);
    this.addSql(`create index "payroll_signature_run_id_at_index" on "payroll_signature" ("run_id", "at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "asset_loss_charge" cascade;`);

    this.addSql(`drop table if exists "attendance_month" cascade;`);

    this.addSql(`drop table if exists "business_metrics" cascade;`);

    this.addSql(`drop table if exists "compensation_standard" cascade;`);

    this.addSql(`drop table if exists "employee_grade" cascade;`);

    this.addSql(`drop table if exists "inbox_entry" cascade;`);

    this.addSql(`drop table if exists "known_employee" cascade;`);

    this.addSql(`drop table if exists "metrics_import" cascade;`);

    this.addSql(`drop table if exists "outbox_message" cascade;`);

    this.addSql(`drop table if exists "payroll_line" cascade;`);

    this.addSql(`drop table if exists "payroll_run" cascade;`);

    this.addSql(`drop table if exists "payroll_signature" cascade;`);
  }

}
