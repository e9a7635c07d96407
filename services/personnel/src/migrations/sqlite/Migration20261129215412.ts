import { Migration } from '@mikro-orm/migrations';

/** 第五条 分工: each team member's duty role (development / service), effective-dated. */
export class Migration20261129215412 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`duty_role_assignment\` (\`id\` text not null, \`team_id\` text not null, \`branch_id\` text not null, \`employee_id\` text not null, \`role\` text check (\`role\` in ('DEVELOPMENT', 'SERVICE')) not null, \`effective_on\` text not null, \`assigned_by\` text not null, \`assigned_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`duty_role_assignment_team_id_effective_on_index\` on \`duty_role_assignment\` (\`team_id\`, \`effective_on\`);`);
    this.addSql(`create unique index \`duty_role_assignment_employee_id_effective_on_unique\` on \`duty_role_assignment\` (\`employee_id\`, \`effective_on\`);`);
  }

}
