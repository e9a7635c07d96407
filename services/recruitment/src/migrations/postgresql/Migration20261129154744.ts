import { Migration } from '@mikro-orm/migrations';

export class Migration20261129154744 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "candidate" add column "group_id" varchar(36) null, add column "outlet_id" varchar(36) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "candidate" drop column "group_id", drop column "outlet_id";`);
  }

}
