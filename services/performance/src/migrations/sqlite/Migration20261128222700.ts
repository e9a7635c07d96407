import { Migration } from '@mikro-orm/migrations';

export class Migration20261128222700 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`employee_grade\` add column \`hired_on\` text null;`);
  }

}
