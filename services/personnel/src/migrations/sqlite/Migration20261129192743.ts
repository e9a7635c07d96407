import { Migration } from '@mikro-orm/migrations';

/** Issue 16 item 7: team lead appointments (团队负责人), effective-dated. */
export class Migration20261129192743 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`team_lead_appointment\` (\`id\` text not null, \`team_id\` text not null, \`branch_id\` text not null, \`employee_id\` text not null, \`effective_on\` text not null, \`appointed_by\` text not null, \`appointed_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`team_lead_appointment_employee_id_index\` on \`team_lead_appointment\` (\`employee_id\`);`);
    this.addSql(`create unique index \`team_lead_appointment_team_id_effective_on_unique\` on \`team_lead_appointment\` (\`team_id\`, \`effective_on\`);`);
  }

}
