import { Migration } from '@mikro-orm/migrations';

/** Issue 16 item 11: the finance review (复核) of a month's CRM import. */
export class Migration20261129165848 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`metrics_import\` add column \`reviewed_revision\` integer null;`);
    this.addSql(`alter table \`metrics_import\` add column \`reviewed_by\` text null;`);
    this.addSql(`alter table \`metrics_import\` add column \`reviewed_at\` datetime null;`);
    this.addSql(`alter table \`metrics_import\` add column \`review_comment\` text null;`);
  }

}
