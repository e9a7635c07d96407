import { Migration } from '@mikro-orm/migrations';

/** Issue 16 items 7 and 6: who led each team from which day (TeamLeadAppointed), and the teams marketing activities. */
export class Migration20261129192719 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "known_team_lead" ("team_id" varchar(36) not null, "effective_from" varchar(10) not null, "branch_id" varchar(36) not null, "employee_id" varchar(36) not null, constraint "known_team_lead_pkey" primary key ("team_id", "effective_from"));`);

    this.addSql(`create table "marketing_activity" ("id" varchar(36) not null, "branch_id" varchar(36) not null, "team_id" varchar(36) not null, "kind" text check ("kind" in ('COMMUNITY_PROMOTION', 'OUTLET_CAMPAIGN', 'INVESTOR_SEMINAR', 'ROADSHOW', 'OTHER')) not null, "title" varchar(200) not null, "date" varchar(10) not null, "location" varchar(200) not null, "attendee_ids" jsonb not null, "absent_ids" jsonb not null, "excused_ids" jsonb not null, "recorded_by" varchar(100) not null, "recorded_at" timestamptz not null, constraint "marketing_activity_pkey" primary key ("id"));`);
    this.addSql(`create index "marketing_activity_branch_id_date_index" on "marketing_activity" ("branch_id", "date");`);
    this.addSql(`create index "marketing_activity_team_id_date_index" on "marketing_activity" ("team_id", "date");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "known_team_lead" cascade;`);

    this.addSql(`drop table if exists "marketing_activity" cascade;`);
  }

}
