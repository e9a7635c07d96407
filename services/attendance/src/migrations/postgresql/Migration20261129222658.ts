import { Migration } from '@mikro-orm/migrations';

/** Issue 16 item 4: the regions projection (known_region, known_region_member): the regional manager's scope. */
export class Migration20261129222658 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "known_region" ("id" varchar(36) not null, "team_id" varchar(36) not null, "branch_id" varchar(36) not null, "name" varchar(100) not null, "manager_id" varchar(36) not null, "closed_on" varchar(10) null, constraint "known_region_pkey" primary key ("id"));`);
    this.addSql(`create index "known_region_team_id_index" on "known_region" ("team_id");`);
    this.addSql(`create index "known_region_manager_id_index" on "known_region" ("manager_id");`);

    this.addSql(`create table "known_region_member" ("employee_id" varchar(36) not null, "effective_from" varchar(10) not null, "region_id" varchar(36) null, "team_id" varchar(36) not null, constraint "known_region_member_pkey" primary key ("employee_id", "effective_from"));`);
    this.addSql(`create index "known_region_member_region_id_effective_from_index" on "known_region_member" ("region_id", "effective_from");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "known_region" cascade;`);

    this.addSql(`drop table if exists "known_region_member" cascade;`);
  }

}
