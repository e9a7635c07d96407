import { Migration } from '@mikro-orm/migrations';

export class Migration20261129154740 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`archive_document\` add column \`verification_method\` text null;`);
    this.addSql(`alter table \`archive_document\` add column \`status\` text check (\`status\` in ('CURRENT', 'SUPERSEDED')) not null default 'CURRENT';`);
    this.addSql(`alter table \`archive_document\` add column \`superseded_by_id\` text null;`);
    this.addSql(`alter table \`archive_document\` add column \`superseded_at\` datetime null;`);
    this.addSql(`alter table \`archive_document\` add column \`record_key\` text null;`);
    this.addSql(`alter table \`archive_document\` add column \`live_key\` text null;`);
    this.addSql(`create unique index \`archive_document_live_key_unique\` on \`archive_document\` (\`live_key\`);`);
    this.addSql(`create index \`archive_document_employee_id_record_key_index\` on \`archive_document\` (\`employee_id\`, \`record_key\`);`);
  }

}
