import { Migration } from '@mikro-orm/migrations';

export class Migration20261129190218 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "campaign_agency" ("id" varchar(36) not null, "campaign_id" varchar(36) not null, "name" varchar(200) not null, "region_id" varchar(36) not null, "agreement_file_ref" varchar(500) null, "agreement_signed_on" varchar(10) null, "agreement_starts_on" varchar(10) null, "agreement_ends_on" varchar(10) null, "created_by" varchar(100) not null, constraint "campaign_agency_pkey" primary key ("id"));`);
    this.addSql(`alter table "campaign_agency" add constraint "campaign_agency_campaign_id_name_unique" unique ("campaign_id", "name");`);

    this.addSql(`create table "campaign_agency_outlet" ("id" varchar(36) not null, "agency_id" varchar(36) not null, "name" varchar(200) not null, "city" varchar(100) not null, "designated" boolean not null default true, constraint "campaign_agency_outlet_pkey" primary key ("id"));`);
    this.addSql(`create index "campaign_agency_outlet_agency_id_index" on "campaign_agency_outlet" ("agency_id");`);

    this.addSql(`create table "campaign_agency_patrol" ("id" varchar(36) not null, "agency_id" varchar(36) not null, "outlet_id" varchar(36) not null, "patrolled_on" varchar(10) not null, "findings" varchar(2000) not null, "patrolled_by" varchar(100) not null, constraint "campaign_agency_patrol_pkey" primary key ("id"));`);
    this.addSql(`create index "campaign_agency_patrol_agency_id_index" on "campaign_agency_patrol" ("agency_id");`);

    this.addSql(`create table "campaign_agency_training" ("id" varchar(36) not null, "agency_id" varchar(36) not null, "kind" text check ("kind" in ('MARKET_RESEARCH', 'TRAINING', 'INTENSIVE_TRAINING', 'ROADSHOW')) not null, "after_approval" boolean not null, "held_on" varchar(10) not null, "topics" varchar(1000) not null, "branches" jsonb not null, "attendees" int not null, "recorded_by" varchar(100) not null, constraint "campaign_agency_training_pkey" primary key ("id"));`);
    this.addSql(`create index "campaign_agency_training_agency_id_index" on "campaign_agency_training" ("agency_id");`);

    this.addSql(`create table "campaign" ("id" varchar(36) not null, "code" varchar(40) not null, "name" varchar(200) not null, "target_fen" bigint not null, "phase" text check ("phase" in ('PREPARATION', 'AWAITING_APPROVAL', 'APPROVED', 'ISSUING', 'CLOSED')) not null default 'PREPARATION', "announcement_on" varchar(10) not null, "issue_starts_on" varchar(10) not null, "issue_ends_on" varchar(10) not null, "created_by" varchar(100) not null, "created_at" timestamptz not null, "version" int not null default 1, constraint "campaign_pkey" primary key ("id"));`);
    this.addSql(`alter table "campaign" add constraint "campaign_code_unique" unique ("code");`);

    this.addSql(`create table "campaign_daily_sales" ("id" varchar(36) not null, "campaign_id" varchar(36) not null, "sales_date" varchar(10) not null, "region_id" varchar(36) not null, "branch_key" varchar(36) not null, "agency_key" varchar(36) not null, "channel" varchar(10) not null, "amount_fen" bigint not null, "subscriptions" int not null, constraint "campaign_daily_sales_pkey" primary key ("id"));`);
    this.addSql(`alter table "campaign_daily_sales" add constraint "campaign_daily_sales_campaign_id_sales_date_regio_e43ff_unique" unique ("campaign_id", "sales_date", "region_id", "branch_key", "agency_key", "channel");`);

    this.addSql(`create table "campaign_evaluation" ("id" varchar(36) not null, "campaign_id" varchar(36) not null, "subject" text check ("subject" in ('REGION', 'AGENCY')) not null, "subject_id" varchar(36) not null, "organisation_score" int not null, "sales_score" int not null, "customer_service_score" int not null, "summary" text not null, "evaluated_by" varchar(100) not null, "evaluated_on" varchar(10) not null, constraint "campaign_evaluation_pkey" primary key ("id"));`);
    this.addSql(`create index "campaign_evaluation_campaign_id_index" on "campaign_evaluation" ("campaign_id");`);
    this.addSql(`alter table "campaign_evaluation" add constraint "campaign_evaluation_campaign_id_subject_subject_id_unique" unique ("campaign_id", "subject", "subject_id");`);

    this.addSql(`create table "campaign_member" ("id" varchar(36) not null, "campaign_id" varchar(36) not null, "employee_id" varchar(36) not null, "name" varchar(100) not null, "unit" text check ("unit" in ('MARKETING_PLANNING', 'SALES_MANAGEMENT', 'CUSTOMER_SERVICE', 'ROADSHOW_LEADERSHIP', 'REGION')) not null, "region_id" varchar(36) null, "head" boolean not null default false, "department" varchar(100) null, constraint "campaign_member_pkey" primary key ("id"));`);
    this.addSql(`create index "campaign_member_campaign_id_employee_id_index" on "campaign_member" ("campaign_id", "employee_id");`);

    this.addSql(`create table "campaign_phase_change" ("id" varchar(36) not null, "campaign_id" varchar(36) not null, "from_phase" text check ("from_phase" in ('PREPARATION', 'AWAITING_APPROVAL', 'APPROVED', 'ISSUING', 'CLOSED')) not null, "to_phase" text check ("to_phase" in ('PREPARATION', 'AWAITING_APPROVAL', 'APPROVED', 'ISSUING', 'CLOSED')) not null, "changed_by" varchar(100) not null, "changed_at" timestamptz not null, "comment" varchar(1000) not null, constraint "campaign_phase_change_pkey" primary key ("id"));`);
    this.addSql(`create index "campaign_phase_change_campaign_id_changed_at_index" on "campaign_phase_change" ("campaign_id", "changed_at");`);

    this.addSql(`create table "campaign_region" ("id" varchar(36) not null, "campaign_id" varchar(36) not null, "region" text check ("region" in ('NORTH', 'EAST', 'SOUTH', 'WEST')) not null, "name" varchar(100) not null, "areas" varchar(200) not null, "branch_ids" jsonb not null, "target_fen" bigint null, constraint "campaign_region_pkey" primary key ("id"));`);
    this.addSql(`alter table "campaign_region" add constraint "campaign_region_campaign_id_region_unique" unique ("campaign_id", "region");`);

    this.addSql(`create table "campaign_customer_visit" ("id" varchar(36) not null, "campaign_id" varchar(36) not null, "customer_id" varchar(36) not null, "region_id" varchar(36) not null, "branch_id" varchar(36) not null, "manager_id" varchar(36) null, "visited_on" varchar(10) not null, "notes" varchar(2000) not null, "visited_by" varchar(100) not null, constraint "campaign_customer_visit_pkey" primary key ("id"));`);
    this.addSql(`create index "campaign_customer_visit_campaign_id_customer_id_index" on "campaign_customer_visit" ("campaign_id", "customer_id");`);

    this.addSql(`create table "campaign_core_customer" ("id" varchar(36) not null, "campaign_id" varchar(36) not null, "customer_id" varchar(36) not null, "customer_name" varchar(200) not null, "region_id" varchar(36) not null, "branch_id" varchar(36) not null, "manager_id" varchar(36) null, "assigned_by" varchar(100) not null, constraint "campaign_core_customer_pkey" primary key ("id"));`);
    this.addSql(`create index "campaign_core_customer_campaign_id_region_id_index" on "campaign_core_customer" ("campaign_id", "region_id");`);
    this.addSql(`alter table "campaign_core_customer" add constraint "campaign_core_customer_campaign_id_customer_id_unique" unique ("campaign_id", "customer_id");`);

    this.addSql(`create table "known_customer" ("id" varchar(36) not null, "name" varchar(200) not null, "branch_id" varchar(36) not null, "manager_id" varchar(36) null, "tier" varchar(10) null, "updated_at" timestamptz not null, constraint "known_customer_pkey" primary key ("id"));`);
    this.addSql(`create index "known_customer_branch_id_index" on "known_customer" ("branch_id");`);

    this.addSql(`create table "campaign_material_delivery" ("id" varchar(36) not null, "agency_id" varchar(36) not null, "outlet_id" varchar(36) not null, "item" varchar(200) not null, "quantity" int not null, "sent_on" varchar(10) not null, "arrived_on" varchar(10) null, "sent_by" varchar(100) not null, constraint "campaign_material_delivery_pkey" primary key ("id"));`);
    this.addSql(`create index "campaign_material_delivery_agency_id_outlet_id_index" on "campaign_material_delivery" ("agency_id", "outlet_id");`);

    this.addSql(`create table "campaign_patrol_fix" ("id" varchar(36) not null, "patrol_id" varchar(36) not null, "requirement" varchar(1000) not null, "due_on" varchar(10) not null, "status" text check ("status" in ('OPEN', 'DONE')) not null default 'OPEN', "done_on" varchar(10) null, "done_note" varchar(1000) null, "closed_by" varchar(100) null, constraint "campaign_patrol_fix_pkey" primary key ("id"));`);
    this.addSql(`create index "campaign_patrol_fix_patrol_id_index" on "campaign_patrol_fix" ("patrol_id");`);

    this.addSql(`create table "campaign_qualification_review" ("id" varchar(36) not null, "agency_id" varchar(36) not null, "outcome" text check ("outcome" in ('PASSED', 'FAILED')) not null, "rule" varchar(500) not null, "comment" varchar(2000) not null, "reviewed_by" varchar(100) not null, "reviewed_on" varchar(10) not null, "reviewed_at" timestamptz not null, constraint "campaign_qualification_review_pkey" primary key ("id"));`);
    this.addSql(`create index "campaign_qualification_review_agency_id_reviewed_at_index" on "campaign_qualification_review" ("agency_id", "reviewed_at");`);

    this.addSql(`create table "campaign_reallocation" ("id" varchar(36) not null, "campaign_id" varchar(36) not null, "kind" text check ("kind" in ('STAFF', 'MATERIALS')) not null, "from_region_id" varchar(36) not null, "to_region_id" varchar(36) not null, "employee_ids" jsonb not null, "materials" varchar(500) null, "reason" varchar(1000) not null, "decided_by" varchar(100) not null, "decided_at" timestamptz not null, constraint "campaign_reallocation_pkey" primary key ("id"));`);
    this.addSql(`create index "campaign_reallocation_campaign_id_index" on "campaign_reallocation" ("campaign_id");`);

    this.addSql(`create table "campaign_roadshow" ("id" varchar(36) not null, "campaign_id" varchar(36) not null, "region_id" varchar(36) not null, "held_on" varchar(10) not null, "city" varchar(100) not null, "venue" varchar(200) not null, "customer_ids" jsonb not null, "attendees" int not null, "recorded_by" varchar(100) not null, constraint "campaign_roadshow_pkey" primary key ("id"));`);
    this.addSql(`create index "campaign_roadshow_campaign_id_region_id_index" on "campaign_roadshow" ("campaign_id", "region_id");`);

    this.addSql(`create table "campaign_service_request" ("id" varchar(36) not null, "campaign_id" varchar(36) not null, "subscription_id" varchar(36) not null, "customer_id" varchar(36) not null, "customer_name" varchar(200) not null, "region_id" varchar(36) not null, "branch_id" varchar(36) not null, "manager_id" varchar(36) null, "status" text check ("status" in ('OPEN', 'ASSIGNED', 'DONE')) not null default 'OPEN', "note" varchar(1000) not null, "opened_by" varchar(100) not null, "opened_at" timestamptz not null, "assignee_id" varchar(36) null, "done_at" timestamptz null, "done_note" varchar(1000) null, "version" int not null default 1, constraint "campaign_service_request_pkey" primary key ("id"));`);
    this.addSql(`create index "campaign_service_request_campaign_id_status_index" on "campaign_service_request" ("campaign_id", "status");`);
    this.addSql(`alter table "campaign_service_request" add constraint "campaign_service_request_subscription_id_unique" unique ("subscription_id");`);

    this.addSql(`create table "campaign_subscription" ("id" varchar(36) not null, "campaign_id" varchar(36) not null, "channel" text check ("channel" in ('DIRECT', 'AGENCY')) not null, "customer_id" varchar(36) null, "customer_name" varchar(200) not null, "agency_id" varchar(36) null, "region_id" varchar(36) not null, "branch_id" varchar(36) null, "manager_id" varchar(36) null, "amount_fen" bigint not null, "subscribed_on" varchar(10) not null, "first" boolean not null, "recorded_by" varchar(100) not null, "recorded_at" timestamptz not null, constraint "campaign_subscription_pkey" primary key ("id"));`);
    this.addSql(`create index "campaign_subscription_campaign_id_manager_id_index" on "campaign_subscription" ("campaign_id", "manager_id");`);
    this.addSql(`create index "campaign_subscription_campaign_id_customer_id_index" on "campaign_subscription" ("campaign_id", "customer_id");`);
    this.addSql(`create index "campaign_subscription_campaign_id_subscribed_on_index" on "campaign_subscription" ("campaign_id", "subscribed_on");`);

    this.addSql(`create table "campaign_intention" ("id" varchar(36) not null, "campaign_id" varchar(36) not null, "customer_id" varchar(36) not null, "customer_name" varchar(200) not null, "region_id" varchar(36) not null, "branch_id" varchar(36) not null, "manager_id" varchar(36) null, "intended_fen" bigint not null, "status" text check ("status" in ('OPEN', 'SUBSCRIBED', 'DECLINED', 'LAPSED')) not null default 'OPEN', "follow_ups" jsonb not null, "subscription_id" varchar(36) null, "recorded_by" varchar(100) not null, "recorded_on" varchar(10) not null, constraint "campaign_intention_pkey" primary key ("id"));`);
    this.addSql(`create index "campaign_intention_campaign_id_region_id_index" on "campaign_intention" ("campaign_id", "region_id");`);
    this.addSql(`alter table "campaign_intention" add constraint "campaign_intention_campaign_id_customer_id_unique" unique ("campaign_id", "customer_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "campaign_agency" cascade;`);

    this.addSql(`drop table if exists "campaign_agency_outlet" cascade;`);

    this.addSql(`drop table if exists "campaign_agency_patrol" cascade;`);

    this.addSql(`drop table if exists "campaign_agency_training" cascade;`);

    this.addSql(`drop table if exists "campaign" cascade;`);

    this.addSql(`drop table if exists "campaign_daily_sales" cascade;`);

    this.addSql(`drop table if exists "campaign_evaluation" cascade;`);

    this.addSql(`drop table if exists "campaign_member" cascade;`);

    this.addSql(`drop table if exists "campaign_phase_change" cascade;`);

    this.addSql(`drop table if exists "campaign_region" cascade;`);

    this.addSql(`drop table if exists "campaign_customer_visit" cascade;`);

    this.addSql(`drop table if exists "campaign_core_customer" cascade;`);

    this.addSql(`drop table if exists "known_customer" cascade;`);

    this.addSql(`drop table if exists "campaign_material_delivery" cascade;`);

    this.addSql(`drop table if exists "campaign_patrol_fix" cascade;`);

    this.addSql(`drop table if exists "campaign_qualification_review" cascade;`);

    this.addSql(`drop table if exists "campaign_reallocation" cascade;`);

    this.addSql(`drop table if exists "campaign_roadshow" cascade;`);

    this.addSql(`drop table if exists "campaign_service_request" cascade;`);

    this.addSql(`drop table if exists "campaign_subscription" cascade;`);

    this.addSql(`drop table if exists "campaign_intention" cascade;`);
  }

}
