import { Migration } from '@mikro-orm/migrations';

export class Migration20261128182728 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`branch\` (\`id\` text not null, \`name\` text not null, \`city\` text not null, primary key (\`id\`));`);

    this.addSql(`create table \`employee\` (\`id\` text not null, \`name\` text not null, \`level\` text not null, \`employment_type\` text check (\`employment_type\` in ('FULL_TIME', 'PART_TIME')) not null, \`status\` text check (\`status\` in ('CANDIDATE', 'PROBATION', 'ACTIVE', 'DEPARTED')) not null, \`branch_id\` text not null, \`team_id\` text null, \`group_id\` text null, \`outlet_id\` text null, \`hired_on\` text not null, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`employee_branch_id_index\` on \`employee\` (\`branch_id\`);`);
    this.addSql(`create index \`employee_team_id_index\` on \`employee\` (\`team_id\`);`);

    this.addSql(`create table \`team_group\` (\`id\` text not null, \`team_id\` text not null, \`name\` text not null, primary key (\`id\`));`);
    this.addSql(`create index \`team_group_team_id_index\` on \`team_group\` (\`team_id\`);`);

    this.addSql(`create table \`inbox_entry\` (\`consumer\` text not null, \`event_id\` text not null, \`type\` text not null, \`processed_at\` datetime not null, primary key (\`consumer\`, \`event_id\`));`);

    this.addSql(`create table \`outbox_message\` (\`seq\` integer not null primary key autoincrement, \`event_id\` text not null, \`topic\` text not null, \`key\` text not null, \`type\` text not null, \`payload\` text not null, \`created_at\` datetime not null, \`sent_at\` datetime null, \`attempts\` integer not null default 0, \`last_error\` text null);`);
    this.addSql(`create unique index \`outbox_message_event_id_unique\` on \`outbox_message\` (\`event_id\`);`);
    this.addSql(`create index \`outbox_message_sent_at_seq_index\` on \`outbox_message\` (\`sent_at\`, \`seq\`);`);

    this.addSql(`create table \`outlet\` (\`id\` text not null, \`branch_id\` text not null, \`name\` text not null, \`opens_at\` text not null, \`closes_at\` text not null, primary key (\`id\`));`);
    this.addSql(`create index \`outlet_branch_id_index\` on \`outlet\` (\`branch_id\`);`);

    this.addSql(`create table \`team\` (\`id\` text not null, \`branch_id\` text not null, \`name\` text not null, primary key (\`id\`));`);
    this.addSql(`create index \`team_branch_id_index\` on \`team\` (\`branch_id\`);`);
  }

}
