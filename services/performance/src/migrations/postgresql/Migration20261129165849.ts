import { Migration } from '@mikro-orm/migrations';

export class Migration20261129165849 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "metrics_import" add column "reviewed_revision" int null, add column "reviewed_by" varchar(100) null, add column "reviewed_at" timestamptz null, add column "review_comment" varchar(1000) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "metrics_import" drop column "reviewed_revision", drop column "reviewed_by", drop column "reviewed_at", drop column "review_comment";`);
  }

}
