import { Migration } from '@mikro-orm/migrations';

export class Migration20261129190215 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`campaign_agency\` (\`id\` text not null, \`campaign_id\` text not null, \`name\` text not null, \`region_id\` text not null, \`agreement_file_ref\` text null, \`agreement_signed_on\` text null, \`agreement_starts_on\` text null, \`agreement_ends_on\` text null, \`created_by\` text not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`campaign_agency_campaign_id_name_unique\` on \`campaign_agency\` (\`campaign_id\`, \`name\`);`);

    this.addSql(`create table \`campaign_agency_outlet\` (\`id\` text not null, \`agency_id\` text not null, \`name\` text not null, \`city\` text not null, \`designated\` integer not null default true, primary key (\`id\`));`);
    this.addSql(`create index \`campaign_agency_outlet_agency_id_index\` on \`campaign_agency_outlet\` (\`agency_id\`);`);

    this.addSql(`create table \`campaign_agency_patrol\` (\`id\` text not null, \`agency_id\` text not null, \`outlet_id\` text not null, \`patrolled_on\` text not null, \`findings\` text not null, \`patrolled_by\` text not null, primary key (\`id\`));`);
    this.addSql(`create index \`campaign_agency_patrol_agency_id_index\` on \`campaign_agency_patrol\` (\`agency_id\`);`);

    this.addSql(`create table \`campaign_agency_training\` (\`id\` text not null, \`agency_id\` text not null, \`kind\` text check (\`kind\` in ('MARKET_RESEARCH', 'TRAINING', 'INTENSIVE_TRAINING', 'ROADSHOW')) not null, \`after_approval\` integer not null, \`held_on\` text not null, \`topics\` text not null, \`branches\` json not null, \`attendees\` integer not null, \`recorded_by\` text not null, primary key (\`id\`));`);
    this.addSql(`create index \`campaign_agency_training_agency_id_index\` on \`campaign_agency_training\` (\`agency_id\`);`);

    this.addSql(`create table \`campaign\` (\`id\` text not null, \`code\` text not null, \`name\` text not null, \`target_fen\` bigint not null, \`phase\` text check (\`phase\` in ('PREPARATION', 'AWAITING_APPROVAL', 'APPROVED', 'ISSUING', 'CLOSED')) not null default 'PREPARATION', \`announcement_on\` text not null, \`issue_starts_on\` text not null, \`issue_ends_on\` text not null, \`created_by\` text not null, \`created_at\` datetime not null, \`version\` integer not null default 1, primary key (\`id\`));`);
    this.addSql(`create unique index \`campaign_code_unique\` on \`campaign\` (\`code\`);`);

    this.addSql(`create table \`campaign_daily_sales\` (\`id\` text not null, \`campaign_id\` text not null, \`sales_date\` text not null, \`region_id\` text not null, \`branch_key\` text not null, \`agency_key\` text not null, \`channel\` text not null, \`amount_fen\` bigint not null, \`subscriptions\` integer not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`campaign_daily_sales_campaign_id_sales_date_region_id_branch_key_agency_key_channel_unique\` on \`campaign_daily_sales\` (\`campaign_id\`, \`sales_date\`, \`region_id\`, \`branch_key\`, \`agency_key\`, \`channel\`);`);

    this.addSql(`create table \`campaign_evaluation\` (\`id\` text not null, \`campaign_id\` text not null, \`subject\` text check (\`subject\` in ('REGION', 'AGENCY')) not null, \`subject_id\` text not null, \`organisation_score\` integer not null, \`sales_score\` integer not null, \`customer_service_score\` integer not null, \`summary\` text not null, \`evaluated_by\` text not null, \`evaluated_on\` text not null, primary key (\`id\`));`);
    this.addSql(`create index \`campaign_evaluation_campaign_id_index\` on \`campaign_evaluation\` (\`campaign_id\`);`);
    this.addSql(`create unique index \`campaign_evaluation_campaign_id_subject_subject_id_unique\` on \`campaign_evaluation\` (\`campaign_id\`, \`subject\`, \`subject_id\`);`);

    this.addSql(`create table \`campaign_member\` (\`id\` text not null, \`campaign_id\` text not null, \`employee_id\` text not null, \`name\` text not null, \`unit\` text check (\`unit\` in ('MARKETING_PLANNING', 'SALES_MANAGEMENT', 'CUSTOMER_SERVICE', 'ROADSHOW_LEADERSHIP', 'REGION')) not null, \`region_id\` text null, \`head\` integer not null default false, \`department\` text null, primary key (\`id\`));`);
    this.addSql(`create index \`campaign_member_campaign_id_employee_id_index\` on \`campaign_member\` (\`campaign_id\`, \`employee_id\`);`);

    this.addSql(`create table \`campaign_phase_change\` (\`id\` text not null, \`campaign_id\` text not null, \`from_phase\` text check (\`from_phase\` in ('PREPARATION', 'AWAITING_APPROVAL', 'APPROVED', 'ISSUING', 'CLOSED')) not null, \`to_phase\` text check (\`to_phase\` in ('PREPARATION', 'AWAITING_APPROVAL', 'APPROVED', 'ISSUING', 'CLOSED')) not null, \`changed_by\` text not null, \`changed_at\` datetime not null, \`comment\` text not null, primary key (\`id\`));`);
    this.addSql(`create index \`campaign_phase_change_campaign_id_changed_at_index\` on \`campaign_phase_change\` (\`campaign_id\`, \`changed_at\`);`);

    this.addSql(`create table \`campaign_region\` (\`id\` text not null, \`campaign_id\` text not null, \`region\` text check (\`region\` in ('NORTH', 'EAST', 'SOUTH', 'WEST')) not null, \`name\` text not null, \`areas\` text not null, \`branch_ids\` json not null, \`target_fen\` bigint null, primary key (\`id\`));`);
    this.addSql(`create unique index \`campaign_region_campaign_id_region_unique\` on \`campaign_region\` (\`campaign_id\`, \`region\`);`);

    this.addSql(`create table \`campaign_customer_visit\` (\`id\` text not null, \`campaign_id\` text not null, \`customer_id\` text not null, \`region_id\` text not null, \`branch_id\` text not null, \`manager_id\` text null, \`visited_on\` text not null, \`notes\` text not null, \`visited_by\` text not null, primary key (\`id\`));`);
    this.addSql(`create index \`campaign_customer_visit_campaign_id_customer_id_index\` on \`campaign_customer_visit\` (\`campaign_id\`, \`customer_id\`);`);

    this.addSql(`create table \`campaign_core_customer\` (\`id\` text not null, \`campaign_id\` text not null, \`customer_id\` text not null, \`customer_name\` text not null, \`region_id\` text not null, \`branch_id\` text not null, \`manager_id\` text null, \`assigned_by\` text not null, primary key (\`id\`));`);
    this.addSql(`create index \`campaign_core_customer_campaign_id_region_id_index\` on \`campaign_core_customer\` (\`campaign_id\`, \`region_id\`);`);
    this.addSql(`create unique index \`campaign_core_customer_campaign_id_customer_id_unique\` on \`campaign_core_customer\` (\`campaign_id\`, \`customer_id\`);`);

    this.addSql(`create table \`known_customer\` (\`id\` text not null, \`name\` text not null, \`branch_id\` text not null, \`manager_id\` text null, \`tier\` text null, \`updated_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`known_customer_branch_id_index\` on \`known_customer\` (\`branch_id\`);`);

    this.addSql(`create table \`campaign_material_delivery\` (\`id\` text not null, \`agency_id\` text not null, \`outlet_id\` text not null, \`item\` text not null, \`quantity\` integer not null, \`sent_on\` text not null, \`arrived_on\` text null, \`sent_by\` text not null, primary key (\`id\`));`);
    this.addSql(`create index \`campaign_material_delivery_agency_id_outlet_id_index\` on \`campaign_material_delivery\` (\`agency_id\`, \`outlet_id\`);`);

    this.addSql(`create table \`campaign_patrol_fix\` (\`id\` text not null, \`patrol_id\` text not null, \`requirement\` text not null, \`due_on\` text not null, \`status\` text check (\`status\` in ('OPEN', 'DONE')) not null default 'OPEN', \`done_on\` text null, \`done_note\` text null, \`closed_by\` text null, primary key (\`id\`));`);
    this.addSql(`create index \`campaign_patrol_fix_patrol_id_index\` on \`campaign_patrol_fix\` (\`patrol_id\`);`);

    this.addSql(`create table \`campaign_qualification_review\` (\`id\` text not null, \`agency_id\` text not null, \`outcome\` text check (\`outcome\` in ('PASSED', 'FAILED')) not null, \`rule\` text not null, \`comment\` text not null, \`reviewed_by\` text not null, \`reviewed_on\` text not null, \`reviewed_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`campaign_qualification_review_agency_id_reviewed_at_index\` on \`campaign_qualification_review\` (\`agency_id\`, \`reviewed_at\`);`);

    this.addSql(`create table \`campaign_reallocation\` (\`id\` text not null, \`campaign_id\` text not null, \`kind\` text check (\`kind\` in ('STAFF', 'MATERIALS')) not null, \`from_region_id\` text not null, \`to_region_id\` text not null, \`employee_ids\` json not null, \`materials\` text null, \`reason\` text not null, \`decided_by\` text not null, \`decided_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`campaign_reallocation_campaign_id_index\` on \`campaign_reallocation\` (\`campaign_id\`);`);

    this.addSql(`create table \`campaign_roadshow\` (\`id\` text not null, \`campaign_id\` text not null, \`region_id\` text not null, \`held_on\` text not null, \`city\` text not null, \`venue\` text not null, \`customer_ids\` json not null, \`attendees\` integer not null, \`recorded_by\` text not null, primary key (\`id\`));`);
    this.addSql(`create index \`campaign_roadshow_campaign_id_region_id_index\` on \`campaign_roadshow\` (\`campaign_id\`, \`region_id\`);`);

    this.addSql(`create table \`campaign_service_request\` (\`id\` text not null, \`campaign_id\` text not null, \`subscription_id\` text not null, \`customer_id\` text not null, \`customer_name\` text not null, \`region_id\` text not null, \`branch_id\` text not null, \`manager_id\` text null, \`status\` text check (\`status\` in ('OPEN', 'ASSIGNED', 'DONE')) not null default 'OPEN', \`note\` text not null, \`opened_by\` text not null, \`opened_at\` datetime not null, \`assignee_id\` text null, \`done_at\` datetime null, \`done_note\` text null, \`version\` integer not null default 1, primary key (\`id\`));`);
    this.addSql(`create index \`campaign_service_request_campaign_id_status_index\` on \`campaign_service_request\` (\`campaign_id\`, \`status\`);`);
    this.addSql(`create unique index \`campaign_service_request_subscription_id_unique\` on \`campaign_service_request\` (\`subscription_id\`);`);

    this.addSql(`create table \`campaign_subscription\` (\`id\` text not null, \`campaign_id\` text not null, \`channel\` text check (\`channel\` in ('DIRECT', 'AGENCY')) not null, \`customer_id\` text null, \`customer_name\` text not null, \`agency_id\` text null, \`region_id\` text not null, \`branch_id\` text null, \`manager_id\` text null, \`amount_fen\` bigint not null, \`subscribed_on\` text not null, \`first\` integer not null, \`recorded_by\` text not null, \`recorded_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`campaign_subscription_campaign_id_manager_id_index\` on \`campaign_subscription\` (\`campaign_id\`, \`manager_id\`);`);
    this.addSql(`create index \`campaign_subscription_campaign_id_customer_id_index\` on \`campaign_subscription\` (\`campaign_id\`, \`customer_id\`);`);
    this.addSql(`create index \`campaign_subscription_campaign_id_subscribed_on_index\` on \`campaign_subscription\` (\`campaign_id\`, \`subscribed_on\`);`);

    this.addSql(`create table \`campaign_intention\` (\`id\` text not null, \`campaign_id\` text not null, \`customer_id\` text not null, \`customer_name\` text not null, \`region_id\` text not null, \`branch_id\` text not null, \`manager_id\` text null, \`intended_fen\` bigint not null, \`status\` text check (\`status\` in ('OPEN', 'SUBSCRIBED', 'DECLINED', 'LAPSED')) not null default 'OPEN', \`follow_ups\` json not null, \`subscription_id\` text null, \`recorded_by\` text not null, \`recorded_on\` text not null, primary key (\`id\`));`);
    this.addSql(`create index \`campaign_intention_campaign_id_region_id_index\` on \`campaign_intention\` (\`campaign_id\`, \`region_id\`);`);
    this.addSql(`create unique index \`campaign_intention_campaign_id_customer_id_unique\` on \`campaign_intention\` (\`campaign_id\`, \`customer_id\`);`);

  }

}
