import { Migration } from '@mikro-orm/migrations';

/** Issue 16 item 3: the teams bank cooperation agreements. */
export class Migration20261129200715 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "bank_agreement" ("id" varchar(36) not null, "branch_id" varchar(36) not null, "team_id" varchar(36) not null, "partner_bank" varchar(200) not null, "starts_on" varchar(10) not null, "ends_on" varchar(10) not null, "terms" text not null, "file_ref" varchar(300) not null, "filed_by" varchar(100) not null, "filed_at" timestamptz not null, constraint "bank_agreement_pkey" primary key ("id"));`);
    this.addSql(`create index "bank_agreement_team_id_starts_on_index" on "bank_agreement" ("team_id", "starts_on");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "bank_agreement" cascade;`);
  }

}
