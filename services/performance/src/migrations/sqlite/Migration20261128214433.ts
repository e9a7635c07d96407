import { Migration } from '@mikro-orm/migrations';

export class Migration20261128214433 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`payroll_run\` add column \`kind\` text check (\`kind\` in ('REGULAR', 'ADJUSTMENT')) not null default 'REGULAR';`);
    this.addSql(`alter table \`payroll_run\` add column \`adjusts_run_id\` text null;`);
    this.addSql(`alter table \`payroll_run\` add column \`adjustment_reason\` text null;`);
  }

}
