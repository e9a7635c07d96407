import { Migration } from '@mikro-orm/migrations';

export class Migration20261128210718 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`analysis_report\` (\`id\` text not null, \`branch_id\` text not null, \`team_id\` text not null, \`kind\` text check (\`kind\` in ('MONTHLY', 'HALF_YEAR', 'ANNUAL')) not null, \`period\` text not null, \`status\` text check (\`status\` in ('DRAFT', 'SUBMITTED')) not null default 'DRAFT', \`analysis\` text not null default '', \`figures_json\` text not null, \`plan_id\` text null, \`plan_version\` integer null, \`written_by\` text not null, \`updated_at\` datetime not null, \`submitted_by\` text null, \`submitted_at\` datetime null, \`lock\` integer not null default 1, primary key (\`id\`));`);
    this.addSql(`create index \`analysis_report_branch_id_status_index\` on \`analysis_report\` (\`branch_id\`, \`status\`);`);
    this.addSql(`create unique index \`analysis_report_team_id_kind_period_unique\` on \`analysis_report\` (\`team_id\`, \`kind\`, \`period\`);`);

    this.addSql(`create table \`approval_request\` (\`id\` text not null, \`kind\` text check (\`kind\` in ('WORK_PLAN', 'COMPENSATION_STANDARD', 'LEVEL_RULES', 'ASSESSMENT_RULES')) not null, \`subject_id\` text not null, \`subject_version\` integer not null, \`branch_id\` text null, \`title\` text not null, \`status\` text check (\`status\` in ('IN_PROGRESS', 'APPROVED', 'REJECTED')) not null default 'IN_PROGRESS', \`stage\` text check (\`stage\` in ('SUBMITTED', 'OFFICE_REVIEW', 'CHANNEL_REVIEW', 'COSIGN', 'OFFICE_ROUTING', 'EXECUTIVE_APPROVAL', 'OFFICE_CLOSE')) not null default 'OFFICE_REVIEW', \`cosign_departments_json\` text not null default '[]', \`cosigned_json\` text not null default '[]', \`submitted_by\` text not null, \`submitted_at\` datetime not null, \`ended_at\` datetime null, \`rejection_reason\` text null, \`lock\` integer not null default 1, primary key (\`id\`));`);
    this.addSql(`create index \`approval_request_branch_id_status_index\` on \`approval_request\` (\`branch_id\`, \`status\`);`);
    this.addSql(`create index \`approval_request_kind_subject_id_index\` on \`approval_request\` (\`kind\`, \`subject_id\`);`);

    this.addSql(`create table \`approval_step\` (\`id\` text not null, \`request_id\` text not null, \`seq\` integer not null, \`stage\` text check (\`stage\` in ('SUBMITTED', 'OFFICE_REVIEW', 'CHANNEL_REVIEW', 'COSIGN', 'OFFICE_ROUTING', 'EXECUTIVE_APPROVAL', 'OFFICE_CLOSE')) not null, \`department\` text check (\`department\` in ('HUMAN_RESOURCES', 'FINANCE', 'COMPLIANCE', 'RISK_MANAGEMENT')) null, \`signatory\` text null, \`role\` text not null, \`acted_by\` text not null, \`actor_employee_id\` text null, \`acted_at\` datetime not null, \`decision\` text check (\`decision\` in ('SUBMITTED', 'APPROVED', 'REJECTED')) not null, \`comment\` text not null default '', primary key (\`id\`));`);
    this.addSql(`create unique index \`approval_step_request_id_seq_unique\` on \`approval_step\` (\`request_id\`, \`seq\`);`);

    this.addSql(`create table \`plan_goal\` (\`id\` text not null, \`plan_id\` text not null, \`employee_id\` text not null, \`employee_name\` text not null, \`granularity\` text check (\`granularity\` in ('MONTH', 'QUARTER')) not null, \`period\` text not null, \`account_openings\` integer not null, \`new_assets_fen\` bigint not null, \`net_revenue_fen\` bigint not null, \`assigned_by\` text not null, \`assigned_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`plan_goal_plan_id_index\` on \`plan_goal\` (\`plan_id\`);`);
    this.addSql(`create index \`plan_goal_employee_id_index\` on \`plan_goal\` (\`employee_id\`);`);
    this.addSql(`create unique index \`plan_goal_plan_id_employee_id_period_unique\` on \`plan_goal\` (\`plan_id\`, \`employee_id\`, \`period\`);`);

    this.addSql(`create table \`work_plan\` (\`id\` text not null, \`kind\` text check (\`kind\` in ('ANNUAL', 'NEW_TEAM')) not null, \`branch_id\` text not null, \`team_id\` text not null, \`year\` integer not null, \`start_month\` text not null, \`version\` integer not null, \`status\` text check (\`status\` in ('PENDING_APPROVAL', 'APPROVED', 'REJECTED')) not null default 'PENDING_APPROVAL', \`target_account_openings\` integer not null, \`target_new_assets_fen\` bigint null, \`target_net_revenue_fen\` bigint null, \`marketing_plan\` text not null default '', \`bank_agreement_ref\` text null, \`filed_by\` text not null, \`filed_at\` datetime not null, \`decided_by\` text null, \`decided_at\` datetime null, \`rejection_reason\` text null, primary key (\`id\`));`);
    this.addSql(`create index \`work_plan_branch_id_year_index\` on \`work_plan\` (\`branch_id\`, \`year\`);`);
    this.addSql(`create unique index \`work_plan_team_id_kind_year_version_unique\` on \`work_plan\` (\`team_id\`, \`kind\`, \`year\`, \`version\`);`);
  }

}
