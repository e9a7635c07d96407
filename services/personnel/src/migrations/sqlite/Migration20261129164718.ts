import { Migration } from '@mikro-orm/migrations';

/** Issue 16 item 9: handover acts, acknowledged by both parties. */
export class Migration20261129164718 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`asset_handover_act\` (\`act_id\` text not null, \`branch_id\` text not null, \`from_employee_id\` text not null, \`to_employee_id\` text not null, \`at\` datetime not null, \`recorded_by\` text not null, \`status\` text check (\`status\` in ('PENDING', 'ACKNOWLEDGED')) not null default 'PENDING', \`from_acknowledged_at\` datetime null, \`to_acknowledged_at\` datetime null, \`version\` integer not null default 1, primary key (\`act_id\`));`);
    this.addSql(`create index \`asset_handover_act_to_employee_id_index\` on \`asset_handover_act\` (\`to_employee_id\`);`);
    this.addSql(`create index \`asset_handover_act_from_employee_id_index\` on \`asset_handover_act\` (\`from_employee_id\`);`);
    this.addSql(`create index \`asset_handover_act_branch_id_status_index\` on \`asset_handover_act\` (\`branch_id\`, \`status\`);`);
  }

}
