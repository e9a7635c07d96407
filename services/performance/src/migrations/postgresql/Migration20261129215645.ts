import { Migration } from '@mikro-orm/migrations';

/** 第五条 计划回顾: the team lead's plan reviews per month or quarter, versioned. */
export class Migration20261129215645 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "plan_review" ("id" varchar(36) not null, "branch_id" varchar(36) not null, "team_id" varchar(36) not null, "period" varchar(7) not null, "version" int not null, "plan_id" varchar(36) not null, "plan_version" int not null, "reviewed_on" varchar(10) not null, "findings" text not null, "corrective_actions" text not null, "figures_json" text not null, "reviewed_by" varchar(100) not null, "reviewer_employee_id" varchar(36) null, "recorded_at" timestamptz not null, "superseded_by_id" varchar(36) null, constraint "plan_review_pkey" primary key ("id"));`);
    this.addSql(`create index "plan_review_team_id_superseded_by_id_period_index" on "plan_review" ("team_id", "superseded_by_id", "period");`);
    this.addSql(`alter table "plan_review" add constraint "plan_review_team_id_period_version_unique" unique ("team_id", "period", "version");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "plan_review" cascade;`);
  }

}
