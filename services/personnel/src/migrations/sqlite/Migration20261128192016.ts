import { Migration } from '@mikro-orm/migrations';

export class Migration20261128192016 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`archive_audit\` (\`id\` text not null, \`reader\` text not null, \`reader_employee_id\` text null, \`reader_roles\` text not null, \`employee_id\` text not null, \`branch_id\` text not null, \`what\` text not null, \`allowed\` integer not null, \`basis\` text not null, \`at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`archive_audit_employee_id_at_index\` on \`archive_audit\` (\`employee_id\`, \`at\`);`);
    this.addSql(`create index \`archive_audit_branch_id_at_index\` on \`archive_audit\` (\`branch_id\`, \`at\`);`);

    this.addSql(`create table \`archive_document\` (\`id\` text not null, \`employee_id\` text not null, \`kind\` text check (\`kind\` in ('PHOTO', 'RESUME', 'ID_CARD_COPY', 'DIPLOMA_COPY', 'GUARANTEE_LETTER', 'GUARANTOR_ID_COPY', 'LABOUR_CONTRACT', 'COOPERATION_AGREEMENT', 'ASSESSMENT', 'TRAINING_RESULT', 'REWARD', 'PUNISHMENT', 'OTHER')) not null, \`title\` text not null, \`file_ref\` text null, \`original_stored_at\` text null, \`source\` text check (\`source\` in ('MANUAL', 'RECRUITMENT', 'PERFORMANCE', 'TRAINING')) not null default 'MANUAL', \`added_by\` text not null, \`added_at\` datetime not null, \`verified_by\` text null, \`verified_at\` datetime null, \`genuine\` integer null, \`verification_note\` text null, \`decided_on\` text null, \`reason\` text null, \`decided_by\` text null, \`source_event_id\` text null, primary key (\`id\`));`);
    this.addSql(`create unique index \`archive_document_source_event_id_unique\` on \`archive_document\` (\`source_event_id\`);`);
    this.addSql(`create index \`archive_document_employee_id_kind_index\` on \`archive_document\` (\`employee_id\`, \`kind\`);`);

    this.addSql(`create table \`asset_item\` (\`id\` text not null, \`branch_id\` text not null, \`team_id\` text null, \`outlet_id\` text null, \`name\` text not null, \`kind\` text check (\`kind\` in ('COMPUTER', 'OFFICE_EQUIPMENT', 'PROMOTION_MATERIAL', 'OTHER')) not null, \`tag\` text not null, \`value_fen\` integer not null, \`status\` text check (\`status\` in ('IN_STOCK', 'ISSUED', 'WRITTEN_OFF')) not null default 'IN_STOCK', \`holder_id\` text null, \`registered_at\` datetime not null, \`version\` integer not null default 1, primary key (\`id\`));`);
    this.addSql(`create index \`asset_item_branch_id_index\` on \`asset_item\` (\`branch_id\`);`);
    this.addSql(`create index \`asset_item_team_id_index\` on \`asset_item\` (\`team_id\`);`);
    this.addSql(`create index \`asset_item_holder_id_status_index\` on \`asset_item\` (\`holder_id\`, \`status\`);`);
    this.addSql(`create unique index \`asset_item_branch_id_tag_unique\` on \`asset_item\` (\`branch_id\`, \`tag\`);`);

    this.addSql(`create table \`asset_ledger_line\` (\`id\` text not null, \`asset_id\` text not null, \`asset_name\` text not null, \`asset_tag\` text not null, \`branch_id\` text not null, \`team_id\` text null, \`outlet_id\` text null, \`movement\` text check (\`movement\` in ('REGISTERED', 'ISSUED', 'RETURNED', 'HANDED_OVER', 'CHARGED')) not null, \`at\` datetime not null, \`recorded_by\` text not null, \`recorded_by_employee_id\` text null, \`from_holder_id\` text null, \`to_holder_id\` text null, \`note\` text not null default '', \`act_id\` text null, \`charged_employee_id\` text null, \`loss_kind\` text check (\`loss_kind\` in ('DAMAGE', 'LOSS', 'THEFT')) null, \`amount_fen\` integer null, primary key (\`id\`));`);
    this.addSql(`create index \`asset_ledger_line_asset_id_at_index\` on \`asset_ledger_line\` (\`asset_id\`, \`at\`);`);
    this.addSql(`create index \`asset_ledger_line_outlet_id_at_index\` on \`asset_ledger_line\` (\`outlet_id\`, \`at\`);`);
    this.addSql(`create index \`asset_ledger_line_team_id_at_index\` on \`asset_ledger_line\` (\`team_id\`, \`at\`);`);
    this.addSql(`create index \`asset_ledger_line_branch_id_at_index\` on \`asset_ledger_line\` (\`branch_id\`, \`at\`);`);

    this.addSql(`create table \`branch\` (\`id\` text not null, \`name\` text not null, \`city\` text not null, primary key (\`id\`));`);

    this.addSql(`create table \`confirmation_slip\` (\`id\` text not null, \`number\` text not null, \`branch_id\` text not null, \`year\` integer not null, \`seq\` integer not null, \`employee_id\` text not null, \`customer_name\` text not null, \`account_number\` text null, \`customer_reference\` text null, \`date\` text not null, \`month\` text not null, \`note\` text null, \`file_ref\` text not null, \`recorded_by\` text not null, \`recorded_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`confirmation_slip_number_unique\` on \`confirmation_slip\` (\`number\`);`);
    this.addSql(`create index \`confirmation_slip_employee_id_month_index\` on \`confirmation_slip\` (\`employee_id\`, \`month\`);`);
    this.addSql(`create index \`confirmation_slip_branch_id_month_seq_index\` on \`confirmation_slip\` (\`branch_id\`, \`month\`, \`seq\`);`);

    this.addSql(`create table \`employee\` (\`id\` text not null, \`name\` text not null, \`level\` text not null, \`employment_type\` text check (\`employment_type\` in ('FULL_TIME', 'PART_TIME')) not null, \`status\` text check (\`status\` in ('CANDIDATE', 'PROBATION', 'ACTIVE', 'DEPARTED')) not null, \`branch_id\` text not null, \`team_id\` text null, \`group_id\` text null, \`outlet_id\` text null, \`hired_on\` text not null, \`id_number\` text null, \`candidate_id\` text null, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`employee_branch_id_index\` on \`employee\` (\`branch_id\`);`);
    this.addSql(`create index \`employee_team_id_index\` on \`employee\` (\`team_id\`);`);
    this.addSql(`create unique index \`employee_candidate_id_unique\` on \`employee\` (\`candidate_id\`);`);

    this.addSql(`create table \`employee_change\` (\`id\` text not null, \`employee_id\` text not null, \`kind\` text check (\`kind\` in ('HIRED', 'TRANSFERRED', 'LEVEL_CHANGED', 'DEPARTED')) not null, \`from_json\` text not null, \`to_json\` text not null, \`effective_on\` text not null, \`reason\` text null, \`by\` text not null, \`at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`employee_change_employee_id_at_index\` on \`employee_change\` (\`employee_id\`, \`at\`);`);

    this.addSql(`create table \`employment_contract\` (\`id\` text not null, \`employee_id\` text not null, \`branch_id\` text not null, \`kind\` text check (\`kind\` in ('LABOUR_CONTRACT', 'COOPERATION_AGREEMENT')) not null, \`signed_on\` text not null, \`starts_on\` text not null, \`ends_on\` text not null, \`original_filed_at\` text not null, \`previous_contract_id\` text null, \`next_contract_id\` text null, \`recorded_by\` text not null, \`recorded_at\` datetime not null, \`version\` integer not null default 1, primary key (\`id\`));`);
    this.addSql(`create unique index \`employment_contract_previous_contract_id_unique\` on \`employment_contract\` (\`previous_contract_id\`);`);
    this.addSql(`create index \`employment_contract_branch_id_ends_on_index\` on \`employment_contract\` (\`branch_id\`, \`ends_on\`);`);
    this.addSql(`create index \`employment_contract_employee_id_starts_on_index\` on \`employment_contract\` (\`employee_id\`, \`starts_on\`);`);

    this.addSql(`create table \`filing\` (\`id\` text not null, \`number\` text not null, \`branch_id\` text not null, \`year\` integer not null, \`seq\` integer not null, \`type\` text check (\`type\` in ('MONTHLY_BUSINESS_REPORT', 'STAFF_CHANGE', 'PAY_REPORT', 'OTHER')) not null, \`title\` text not null, \`period\` text null, \`date\` text not null, \`file_ref\` text not null, \`filed_by\` text not null, \`filed_at\` datetime not null, \`source_ref\` text null, primary key (\`id\`));`);
    this.addSql(`create unique index \`filing_number_unique\` on \`filing\` (\`number\`);`);
    this.addSql(`create unique index \`filing_source_ref_unique\` on \`filing\` (\`source_ref\`);`);
    this.addSql(`create index \`filing_type_date_index\` on \`filing\` (\`type\`, \`date\`);`);
    this.addSql(`create index \`filing_date_index\` on \`filing\` (\`date\`);`);
    this.addSql(`create index \`filing_branch_id_date_index\` on \`filing\` (\`branch_id\`, \`date\`);`);

    this.addSql(`create table \`team_group\` (\`id\` text not null, \`team_id\` text not null, \`name\` text not null, primary key (\`id\`));`);
    this.addSql(`create index \`team_group_team_id_index\` on \`team_group\` (\`team_id\`);`);
    this.addSql(`create unique index \`team_group_team_id_name_unique\` on \`team_group\` (\`team_id\`, \`name\`);`);

    this.addSql(`create table \`inbox_entry\` (\`consumer\` text not null, \`event_id\` text not null, \`type\` text not null, \`processed_at\` datetime not null, primary key (\`consumer\`, \`event_id\`));`);

    this.addSql(`create table \`outbox_message\` (\`seq\` integer not null primary key autoincrement, \`event_id\` text not null, \`topic\` text not null, \`key\` text not null, \`type\` text not null, \`payload\` text not null, \`created_at\` datetime not null, \`sent_at\` datetime null, \`attempts\` integer not null default 0, \`last_error\` text null);`);
    this.addSql(`create unique index \`outbox_message_event_id_unique\` on \`outbox_message\` (\`event_id\`);`);
    this.addSql(`create index \`outbox_message_sent_at_seq_index\` on \`outbox_message\` (\`sent_at\`, \`seq\`);`);

    this.addSql(`create table \`outlet\` (\`id\` text not null, \`branch_id\` text not null, \`name\` text not null, \`opens_at\` text not null, \`closes_at\` text not null, primary key (\`id\`));`);
    this.addSql(`create index \`outlet_branch_id_index\` on \`outlet\` (\`branch_id\`);`);
    this.addSql(`create unique index \`outlet_branch_id_name_unique\` on \`outlet\` (\`branch_id\`, \`name\`);`);

    this.addSql(`create table \`serial_counter\` (\`branch_id\` text not null, \`series\` text not null, \`year\` integer not null, \`last_number\` integer not null default 0, primary key (\`branch_id\`, \`series\`, \`year\`));`);

    this.addSql(`create table \`slip_month_closure\` (\`id\` text not null, \`branch_id\` text not null, \`month\` text not null, \`slip_count\` integer not null, \`first_number\` text null, \`last_number\` text null, \`closed_by\` text not null, \`closed_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`slip_month_closure_branch_id_month_unique\` on \`slip_month_closure\` (\`branch_id\`, \`month\`);`);

    this.addSql(`create table \`team\` (\`id\` text not null, \`branch_id\` text not null, \`name\` text not null, primary key (\`id\`));`);
    this.addSql(`create index \`team_branch_id_index\` on \`team\` (\`branch_id\`);`);
    this.addSql(`create unique index \`team_branch_id_name_unique\` on \`team\` (\`branch_id\`, \`name\`);`);
  }

}
