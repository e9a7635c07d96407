import { Migration } from '@mikro-orm/migrations';

export class Migration20261128184653 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`inbox_entry\` (\`consumer\` text not null, \`event_id\` text not null, \`type\` text not null, \`processed_at\` datetime not null, primary key (\`consumer\`, \`event_id\`));`);

    this.addSql(`create table \`known_employee\` (\`id\` text not null, \`name\` text not null, \`branch_id\` text not null, \`team_id\` text null, \`group_id\` text null, \`status\` text not null, \`version\` integer not null default 0, \`updated_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`known_employee_branch_id_index\` on \`known_employee\` (\`branch_id\`);`);
    this.addSql(`create index \`known_employee_team_id_index\` on \`known_employee\` (\`team_id\`);`);

    this.addSql(`create table \`outbox_message\` (\`seq\` integer not null primary key autoincrement, \`event_id\` text not null, \`topic\` text not null, \`key\` text not null, \`type\` text not null, \`payload\` text not null, \`created_at\` datetime not null, \`sent_at\` datetime null, \`attempts\` integer not null default 0, \`last_error\` text null);`);
    this.addSql(`create unique index \`outbox_message_event_id_unique\` on \`outbox_message\` (\`event_id\`);`);
    this.addSql(`create index \`outbox_message_sent_at_seq_index\` on \`outbox_message\` (\`sent_at\`, \`seq\`);`);

    this.addSql(`create table \`training_record\` (\`id\` text not null, \`employee_id\` text not null, \`title\` text not null, \`category\` text check (\`category\` in ('ACCOUNT_OPENING', 'SALES_SKILLS', 'QUALIFICATION_EXAM', 'PRODUCTS', 'COMPLIANCE')) not null, \`session_date\` text not null, \`trainer\` text not null, \`score\` double null, \`passed\` integer not null, primary key (\`id\`));`);
    this.addSql(`create index \`training_record_employee_id_index\` on \`training_record\` (\`employee_id\`);`);
  }

}
