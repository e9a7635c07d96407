import { Migration } from '@mikro-orm/migrations';

/** Issue 16 item 1: a team's management rules (管理实施细则), versioned, approved on the route. */
export class Migration20261129164139 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`management_rules\` (\`id\` text not null, \`branch_id\` text not null, \`team_id\` text not null, \`version\` integer not null, \`title\` text not null, \`content\` text not null, \`file_ref\` text null, \`effective_from\` text not null, \`status\` text check (\`status\` in ('SUBMITTED', 'APPROVED', 'REJECTED')) not null default 'SUBMITTED', \`approval_id\` text null, \`proposed_by\` text not null, \`proposed_at\` datetime not null, \`decided_by\` text null, \`decided_at\` datetime null, \`rejection_reason\` text null, primary key (\`id\`));`);
    this.addSql(`create index \`management_rules_branch_id_status_index\` on \`management_rules\` (\`branch_id\`, \`status\`);`);
    this.addSql(`create unique index \`management_rules_team_id_version_unique\` on \`management_rules\` (\`team_id\`, \`version\`);`);
  }

}
