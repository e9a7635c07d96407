import { Migration } from '@mikro-orm/migrations';

export class Migration20261128213019 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`assessment\` (\`id\` text not null, \`cycle\` text check (\`cycle\` in ('MONTHLY', 'QUARTERLY', 'ANNUAL')) not null, \`period\` text not null, \`employee_id\` text not null, \`employee_name\` text not null, \`branch_id\` text not null, \`team_id\` text null, \`group_id\` text null, \`level\` text not null, \`level_rules_version\` integer not null, \`score\` double not null, \`performance_score\` double not null, \`duty_score\` double null, \`commission_basis_fen\` bigint null, \`commission_fen\` bigint null, \`proposal\` text check (\`proposal\` in ('UP', 'DOWN', 'KEEP')) null, \`proposed_level\` text null, \`status\` text check (\`status\` in ('COMPLETED', 'PROPOSED', 'CONFIRMED', 'REJECTED', 'SUPERSEDED')) not null, \`live_key\` text null, \`details_json\` text not null, \`run_by\` text not null, \`run_at\` datetime not null, \`decided_by\` text null, \`decided_at\` datetime null, \`decision_comment\` text null, \`effective_on\` text null, \`lock\` integer not null default 1, primary key (\`id\`));`);
    this.addSql(`create unique index \`assessment_live_key_unique\` on \`assessment\` (\`live_key\`);`);
    this.addSql(`create index \`assessment_employee_id_cycle_index\` on \`assessment\` (\`employee_id\`, \`cycle\`);`);
    this.addSql(`create index \`assessment_branch_id_cycle_period_index\` on \`assessment\` (\`branch_id\`, \`cycle\`, \`period\`);`);

    this.addSql(`create table \`duty_fact\` (\`id\` text not null, \`source_key\` text not null, \`employee_id\` text not null, \`branch_id\` text not null, \`kind\` text check (\`kind\` in ('SPOT_CHECK_DISCREPANCY', 'SPOT_CHECK_CONFIRMED', 'MEETING_MISSED', 'FOLLOW_UP_OVERDUE', 'TRAINING_PASSED', 'TRAINING_FAILED')) not null, \`date\` text not null, \`detail\` text not null, \`event_id\` text not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`duty_fact_source_key_unique\` on \`duty_fact\` (\`source_key\`);`);
    this.addSql(`create index \`duty_fact_employee_id_date_index\` on \`duty_fact\` (\`employee_id\`, \`date\`);`);

    this.addSql(`create table \`level_rule_set\` (\`id\` text not null, \`version\` integer not null, \`effective_from\` text not null, \`title\` text not null, \`rules_json\` text not null, \`status\` text check (\`status\` in ('SUBMITTED', 'APPROVED', 'REJECTED')) not null default 'SUBMITTED', \`approval_id\` text null, \`created_by\` text not null, \`created_at\` datetime not null, \`approved_by\` text null, \`decided_at\` datetime null, \`rejection_reason\` text null, primary key (\`id\`));`);
    this.addSql(`create unique index \`level_rule_set_version_unique\` on \`level_rule_set\` (\`version\`);`);
  }

}
