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

describe('entities of services sharing one process (npm start)', () => {
  it('have distinct class names unless they are the same shared class', () => {
    // MikroORM's decorator metadata is keyed by class name: two different classes of one name in
    // one process would get each other's mappings.
    const byName = new Map<string, Set<Function>>();
    for (const def of [personnel, attendance, performance, recruitment]) {
      for (const entity of def.entities) byName.set(entity.name, (byName.get(entity.name) ?? new Set()).add(entity));
    }
    expect([...byName].filter(([, classes]) => classes.size > 1).map(([name]) => name)).toEqual([]);
  });
});
