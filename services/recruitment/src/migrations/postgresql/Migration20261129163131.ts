import { Migration } from '@mikro-orm/migrations';

export class Migration20261129163131 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "requisition" drop constraint if exists "requisition_status_check";`);

    this.addSql(`alter table "requisition" add column "approval_id" varchar(36) null, add column "decided_by" varchar(100) null, add column "rejection_reason" varchar(1000) null;`);
    this.addSql(`alter table "requisition" add constraint "requisition_status_check" check("status" in ('PENDING_APPROVAL', 'OPEN', 'FILLED', 'CLOSED', 'REJECTED'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "requisition" drop constraint if exists "requisition_status_check";`);

    this.addSql(`alter table "requisition" drop column "approval_id", drop column "decided_by", drop column "rejection_reason";`);

    this.addSql(`alter table "requisition" add constraint "requisition_status_check" check("status" in ('OPEN', 'FILLED', 'CLOSED'));`);
  }

}
