import { Migration } from '@mikro-orm/migrations';

export class Migration20261128213019 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "assessment" ("id" varchar(36) not null, "cycle" text check ("cycle" in ('MONTHLY', 'QUARTERLY', 'ANNUAL')) not null, "period" varchar(7) not null, "employee_id" varchar(36) not null, "employee_name" varchar(100) not null, "branch_id" varchar(36) not null, "team_id" varchar(36) null, "group_id" varchar(36) null, "level" varchar(20) not null, "level_rules_version" int not null, "score" double precision not null, "performance_score" double precision not null, "duty_score" double precision null, "commission_basis_fen" bigint null, "commission_fen" bigint null, "proposal" text check ("proposal" in ('UP', 'DOWN', 'KEEP')) null, "proposed_level" varchar(20) null, "status" text check ("status" in ('COMPLETED', 'PROPOSED', 'CONFIRMED', 'REJECTED', 'SUPERSEDED')) not null, "live_key" varchar(80) null, "details_json" text not null, "run_by" varchar(100) not null, "run_at" timestamptz not null, "decided_by" varchar(100) null, "decided_at" timestamptz null, "decision_comment" varchar(1000) null, "effective_on" varchar(10) null, "lock" int not null default 1, constraint "assessment_pkey" primary key ("id"));`);
    this.addSql(`alter table "assessment" add constraint "assessment_live_key_unique" unique ("live_key");`);
    this.addSql(`create index "assessment_employee_id_cycle_index" on "assessment" ("employee_id", "cycle");`);
    this.addSql(`create index "assessment_branch_id_cycle_period_index" on "assessment" ("branch_id", "cycle", "period");`);

    this.addSql(`create table "duty_fact" ("id" varchar(36) not null, "source_key" varchar(200) not null, "employee_id" varchar(36) not null, "branch_id" varchar(36) not null, "kind" text check ("kind" in ('SPOT_CHECK_DISCREPANCY', 'SPOT_CHECK_CONFIRMED', 'MEETING_MISSED', 'FOLLOW_UP_OVERDUE', 'TRAINING_PASSED', 'TRAINING_FAILED')) not null, "date" varchar(10) not null, "detail" varchar(300) not null, "event_id" varchar(36) not null, constraint "duty_fact_pkey" primary key ("id"));`);
    this.addSql(`alter table "duty_fact" add constraint "duty_fact_source_key_unique" unique ("source_key");`);
    this.addSql(`create index "duty_fact_employee_id_date_index" on "duty_fact" ("employee_id", "date");`);

    this.addSql(`create table "level_rule_set" ("id" varchar(36) not null, "version" int not null, "effective_from" varchar(7) not null, "title" varchar(500) not null, "rules_json" text not null, "status" text check ("status" in ('SUBMITTED', 'APPROVED', 'REJECTED')) not null default 'SUBMITTED', "approval_id" varchar(36) null, "created_by" varchar(100) not null, "created_at" timestamptz not null, "approved_by" varchar(100) null, "decided_at" timestamptz null, "rejection_reason" varchar(1000) null, constraint "level_rule_set_pkey" primary key ("id"));`);
    this.addSql(`alter table "level_rule_set" add constraint "level_rule_set_version_unique" unique ("version");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "assessment" cascade;`);

    this.addSql(`drop table if exists "duty_fact" cascade;`);

    this.addSql(`drop table if exists "level_rule_set" cascade;`);
  }

}
