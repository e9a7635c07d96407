import { Migration } from '@mikro-orm/migrations';

export class Migration20261129170422 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "left_post_day" ("employee_id" varchar(36) not null, "date" varchar(10) not null, "branch_id" varchar(36) not null, "team_id" varchar(36) not null, "outlet_id" varchar(36) not null, "patrol_id" varchar(36) not null, "time" varchar(5) not null, "recorded_by" varchar(100) not null, "recorded_at" timestamptz not null, constraint "left_post_day_pkey" primary key ("employee_id", "date"));`);
    this.addSql(`create index "left_post_day_team_id_index" on "left_post_day" ("team_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "left_post_day" cascade;`);
  }

}
