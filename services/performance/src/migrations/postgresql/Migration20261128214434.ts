import { Migration } from '@mikro-orm/migrations';

export class Migration20261128214434 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "payroll_run" add column "kind" text check ("kind" in ('REGULAR', 'ADJUSTMENT')) not null default 'REGULAR', add column "adjusts_run_id" varchar(36) null, add column "adjustment_reason" varchar(500) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "payroll_run" drop column "kind", drop column "adjusts_run_id", drop column "adjustment_reason";`);
  }

}
