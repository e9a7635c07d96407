import { Migration } from '@mikro-orm/migrations';
import { projectionMigrationSql } from '@bg/service';

/** The shared projections of personnel's data (employee periods, organisation), carrying the known employees over. */
export class Migration20261129154700 extends Migration {
  override async up(): Promise<void> {
    for (const sql of projectionMigrationSql('postgresql', { join: 'left join employee_post p on p.employee_id = k.id', level: "'-'", employmentType: "'-'", outletId: 'p.outlet_id', hiredOn: 'p.hired_on', departedOn: 'p.departed_on' })) this.addSql(sql);
    this.addSql('drop table if exists "employee_post";');
    this.addSql('drop table if exists "outlet_hours";');
  }
}
