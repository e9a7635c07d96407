import { Migration } from '@mikro-orm/migrations';

/** Issue 16 item 8: the lead's monthly review of visit logs and the teams' quarterly visit reports (R-2.9). */
export class Migration20261129190046 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "visit_log_review" ("id" varchar(36) not null, "branch_id" varchar(36) not null, "team_id" varchar(36) not null, "month" varchar(7) not null, "opinions" jsonb not null, "reviewed_by" varchar(100) not null, "reviewed_at" timestamptz not null, constraint "visit_log_review_pkey" primary key ("id"));`);
    this.addSql(`create index "visit_log_review_branch_id_month_index" on "visit_log_review" ("branch_id", "month");`);
    this.addSql(`alter table "visit_log_review" add constraint "visit_log_review_team_id_month_unique" unique ("team_id", "month");`);

    this.addSql(`create table "visit_report_submission" ("id" varchar(36) not null, "branch_id" varchar(36) not null, "team_id" varchar(36) not null, "quarter" varchar(7) not null, "from" varchar(10) not null, "to" varchar(10) not null, "figures" jsonb not null, "analysis" text not null, "submitted_by" varchar(100) not null, "submitted_at" timestamptz not null, "acknowledged_by" varchar(100) null, "acknowledged_at" timestamptz null, constraint "visit_report_submission_pkey" primary key ("id"));`);
    this.addSql(`create index "visit_report_submission_branch_id_quarter_index" on "visit_report_submission" ("branch_id", "quarter");`);
    this.addSql(`alter table "visit_report_submission" add constraint "visit_report_submission_team_id_quarter_unique" unique ("team_id", "quarter");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "visit_log_review" cascade;`);

    this.addSql(`drop table if exists "visit_report_submission" cascade;`);
  }

}
