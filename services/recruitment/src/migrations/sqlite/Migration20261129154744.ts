import { Migration } from '@mikro-orm/migrations';

export class Migration20261129154744 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`candidate\` add column \`group_id\` text null;`);
    this.addSql(`alter table \`candidate\` add column \`outlet_id\` text null;`);
  }

}
