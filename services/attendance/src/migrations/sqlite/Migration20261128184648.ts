import { Migration } from '@mikro-orm/migrations';

export class Migration20261128184648 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`attendance_day\` (\`id\` text not null, \`employee_id\` text not null, \`date\` text not null, \`status\` text check (\`status\` in ('ON_TIME', 'LATE', 'EARLY_LEAVE', 'LATE_AND_EARLY', 'ABSENT', 'ON_LEAVE', 'ON_VISIT')) not null, \`minutes_late\` integer not null default 0, \`minutes_early\` integer not null default 0, \`recorded_by\` text not null, \`recorded_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`attendance_day_employee_id_date_unique\` on \`attendance_day\` (\`employee_id\`, \`date\`);`);

    this.addSql(`create table \`inbox_entry\` (\`consumer\` text not null, \`event_id\` text not null, \`type\` text not null, \`processed_at\` datetime not null, primary key (\`consumer\`, \`event_id\`));`);

    this.addSql(`create table \`known_employee\` (\`id\` text not null, \`name\` text not null, \`branch_id\` text not null, \`team_id\` text null, \`group_id\` text null, \`status\` text not null, \`version\` integer not null default 0, \`updated_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`known_employee_branch_id_index\` on \`known_employee\` (\`branch_id\`);`);
    this.addSql(`create index \`known_employee_team_id_index\` on \`known_employee\` (\`team_id\`);`);

    this.addSql(`create table \`outbox_message\` (\`seq\` integer not null primary key autoincrement, \`event_id\` text not null, \`topic\` text not null, \`key\` text not null, \`type\` text not null, \`payload\` text not null, \`created_at\` datetime not null, \`sent_at\` datetime null, \`attempts\` integer not null default 0, \`last_error\` text null);`);
    this.addSql(`create unique index \`outbox_message_event_id_unique\` on \`outbox_message\` (\`event_id\`);`);
    this.addSql(`create index \`outbox_message_sent_at_seq_index\` on \`outbox_message\` (\`sent_at\`, \`seq\`);`);
  }

}
