import { Migration } from '@mikro-orm/migrations';

export class Migration20261129154747 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "visit_issue_employee_id_status_index" on "visit_issue" ("employee_id", "status");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "visit_issue_employee_id_status_index";`);
  }

}
