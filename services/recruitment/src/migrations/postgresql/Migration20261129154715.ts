import { Migration } from '@mikro-orm/migrations';
import { projectionMigrationSql } from '@bg/service';

/** The shared projections of personnel's data (employee periods, organisation), carrying the known employees over. */
export class Migration20261129154715 extends Migration {
  override async up(): Promise<void> {
    for (const sql of projectionMigrationSql('postgresql', { join: '', level: "'-'", employmentType: "'-'", outletId: 'null', hiredOn: 'null', departedOn: 'null' })) this.addSql(sql);

  }
}
