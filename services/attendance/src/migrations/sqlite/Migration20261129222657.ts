import { Migration } from '@mikro-orm/migrations';

/** Issue 16 item 4: the regions projection (known_region, known_region_member): the regional manager's scope. */
export class Migration20261129222657 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`known_region\` (\`id\` text not null, \`team_id\` text not null, \`branch_id\` text not null, \`name\` text not null, \`manager_id\` text not null, \`closed_on\` text null, primary key (\`id\`));`);
    this.addSql(`create index \`known_region_team_id_index\` on \`known_region\` (\`team_id\`);`);
    this.addSql(`create index \`known_region_manager_id_index\` on \`known_region\` (\`manager_id\`);`);

    this.addSql(`create table \`known_region_member\` (\`employee_id\` text not null, \`effective_from\` text not null, \`region_id\` text null, \`team_id\` text not null, primary key (\`employee_id\`, \`effective_from\`));`);
    this.addSql(`create index \`known_region_member_region_id_effective_from_index\` on \`known_region_member\` (\`region_id\`, \`effective_from\`);`);

  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`known_region_member\`;`);
    this.addSql(`drop table if exists \`known_region\`;`);
  }

}
