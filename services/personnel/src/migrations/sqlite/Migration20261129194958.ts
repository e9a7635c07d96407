import { Migration } from '@mikro-orm/migrations';

/** Issue 16 item 12: archive entries for the monthly customer details and results, from attendance too. */
export class Migration20261129194958 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`pragma foreign_keys = off;`);
    // Rebuilt under its own name (a table renamed into place keeps a double-quoted name in its schema, which the drift check reads as a difference).
    this.addSql(`alter table \`archive_document\` rename to \`archive_document__old\`;`);
    this.addSql(`create table \`archive_document\` (\`id\` text not null, \`employee_id\` text not null, \`kind\` text check (\`kind\` in ('PHOTO', 'RESUME', 'ID_CARD_COPY', 'DIPLOMA_COPY', 'GUARANTEE_LETTER', 'GUARANTOR_ID_COPY', 'LABOUR_CONTRACT', 'COOPERATION_AGREEMENT', 'ASSESSMENT', 'TRAINING_RESULT', 'REWARD', 'PUNISHMENT', 'OTHER', 'CUSTOMER_DETAILS', 'MONTHLY_RESULTS')) not null, \`title\` text not null, \`file_ref\` text null, \`original_stored_at\` text null, \`source\` text check (\`source\` in ('MANUAL', 'RECRUITMENT', 'PERFORMANCE', 'TRAINING', 'ATTENDANCE')) not null default 'MANUAL', \`added_by\` text not null, \`added_at\` datetime not null, \`verified_by\` text null, \`verified_at\` datetime null, \`genuine\` integer null, \`verification_note\` text null, \`decided_on\` text null, \`reason\` text null, \`decided_by\` text null, \`source_event_id\` text null, \`verification_method\` text null, \`status\` text check (\`status\` in ('CURRENT', 'SUPERSEDED')) not null default 'CURRENT', \`superseded_by_id\` text null, \`superseded_at\` datetime null, \`record_key\` text null, \`live_key\` text null, primary key (\`id\`));`);
    this.addSql(`insert into \`archive_document\` select \`id\`, \`employee_id\`, \`kind\`, \`title\`, \`file_ref\`, \`original_stored_at\`, \`source\`, \`added_by\`, \`added_at\`, \`verified_by\`, \`verified_at\`, \`genuine\`, \`verification_note\`, \`decided_on\`, \`reason\`, \`decided_by\`, \`source_event_id\`, \`verification_method\`, \`status\`, \`superseded_by_id\`, \`superseded_at\`, \`record_key\`, \`live_key\` from \`archive_document__old\`;`);
    this.addSql(`drop table \`archive_document__old\`;`);
    this.addSql(`create unique index \`archive_document_source_event_id_unique\` on \`archive_document\` (\`source_event_id\`);`);
    this.addSql(`create unique index \`archive_document_live_key_unique\` on \`archive_document\` (\`live_key\`);`);
    this.addSql(`create index \`archive_document_employee_id_record_key_index\` on \`archive_document\` (\`employee_id\`, \`record_key\`);`);
    this.addSql(`create index \`archive_document_employee_id_kind_index\` on \`archive_document\` (\`employee_id\`, \`kind\`);`);
    this.addSql(`pragma foreign_keys = on;`);
  }

}
