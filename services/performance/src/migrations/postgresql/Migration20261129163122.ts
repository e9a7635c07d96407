import { Migration } from '@mikro-orm/migrations';

export class Migration20261129163122 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "approval_request" drop constraint if exists "approval_request_kind_check";`);

    this.addSql(`alter table "approval_request" add constraint "approval_request_kind_check" check("kind" in ('WORK_PLAN', 'COMPENSATION_STANDARD', 'LEVEL_RULES', 'ASSESSMENT_RULES', 'STAFFING'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "approval_request" drop constraint if exists "approval_request_kind_check";`);

    this.addSql(`alter table "approval_request" add constraint "approval_request_kind_check" check("kind" in ('WORK_PLAN', 'COMPENSATION_STANDARD', 'LEVEL_RULES', 'ASSESSMENT_RULES'));`);
  }

}
