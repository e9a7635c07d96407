import { Migration } from '@mikro-orm/migrations';

/** Issue 16 item 5: days recorded as LEFT_POST (擅自离岗) by a patrol. */
export class Migration20261129170421 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`left_post_day\` (\`employee_id\` text not null, \`date\` text not null, \`branch_id\` text not null, \`team_id\` text not null, \`outlet_id\` text not null, \`patrol_id\` text not null, \`time\` text not null, \`recorded_by\` text not null, \`recorded_at\` datetime not null, primary key (\`employee_id\`, \`date\`));`);
    this.addSql(`create index \`left_post_day_team_id_index\` on \`left_post_day\` (\`team_id\`);`);
  }

}
