import { Migration } from '@mikro-orm/migrations';

export class Migration20261129154741 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "archive_document" add column "verification_method" varchar(30) null, add column "status" text check ("status" in ('CURRENT', 'SUPERSEDED')) not null default 'CURRENT', add column "superseded_by_id" varchar(36) null, add column "superseded_at" timestamptz null, add column "record_key" varchar(60) null, add column "live_key" varchar(100) null;`);
    this.addSql(`alter table "archive_document" add constraint "archive_document_live_key_unique" unique ("live_key");`);
    this.addSql(`create index "archive_document_employee_id_record_key_index" on "archive_document" ("employee_id", "record_key");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "archive_document" drop constraint "archive_document_live_key_unique";`);
    this.addSql(`drop index "archive_document_employee_id_record_key_index";`);
    this.addSql(`alter table "archive_document" drop column "verification_method", drop column "status", drop column "superseded_by_id", drop column "superseded_at", drop column "record_key", drop column "live_key";`);
  }

}
