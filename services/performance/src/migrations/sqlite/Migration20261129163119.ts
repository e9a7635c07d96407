import { Migration } from '@mikro-orm/migrations';

/** Issue 16 item 2: STAFFING joins the approval kinds (SQLite rebuilds the table for the check constraint). */
export class Migration20261129163119 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(`alter table \`approval_request\` rename to \`approval_request__old\`;`);
    this.addSql(`drop index \`approval_request_branch_id_status_index\`;`);
    this.addSql(`drop index \`approval_request_kind_subject_id_index\`;`);
    this.addSql(`create table \`approval_request\` (\`id\` text not null, \`kind\` text check (\`kind\` in ('WORK_PLAN', 'COMPENSATION_STANDARD', 'LEVEL_RULES', 'ASSESSMENT_RULES', 'STAFFING')) not null, \`subject_id\` text not null, \`subject_version\` integer not null, \`branch_id\` text null, \`title\` text not null, \`status\` text check (\`status\` in ('IN_PROGRESS', 'APPROVED', 'REJECTED')) not null default 'IN_PROGRESS', \`stage\` text check (\`stage\` in ('SUBMITTED', 'OFFICE_REVIEW', 'CHANNEL_REVIEW', 'COSIGN', 'OFFICE_ROUTING', 'EXECUTIVE_APPROVAL', 'OFFICE_CLOSE')) not null default 'OFFICE_REVIEW', \`cosign_departments_json\` text not null default '[]', \`cosigned_json\` text not null default '[]', \`submitted_by\` text not null, \`submitted_at\` datetime not null, \`ended_at\` datetime null, \`rejection_reason\` text null, \`lock\` integer not null default 1, primary key (\`id\`));`);
    this.addSql(`insert into \`approval_request\` select \`id\`, \`kind\`, \`subject_id\`, \`subject_version\`, \`branch_id\`, \`title\`, \`status\`, \`stage\`, \`cosign_departments_json\`, \`cosigned_json\`, \`submitted_by\`, \`submitted_at\`, \`ended_at\`, \`rejection_reason\`, \`lock\` from \`approval_request__old\`;`);
    this.addSql(`drop table \`approval_request__old\`;`);
    this.addSql(`create index \`approval_request_branch_id_status_index\` on \`approval_request\` (\`branch_id\`, \`status\`);`);
    this.addSql(`create index \`approval_request_kind_subject_id_index\` on \`approval_request\` (\`kind\`, \`subject_id\`);`);
    this.addSql(`pragma foreign_keys = on;`);
  }

}
