import { Migration } from '@mikro-orm/migrations';

/** Issue 16 item 2: requisitions wait for the staffing approval (two more statuses, the approval's id, who decided, why rejected). */
export class Migration20261129163130 extends Migration {

  override async up(): Promise<void> {
    // SQLite cannot change a check constraint in place: the table is rebuilt with the new statuses and columns.
    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(`alter table \`requisition\` rename to \`requisition__old\`;`);
    this.addSql(`drop index \`requisition_status_branch_id_index\`;`);
    this.addSql(`create table \`requisition\` (\`id\` text not null, \`branch_id\` text not null, \`team_id\` text null, \`title\` text not null, \`posts\` integer not null, \`employment_type\` text check (\`employment_type\` in ('FULL_TIME', 'PART_TIME')) not null, \`channel_plan_list\` text not null default '', \`note\` text null, \`status\` text check (\`status\` in ('PENDING_APPROVAL', 'OPEN', 'FILLED', 'CLOSED', 'REJECTED')) not null default 'OPEN', \`opened_on\` text not null, \`opened_by\` text not null, \`created_at\` datetime not null, \`approval_id\` text null, \`decided_by\` text null, \`rejection_reason\` text null, primary key (\`id\`));`);
    this.addSql(`insert into \`requisition\` select \`id\`, \`branch_id\`, \`team_id\`, \`title\`, \`posts\`, \`employment_type\`, \`channel_plan_list\`, \`note\`, \`status\`, \`opened_on\`, \`opened_by\`, \`created_at\`, null, null, null from \`requisition__old\`;`);
    this.addSql(`drop table \`requisition__old\`;`);
    this.addSql(`create index \`requisition_status_branch_id_index\` on \`requisition\` (\`status\`, \`branch_id\`);`);
    this.addSql(`pragma foreign_keys = on;`);
  }

}
