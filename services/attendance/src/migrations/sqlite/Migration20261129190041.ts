import { Migration } from '@mikro-orm/migrations';

/** Issue 16 item 8: the lead's monthly review of visit logs and the teams' quarterly visit reports (R-2.9). */
export class Migration20261129190041 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`visit_log_review\` (\`id\` text not null, \`branch_id\` text not null, \`team_id\` text not null, \`month\` text not null, \`opinions\` json not null, \`reviewed_by\` text not null, \`reviewed_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`visit_log_review_branch_id_month_index\` on \`visit_log_review\` (\`branch_id\`, \`month\`);`);
    this.addSql(`create unique index \`visit_log_review_team_id_month_unique\` on \`visit_log_review\` (\`team_id\`, \`month\`);`);

    this.addSql(`create table \`visit_report_submission\` (\`id\` text not null, \`branch_id\` text not null, \`team_id\` text not null, \`quarter\` text not null, \`from\` text not null, \`to\` text not null, \`figures\` json not null, \`analysis\` text not null, \`submitted_by\` text not null, \`submitted_at\` datetime not null, \`acknowledged_by\` text null, \`acknowledged_at\` datetime null, primary key (\`id\`));`);
    this.addSql(`create index \`visit_report_submission_branch_id_quarter_index\` on \`visit_report_submission\` (\`branch_id\`, \`quarter\`);`);
    this.addSql(`create unique index \`visit_report_submission_team_id_quarter_unique\` on \`visit_report_submission\` (\`team_id\`, \`quarter\`);`);
  }

}
