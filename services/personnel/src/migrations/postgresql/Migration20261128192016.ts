import { Migration } from '@mikro-orm/migrations';

export class Migration20261128192016 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "archive_audit" ("id" varchar(36) not null, "reader" varchar(100) not null, "reader_employee_id" varchar(36) null, "reader_roles" varchar(300) not null, "employee_id" varchar(36) not null, "branch_id" varchar(36) not null, "what" varchar(100) not null, "allowed" boolean not null, "basis" varchar(200) not null, "at" timestamptz not null, constraint "archive_audit_pkey" primary key ("id"));`);
    this.addSql(`create index "archive_audit_employee_id_at_index" on "archive_audit" ("employee_id", "at");`);
    this.addSql(`create index "archive_audit_branch_id_at_index" on "archive_audit" ("branch_id", "at");`);

    this.addSql(`create table "archive_document" ("id" varchar(36) not null, "employee_id" varchar(36) not null, "kind" text check ("kind" in ('PHOTO', 'RESUME', 'ID_CARD_COPY', 'DIPLOMA_COPY', 'GUARANTEE_LETTER', 'GUARANTOR_ID_COPY', 'LABOUR_CONTRACT', 'COOPERATION_AGREEMENT', 'ASSESSMENT', 'TRAINING_RESULT', 'REWARD', 'PUNISHMENT', 'OTHER')) not null, "title" varchar(200) not null, "file_ref" varchar(200) null, "original_stored_at" varchar(200) null, "source" text check ("source" in ('MANUAL', 'RECRUITMENT', 'PERFORMANCE', 'TRAINING')) not null default 'MANUAL', "added_by" varchar(100) not null, "added_at" timestamptz not null, "verified_by" varchar(100) null, "verified_at" timestamptz null, "genuine" boolean null, "verification_note" text null, "decided_on" varchar(10) null, "reason" text null, "decided_by" varchar(100) null, "source_event_id" varchar(36) null, constraint "archive_document_pkey" primary key ("id"));`);
    this.addSql(`alter table "archive_document" add constraint "archive_document_source_event_id_unique" unique ("source_event_id");`);
    this.addSql(`create index "archive_document_employee_id_kind_index" on "archive_document" ("employee_id", "kind");`);

    this.addSql(`create table "asset_item" ("id" varchar(36) not null, "branch_id" varchar(36) not null, "team_id" varchar(36) null, "outlet_id" varchar(36) null, "name" varchar(200) not null, "kind" text check ("kind" in ('COMPUTER', 'OFFICE_EQUIPMENT', 'PROMOTION_MATERIAL', 'OTHER')) not null, "tag" varchar(100) not null, "value_fen" int not null, "status" text check ("status" in ('IN_STOCK', 'ISSUED', 'WRITTEN_OFF')) not null default 'IN_STOCK', "holder_id" varchar(36) null, "registered_at" timestamptz not null, "version" int not null default 1, constraint "asset_item_pkey" primary key ("id"));`);
    this.addSql(`create index "asset_item_branch_id_index" on "asset_item" ("branch_id");`);
    this.addSql(`create index "asset_item_team_id_index" on "asset_item" ("team_id");`);
    this.addSql(`create index "asset_item_holder_id_status_index" on "asset_item" ("holder_id", "status");`);
    this.addSql(`alter table "asset_item" add constraint "asset_item_branch_id_tag_unique" unique ("branch_id", "tag");`);

    this.addSql(`create table "asset_ledger_line" ("id" varchar(36) not null, "asset_id" varchar(36) not null, "asset_name" varchar(200) not null, "asset_tag" varchar(100) not null, "branch_id" varchar(36) not null, "team_id" varchar(36) null, "outlet_id" varchar(36) null, "movement" text check ("movement" in ('REGISTERED', 'ISSUED', 'RETURNED', 'HANDED_OVER', 'CHARGED')) not null, "at" timestamptz not null, "recorded_by" varchar(100) not null, "recorded_by_employee_id" varchar(36) null, "from_holder_id" varchar(36) null, "to_holder_id" varchar(36) null, "note" varchar(500) not null default '', "act_id" varchar(36) null, "charged_employee_id" varchar(36) null, "loss_kind" text check ("loss_kind" in ('DAMAGE', 'LOSS', 'THEFT')) null, "amount_fen" int null, constraint "asset_ledger_line_pkey" primary key ("id"));`);
    this.addSql(`create index "asset_ledger_line_asset_id_at_index" on "asset_ledger_line" ("asset_id", "at");`);
    this.addSql(`create index "asset_ledger_line_outlet_id_at_index" on "asset_ledger_line" ("outlet_id", "at");`);
    this.addSql(`create index "asset_ledger_line_team_id_at_index" on "asset_ledger_line" ("team_id", "at");`);
    this.addSql(`create index "asset_ledger_line_branch_id_at_index" on "asset_ledger_line" ("branch_id", "at");`);

    this.addSql(`create table "branch" ("id" varchar(36) not null, "name" varchar(100) not null, "city" varchar(50) not null, constraint "branch_pkey" primary key ("id"));`);

    this.addSql(`create table "confirmation_slip" ("id" varchar(36) not null, "number" varchar(40) not null, "branch_id" varchar(36) not null, "year" int not null, "seq" int not null, "employee_id" varchar(36) not null, "customer_name" varchar(100) not null, "account_number" varchar(40) null, "customer_reference" varchar(60) null, "date" varchar(10) not null, "month" varchar(7) not null, "note" varchar(500) null, "file_ref" varchar(300) not null, "recorded_by" varchar(100) not null, "recorded_at" timestamptz not null, constraint "confirmation_slip_pkey" primary key ("id"));`);
    this.addSql(`alter table "confirmation_slip" add constraint "confirmation_slip_number_unique" unique ("number");`);
    this.addSql(`create index "confirmation_slip_employee_id_month_index" on "confirmation_slip" ("employee_id", "month");`);
    this.addSql(`create index "confirmation_slip_branch_id_month_seq_index" on "confirmation_slip" ("branch_id", "month", "seq");`);

    this.addSql(`create table "employee" ("id" varchar(36) not null, "name" varchar(100) not null, "level" varchar(20) not null, "employment_type" text check ("employment_type" in ('FULL_TIME', 'PART_TIME')) not null, "status" text check ("status" in ('CANDIDATE', 'PROBATION', 'ACTIVE', 'DEPARTED')) not null, "branch_id" varchar(36) not null, "team_id" varchar(36) null, "group_id" varchar(36) null, "outlet_id" varchar(36) null, "hired_on" varchar(10) not null, "id_number" varchar(18) null, "candidate_id" varchar(36) null, "created_at" timestamptz not null, constraint "employee_pkey" primary key ("id"));`);
    this.addSql(`create index "employee_branch_id_index" on "employee" ("branch_id");`);
    this.addSql(`create index "employee_team_id_index" on "employee" ("team_id");`);
    this.addSql(`alter table "employee" add constraint "employee_candidate_id_unique" unique ("candidate_id");`);

    this.addSql(`create table "employee_change" ("id" varchar(36) not null, "employee_id" varchar(36) not null, "kind" text check ("kind" in ('HIRED', 'TRANSFERRED', 'LEVEL_CHANGED', 'DEPARTED')) not null, "from_json" text not null, "to_json" text not null, "effective_on" varchar(10) not null, "reason" text null, "by" varchar(100) not null, "at" timestamptz not null, constraint "employee_change_pkey" primary key ("id"));`);
    this.addSql(`create index "employee_change_employee_id_at_index" on "employee_change" ("employee_id", "at");`);

    this.addSql(`create table "employment_contract" ("id" varchar(36) not null, "employee_id" varchar(36) not null, "branch_id" varchar(36) not null, "kind" text check ("kind" in ('LABOUR_CONTRACT', 'COOPERATION_AGREEMENT')) not null, "signed_on" varchar(10) not null, "starts_on" varchar(10) not null, "ends_on" varchar(10) not null, "original_filed_at" varchar(200) not null, "previous_contract_id" varchar(36) null, "next_contract_id" varchar(36) null, "recorded_by" varchar(100) not null, "recorded_at" timestamptz not null, "version" int not null default 1, constraint "employment_contract_pkey" primary key ("id"));`);
    this.addSql(`alter table "employment_contract" add constraint "employment_contract_previous_contract_id_unique" unique ("previous_contract_id");`);
    this.addSql(`create index "employment_contract_branch_id_ends_on_index" on "employment_contract" ("branch_id", "ends_on");`);
    this.addSql(`create index "employment_contract_employee_id_starts_on_index" on "employment_contract" ("employee_id", "starts_on");`);

    this.addSql(`create table "filing" ("id" varchar(36) not null, "number" varchar(40) not null, "branch_id" varchar(36) not null, "year" int not null, "seq" int not null, "type" text check ("type" in ('MONTHLY_BUSINESS_REPORT', 'STAFF_CHANGE', 'PAY_REPORT', 'OTHER')) not null, "title" varchar(200) not null, "period" varchar(7) null, "date" varchar(10) not null, "file_ref" varchar(300) not null, "filed_by" varchar(100) not null, "filed_at" timestamptz not null, "source_ref" varchar(100) null, constraint "filing_pkey" primary key ("id"));`);
    this.addSql(`alter table "filing" add constraint "filing_number_unique" unique ("number");`);
    this.addSql(`alter table "filing" add constraint "filing_source_ref_unique" unique ("source_ref");`);
    this.addSql(`create index "filing_type_date_index" on "filing" ("type", "date");`);
    this.addSql(`create index "filing_date_index" on "filing" ("date");`);
    this.addSql(`create index "filing_branch_id_date_index" on "filing" ("branch_id", "date");`);

    this.addSql(`create table "team_group" ("id" varchar(36) not null, "team_id" varchar(36) not null, "name" varchar(100) not null, constraint "team_group_pkey" primary key ("id"));`);
    this.addSql(`create index "team_group_team_id_index" on "team_group" ("team_id");`);
    this.addSql(`alter table "team_group" add constraint "team_group_team_id_name_unique" unique ("team_id", "name");`);

    this.addSql(`create table "inbox_entry" ("consumer" varchar(100) not null, "event_id" varchar(36) not null, "type" varchar(100) not null, "processed_at" timestamptz not null, constraint "inbox_entry_pkey" primary key ("consumer", "event_id"));`);

    this.addSql(`create table "outbox_message" ("seq" bigserial primary key, "event_id" varchar(36) not null, "topic" varchar(100) not null, "key" varchar(100) not null, "type" varchar(100) not null, "payload" text not null, "created_at" timestamptz not null, "sent_at" timestamptz null, "attempts" int not null default 0, "last_error" text null);`);
    this.addSql(`alter table "outbox_message" add constraint "outbox_message_event_id_unique" unique ("event_id");`);
    this.addSql(`create index "outbox_message_sent_at_seq_index" on "outbox_message" ("sent_at", "seq");`);

    this.addSql(`create table "outlet" ("id" varchar(36) not null, "branch_id" varchar(36) not null, "name" varchar(100) not null, "opens_at" varchar(5) not null, "closes_at" varchar(5) not null, constraint "outlet_pkey" primary key ("id"));`);
    this.addSql(`create index "outlet_branch_id_index" on "outlet" ("branch_id");`);
    this.addSql(`alter table "outlet" add constraint "outlet_branch_id_name_unique" unique ("branch_id", "name");`);

    this.addSql(`create table "serial_counter" ("branch_id" varchar(36) not null, "series" varchar(20) not null, "year" int not null, "last_number" int not null default 0, constraint "serial_counter_pkey" primary key ("branch_id", "series", "year"));`);

    this.addSql(`create table "slip_month_closure" ("id" varchar(36) not null, "branch_id" varchar(36) not null, "month" varchar(7) not null, "slip_count" int not null, "first_number" varchar(40) null, "last_number" varchar(40) null, "closed_by" varchar(100) not null, "closed_at" timestamptz not null, constraint "slip_month_closure_pkey" primary key ("id"));`);
    this.addSql(`alter table "slip_month_closure" add constraint "slip_month_closure_branch_id_month_unique" unique ("branch_id", "month");`);

    this.addSql(`create table "team" ("id" varchar(36) not null, "branch_id" varchar(36) not null, "name" varchar(100) not null, constraint "team_pkey" primary key ("id"));`);
    this.addSql(`create index "team_branch_id_index" on "team" ("branch_id");`);
    this.addSql(`alter table "team" add constraint "team_branch_id_name_unique" unique ("branch_id", "name");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "archive_audit" cascade;`);

    this.addSql(`drop table if exists "archive_document" cascade;`);

    this.addSql(`drop table if exists "asset_item" cascade;`);

    this.addSql(`drop table if exists "asset_ledger_line" cascade;`);

    this.addSql(`drop table if exists "branch" cascade;`);

    this.addSql(`drop table if exists "confirmation_slip" cascade;`);

    this.addSql(`drop table if exists "employee" cascade;`);

    this.addSql(`drop table if exists "employee_change" cascade;`);

    this.addSql(`drop table if exists "employment_contract" cascade;`);

    this.addSql(`drop table if exists "filing" cascade;`);

    this.addSql(`drop table if exists "team_group" cascade;`);

    this.addSql(`drop table if exists "inbox_entry" cascade;`);

    this.addSql(`drop table if exists "outbox_message" cascade;`);

    this.addSql(`drop table if exists "outlet" cascade;`);

    this.addSql(`drop table if exists "serial_counter" cascade;`);

    this.addSql(`drop table if exists "slip_month_closure" cascade;`);

    this.addSql(`drop table if exists "team" cascade;`);
  }

}
