import { Migration } from '@mikro-orm/migrations';

/** 第五条 计划回顾: the team lead's plan reviews per month or quarter, versioned. */
export class Migration20261129215640 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`plan_review\` (\`id\` text not null, \`branch_id\` text not null, \`team_id\` text not null, \`period\` text not null, \`version\` integer not null, \`plan_id\` text not null, \`plan_version\` integer not null, \`reviewed_on\` text not null, \`findings\` text not null, \`corrective_actions\` text not null, \`figures_json\` text not null, \`reviewed_by\` text not null, \`reviewer_employee_id\` text null, \`recorded_at\` datetime not null, \`superseded_by_id\` text null, primary key (\`id\`));`);
    this.addSql(`create index \`plan_review_team_id_superseded_by_id_period_index\` on \`plan_review\` (\`team_id\`, \`superseded_by_id\`, \`period\`);`);
    this.addSql(`create unique index \`plan_review_team_id_period_version_unique\` on \`plan_review\` (\`team_id\`, \`period\`, \`version\`);`);
  }

}
