import { Migration } from '@mikro-orm/migrations';

export class Migration20261128210718 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "analysis_report" ("id" varchar(36) not null, "branch_id" varchar(36) not null, "team_id" varchar(36) not null, "kind" text check ("kind" in ('MONTHLY', 'HALF_YEAR', 'ANNUAL')) not null, "period" varchar(7) not null, "status" text check ("status" in ('DRAFT', 'SUBMITTED')) not null default 'DRAFT', "analysis" text not null default '', "figures_json" text not null, "plan_id" varchar(36) null, "plan_version" int null, "written_by" varchar(100) not null, "updated_at" timestamptz not null, "submitted_by" varchar(100) null, "submitted_at" timestamptz null, "lock" int not null default 1, constraint "analysis_report_pkey" primary key ("id"));`);
    this.addSql(`create index "analysis_report_branch_id_status_index" on "analysis_report" ("branch_id", "status");`);
    this.addSql(`alter table "analysis_report" add constraint "analysis_report_team_id_kind_period_unique" unique ("team_id", "kind", "period");`);

    this.addSql(`create table "approval_request" ("id" varchar(36) not null, "kind" text check ("kind" in ('WORK_PLAN', 'COMPENSATION_STANDARD', 'LEVEL_RULES', 'ASSESSMENT_RULES')) not null, "subject_id" varchar(36) not null, "subject_version" int not null, "branch_id" varchar(36) null, "title" varchar(500) not null, "status" text check ("status" in ('IN_PROGRESS', 'APPROVED', 'REJECTED')) not null default 'IN_PROGRESS', "stage" text check ("stage" in ('SUBMITTED', 'OFFICE_REVIEW', 'CHANNEL_REVIEW', 'COSIGN', 'OFFICE_ROUTING', 'EXECUTIVE_APPROVAL', 'OFFICE_CLOSE')) not null default 'OFFICE_REVIEW', "cosign_departments_json" text not null default '[]', "cosigned_json" text not null default '[]', "submitted_by" varchar(100) not null, "submitted_at" timestamptz not null, "ended_at" timestamptz null, "rejection_reason" varchar(1000) null, "lock" int not null default 1, constraint "approval_request_pkey" primary key ("id"));`);
    this.addSql(`create index "approval_request_branch_id_status_index" on "approval_request" ("branch_id", "status");`);
    this.addSql(`create index "approval_request_kind_subject_id_index" on "approval_request" ("kind", "subject_id");`);

    this.addSql(`create table "approval_step" ("id" varchar(36) not null, "request_id" varchar(36) not null, "seq" int not null, "stage" text check ("stage" in ('SUBMITTED', 'OFFICE_REVIEW', 'CHANNEL_REVIEW', 'COSIGN', 'OFFICE_ROUTING', 'EXECUTIVE_APPROVAL', 'OFFICE_CLOSE')) not null, "department" text check ("department" in ('HUMAN_RESOURCES', 'FINANCE', 'COMPLIANCE', 'RISK_MANAGEMENT')) null, "signatory" varchar(100) null, "role" varchar(50) not null, "acted_by" varchar(100) not null, "actor_employee_id" varchar(36) null, "acted_at" timestamptz not null, "decision" text check ("decision" in ('SUBMITTED', 'APPROVED', 'REJECTED')) not null, "comment" varchar(1000) not null default '', constraint "approval_step_pkey" primary key ("id"));`);
    this.addSql(`alter table "approval_step" add constraint "approval_step_request_id_seq_unique" unique ("request_id", "seq");`);

    this.addSql(`create table "plan_goal" ("id" varchar(36) not null, "plan_id" varchar(36) not null, "employee_id" varchar(36) not null, "employee_name" varchar(100) not null, "granularity" text check ("granularity" in ('MONTH', 'QUARTER')) not null, "period" varchar(7) not null, "account_openings" int not null, "new_assets_fen" bigint not null, "net_revenue_fen" bigint not null, "assigned_by" varchar(100) not null, "assigned_at" timestamptz not null, constraint "plan_goal_pkey" primary key ("id"));`);
    this.addSql(`create index "plan_goal_plan_id_index" on "plan_goal" ("plan_id");`);
    this.addSql(`create index "plan_goal_employee_id_index" on "plan_goal" ("employee_id");`);
    this.addSql(`alter table "plan_goal" add constraint "plan_goal_plan_id_employee_id_period_unique" unique ("plan_id", "employee_id", "period");`);

    this.addSql(`create table "work_plan" ("id" varchar(36) not null, "kind" text check ("kind" in ('ANNUAL', 'NEW_TEAM')) not null, "branch_id" varchar(36) not null, "team_id" varchar(36) not null, "year" int not null, "start_month" varchar(7) not null, "version" int not null, "status" text check ("status" in ('PENDING_APPROVAL', 'APPROVED', 'REJECTED')) not null default 'PENDING_APPROVAL', "target_account_openings" int not null, "target_new_assets_fen" bigint null, "target_net_revenue_fen" bigint null, "marketing_plan" text not null default '', "bank_agreement_ref" varchar(200) null, "filed_by" varchar(100) not null, "filed_at" timestamptz not null, "decided_by" varchar(100) null, "decided_at" timestamptz null, "rejection_reason" varchar(1000) null, constraint "work_plan_pkey" primary key ("id"));`);
    this.addSql(`create index "work_plan_branch_id_year_index" on "work_plan" ("branch_id", "year");`);
    this.addSql(`alter table "work_plan" add constraint "work_plan_team_id_kind_year_version_unique" unique ("team_id", "kind", "year", "version");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "analysis_report" cascade;`);

    this.addSql(`drop table if exists "approval_request" cascade;`);

    this.addSql(`drop table if exists "approval_step" cascade;`);

    this.addSql(`drop table if exists "plan_goal" cascade;`);

    this.addSql(`drop table if exists "work_plan" cascade;`);
  }

}
