import { schemaDrift } from '@bg/db';
import { InboxEntry, OutboxMessage } from '@bg/events';
import { personnel } from '@bg/personnel';
import { attendance } from '@bg/attendance';
import { performance } from '@bg/performance';
import { recruitment } from '@bg/recruitment';

describe.each([personnel, attendance, performance, recruitment])('$name migrations', (def) => {
  it('build exactly the schema its entities describe (run `npm run migration:create` after changing an entity)', async () => {
    const entities = [...def.entities, OutboxMessage, InboxEntry];
    expect(await schemaDrift({ sqlitePath: ':memory:', entities, migrations: def.migrations })).toBe('');
  });
});
