import { Migration } from '@mikro-orm/migrations';

/** Issue 16 items 7 and 6: duty facts for a meeting not held (borne by the lead) and a marketing activity missed. */
export class Migration20261129192821 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "duty_fact" drop constraint if exists "duty_fact_kind_check";`);

    this.addSql(`alter table "duty_fact" add constraint "duty_fact_kind_check" check("kind" in ('SPOT_CHECK_DISCREPANCY', 'SPOT_CHECK_CONFIRMED', 'MEETING_MISSED', 'FOLLOW_UP_OVERDUE', 'TRAINING_PASSED', 'TRAINING_FAILED', 'MEETING_NOT_HELD', 'ACTIVITY_MISSED'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "duty_fact" drop constraint if exists "duty_fact_kind_check";`);

    this.addSql(`alter table "duty_fact" add constraint "duty_fact_kind_check" check("kind" in ('SPOT_CHECK_DISCREPANCY', 'SPOT_CHECK_CONFIRMED', 'MEETING_MISSED', 'FOLLOW_UP_OVERDUE', 'TRAINING_PASSED', 'TRAINING_FAILED'));`);
  }

}
