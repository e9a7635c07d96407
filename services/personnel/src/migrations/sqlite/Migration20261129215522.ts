import { Migration } from '@mikro-orm/migrations';

/** Issue 16 item 4: regions (区域) of a team with their regional manager, and the effective-dated assignments of client managers to them. */
export class Migration20261129215522 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`region\` (\`id\` text not null, \`team_id\` text not null, \`branch_id\` text not null, \`name\` text not null, \`manager_id\` text not null, \`closed_on\` text null, \`created_by\` text not null, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`region_team_id_index\` on \`region\` (\`team_id\`);`);
    this.addSql(`create index \`region_manager_id_index\` on \`region\` (\`manager_id\`);`);
    this.addSql(`create unique index \`region_team_id_name_unique\` on \`region\` (\`team_id\`, \`name\`);`);

    this.addSql(`create table \`region_assignment\` (\`id\` text not null, \`employee_id\` text not null, \`region_id\` text null, \`team_id\` text not null, \`branch_id\` text not null, \`effective_on\` text not null, \`assigned_by\` text not null, \`assigned_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`region_assignment_region_id_index\` on \`region_assignment\` (\`region_id\`);`);
    this.addSql(`create index \`region_assignment_team_id_index\` on \`region_assignment\` (\`team_id\`);`);
    this.addSql(`create unique index \`region_assignment_employee_id_effective_on_unique\` on \`region_assignment\` (\`employee_id\`, \`effective_on\`);`);

  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`region_assignment\`;`);
    this.addSql(`drop table if exists \`region\`;`);
  }

}
