import { Migration } from '@mikro-orm/migrations';

export class Migration20261128200504 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`asset_loss_charge\` (\`charge_id\` text not null, \`employee_id\` text not null, \`branch_id\` text not null, \`asset_id\` text not null, \`amount_fen\` bigint not null, \`kind\` text not null, \`charged_on\` text not null, \`month\` text not null, \`settled_in_payroll_id\` text null, primary key (\`charge_id\`));`);
    this.addSql(`create index \`asset_loss_charge_employee_id_settled_in_payroll_id_index\` on \`asset_loss_charge\` (\`employee_id\`, \`settled_in_payroll_id\`);`);

    this.addSql(`create table \`attendance_month\` (\`id\` text not null, \`employee_id\` text not null, \`branch_id\` text not null, \`month\` text not null, \`days_worked\` integer not null, \`late\` integer not null, \`early\` integer not null, \`absent\` integer not null, \`leave_days\` double not null, \`visits\` integer not null, \`event_id\` text not null, \`closed_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`attendance_month_branch_id_month_index\` on \`attendance_month\` (\`branch_id\`, \`month\`);`);
    this.addSql(`create unique index \`attendance_month_employee_id_month_unique\` on \`attendance_month\` (\`employee_id\`, \`month\`);`);

    this.addSql(`create table \`business_metrics\` (\`id\` text not null, \`employee_id\` text not null, \`branch_id\` text not null, \`team_id\` text null, \`month\` text not null, \`customers_developed\` integer not null, \`new_accounts\` integer not null, \`new_assets\` bigint not null, \`customer_assets\` bigint not null, \`net_revenue\` bigint not null, primary key (\`id\`));`);
    this.addSql(`create index \`business_metrics_branch_id_month_index\` on \`business_metrics\` (\`branch_id\`, \`month\`);`);
    this.addSql(`create unique index \`business_metrics_employee_id_month_unique\` on \`business_metrics\` (\`employee_id\`, \`month\`);`);

    this.addSql(`create table \`compensation_standard\` (\`id\` text not null, \`version\` integer not null, \`branch_id\` text null, \`effective_from\` text not null, \`title\` text not null, \`rules_json\` text not null, \`status\` text check (\`status\` in ('DRAFT', 'APPROVED', 'REJECTED')) not null default 'DRAFT', \`created_by\` text not null, \`created_at\` datetime not null, \`decided_by\` text null, \`decided_at\` datetime null, \`decision_comment\` text null, \`lock\` integer not null default 1, primary key (\`id\`));`);
    this.addSql(`create unique index \`compensation_standard_version_unique\` on \`compensation_standard\` (\`version\`);`);

    this.addSql(`create table \`employee_grade\` (\`employee_id\` text not null, \`level\` text not null, \`employment_type\` text not null, \`updated_at\` datetime not null, primary key (\`employee_id\`));`);

    this.addSql(`create table \`inbox_entry\` (\`consumer\` text not null, \`event_id\` text not null, \`type\` text not null, \`processed_at\` datetime not null, primary key (\`consumer\`, \`event_id\`));`);

    this.addSql(`create table \`known_employee\` (\`id\` text not null, \`name\` text not null, \`branch_id\` text not null, \`team_id\` text null, \`group_id\` text null, \`status\` text not null, \`version\` integer not null default 0, \`updated_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`known_employee_branch_id_index\` on \`known_employee\` (\`branch_id\`);`);
    this.addSql(`create index \`known_employee_team_id_index\` on \`known_employee\` (\`team_id\`);`);

    this.addSql(`create table \`metrics_import\` (\`id\` text not null, \`branch_id\` text not null, \`month\` text not null, \`revision\` integer not null default 1, \`line_count\` integer not null, \`customers_developed\` integer not null default 0, \`new_accounts\` integer not null default 0, \`new_assets_fen\` bigint not null default 0, \`customer_assets_fen\` bigint not null default 0, \`net_revenue_fen\` bigint not null default 0, \`imported_by\` text not null, \`imported_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`metrics_import_branch_id_month_unique\` on \`metrics_import\` (\`branch_id\`, \`month\`);`);

    this.addSql(`create table \`outbox_message\` (\`seq\` integer not null primary key autoincrement, \`event_id\` text not null, \`topic\` text not null, \`key\` text not null, \`type\` text not null, \`payload\` text not null, \`created_at\` datetime not null, \`sent_at\` datetime null, \`attempts\` integer not null default 0, \`last_error\` text null);`);
    this.addSql(`create unique index \`outbox_message_event_id_unique\` on \`outbox_message\` (\`event_id\`);`);
    this.addSql(`create index \`outbox_message_sent_at_seq_index\` on \`outbox_message\` (\`sent_at\`, \`seq\`);`);

    this.addSql(`create table \`payroll_line\` (\`id\` text not null, \`run_id\` text not null, \`employee_id\` text not null, \`employee_name\` text not null, \`branch_id\` text not null, \`team_id\` text null, \`month\` text not null, \`level\` text not null, \`new_accounts\` integer not null, \`new_assets_fen\` bigint not null, \`net_revenue_fen\` bigint not null, \`absent\` integer not null, \`late\` integer not null, \`early\` integer not null, \`asset_loss_fen\` bigint not null, \`asset_loss_charge_ids\` text not null default '[]', \`base_fen\` bigint not null, \`tiers_json\` text not null, \`commission_fen\` bigint not null, \`new_account_bonus_fen\` bigint not null, \`new_assets_bonus_fen\` bigint not null, \`cap_cut_fen\` bigint not null, \`gross_fen\` bigint not null, \`absence_deduction_fen\` bigint not null, \`late_deduction_fen\` bigint not null, \`early_deduction_fen\` bigint not null, \`asset_loss_deduction_fen\` bigint not null, \`deductions_fen\` bigint not null, \`floor_top_up_fen\` bigint not null, \`net_fen\` bigint not null, primary key (\`id\`));`);
    this.addSql(`create index \`payroll_line_branch_id_month_index\` on \`payroll_line\` (\`branch_id\`, \`month\`);`);
    this.addSql(`create index \`payroll_line_employee_id_month_index\` on \`payroll_line\` (\`employee_id\`, \`month\`);`);
    this.addSql(`create index \`payroll_line_run_id_employee_id_index\` on \`payroll_line\` (\`run_id\`, \`employee_id\`);`);

    this.addSql(`create table \`payroll_run\` (\`id\` text not null, \`branch_id\` text not null, \`month\` text not null, \`revision\` integer not null, \`live_key\` text null, \`status\` text check (\`status\` in ('AWAITING_FINANCE', 'AWAITING_DEPUTY', 'AWAITING_MANAGER', 'SIGNED_OFF', 'FILED', 'REJECTED', 'SUPERSEDED')) not null default 'AWAITING_FINANCE', \`standard_id\` text not null, \`standard_version\` integer not null, \`line_count\` integer not null, \`total_gross_fen\` bigint not null, \`total_deductions_fen\` bigint not null, \`total_net_fen\` bigint not null, \`computed_by\` text not null, \`computed_at\` datetime not null, \`closed_reason\` text null, \`filed_on\` text null, \`filed_by\` text null, \`lock\` integer not null default 1, primary key (\`id\`));`);
    this.addSql(`create unique index \`payroll_run_live_key_unique\` on \`payroll_run\` (\`live_key\`);`);
    this.addSql(`create index \`payroll_run_month_status_index\` on \`payroll_run\` (\`month\`, \`status\`);`);
    this.addSql(`create index \`payroll_run_branch_id_month_index\` on \`payroll_run\` (\`branch_id\`, \`month\`);`);

    this.addSql(`create table \`payroll_signature\` (\`id\` text not null, \`run_id\` text not null, \`step\` text check (\`step\` in ('FINANCE', 'DEPUTY', 'MANAGER')) not null, \`decision\` text check (\`decision\` in ('SIGNED', 'REJECTED')) not null, \`signed_by\` text not null, \`signer_employee_id\` text null, \`at\` datetime not null, \`comment\` text not null default '', primary key (\`id\`));`);
    this.addSql(`create index \`payroll_signature_run_id_at_index\` on \`payroll_signature\` (\`run_id\`, \`at\`);`);
  }

}
