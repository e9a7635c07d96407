import { Migration } from '@mikro-orm/migrations';

/** Issue 16 items 7 and 6: duty facts for a meeting not held (borne by the lead) and a marketing activity missed. */
export class Migration20261129192816 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`pragma foreign_keys = off;`);
    // Rebuilt under its own name (a table renamed into place keeps a double-quoted name in its schema, which the drift check reads as a difference).
    this.addSql(`alter table \`duty_fact\` rename to \`duty_fact__old\`;`);
    this.addSql(`create table \`duty_fact\` (\`id\` text not null, \`source_key\` text not null, \`employee_id\` text not null, \`branch_id\` text not null, \`kind\` text check (\`kind\` in ('SPOT_CHECK_DISCREPANCY', 'SPOT_CHECK_CONFIRMED', 'MEETING_MISSED', 'FOLLOW_UP_OVERDUE', 'TRAINING_PASSED', 'TRAINING_FAILED', 'MEETING_NOT_HELD', 'ACTIVITY_MISSED')) not null, \`date\` text not null, \`detail\` text not null, \`event_id\` text not null, primary key (\`id\`));`);
    this.addSql(`insert into \`duty_fact\` select \`id\`, \`source_key\`, \`employee_id\`, \`branch_id\`, \`kind\`, \`date\`, \`detail\`, \`event_id\` from \`duty_fact__old\`;`);
    this.addSql(`drop table \`duty_fact__old\`;`);
    this.addSql(`create unique index \`duty_fact_source_key_unique\` on \`duty_fact\` (\`source_key\`);`);
    this.addSql(`create index \`duty_fact_employee_id_date_index\` on \`duty_fact\` (\`employee_id\`, \`date\`);`);
    this.addSql(`pragma foreign_keys = on;`);
  }

}
