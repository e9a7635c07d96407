import { Migration } from '@mikro-orm/migrations';

/** Issue 16 item 3: the teams' bank cooperation agreements (R-1.2). */
export class Migration20261129200713 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`bank_agreement\` (\`id\` text not null, \`branch_id\` text not null, \`team_id\` text not null, \`partner_bank\` text not null, \`starts_on\` text not null, \`ends_on\` text not null, \`terms\` text not null, \`file_ref\` text not null, \`filed_by\` text not null, \`filed_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`bank_agreement_team_id_starts_on_index\` on \`bank_agreement\` (\`team_id\`, \`starts_on\`);`);
  }

}
