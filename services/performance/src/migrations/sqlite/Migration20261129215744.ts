import { Migration } from '@mikro-orm/migrations';

/** Issue 16 item 4: the regions projection (known_region, known_region_member) and regions' goals (R-1.4). */
export class Migration20261129215744 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`known_region\` (\`id\` text not null, \`team_id\` text not null, \`branch_id\` text not null, \`name\` text not null, \`manager_id\` text not null, \`closed_on\` text null, primary key (\`id\`));`);
    this.addSql(`create index \`known_region_team_id_index\` on \`known_region\` (\`team_id\`);`);
    this.addSql(`create index \`known_region_manager_id_index\` on \`known_region\` (\`manager_id\`);`);

    this.addSql(`create table \`known_region_member\` (\`employee_id\` text not null, \`effective_from\` text not null, \`region_id\` text null, \`team_id\` text not null, primary key (\`employee_id\`, \`effective_from\`));`);
    this.addSql(`create index \`known_region_member_region_id_effective_from_index\` on \`known_region_member\` (\`region_id\`, \`effective_from\`);`);

    this.addSql(`create table \`plan_region_goal\` (\`id\` text not null, \`plan_id\` text not null, \`region_id\` text not null, \`region_name\` text not null, \`manager_id\` text not null, \`granularity\` text check (\`granularity\` in ('MONTH', 'QUARTER')) not null, \`period\` text not null, \`new_accounts\` integer not null, \`new_assets_fen\` bigint not null, \`net_revenue_fen\` bigint not null, \`assigned_by\` text not null, \`assigned_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`plan_region_goal_plan_id_index\` on \`plan_region_goal\` (\`plan_id\`);`);
    this.addSql(`create index \`plan_region_goal_region_id_index\` on \`plan_region_goal\` (\`region_id\`);`);
    this.addSql(`create unique index \`plan_region_goal_plan_id_region_id_period_unique\` on \`plan_region_goal\` (\`plan_id\`, \`region_id\`, \`period\`);`);

  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`plan_region_goal\`;`);
    this.addSql(`drop table if exists \`known_region_member\`;`);
    this.addSql(`drop table if exists \`known_region\`;`);
  }

}
