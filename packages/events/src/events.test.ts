import 'reflect-metadata';
import { Entity, MikroORM, PrimaryKey, Property } from '@mikro-orm/core';
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { InProcessTransport, InboxEntry, OutboxMessage, OutboxRelay, inboxBatchHandler, inboxHandler, recordEvent, type EventHandlers } from './index';

@Entity()
class Hire {
  @PrimaryKey({ type: 'string' }) id!: string;
}

@Entity()
class Projection {
  @PrimaryKey({ type: 'string' }) employeeId!: string;
  @Property({ type: 'integer' }) applied = 0;
}

async function db() {
  const orm = await MikroORM.init({
    driver: BetterSqliteDriver,
    dbName: ':memory:',
    entities: [Hire, Projection, OutboxMessage, InboxEntry],
    allowGlobalContext: false,
  });
  await orm.schema.createSchema();
  return orm;
}

const hired = (employeeId: string) => ({
  employeeId,
  branchId: 'SZ01',
  teamId: null,
  groupId: null,
  outletId: null,
  name: 'x',
  level: 'L1',
  employmentType: 'FULL_TIME' as const,
  status: 'ACTIVE' as const,
  hiredOn: '2026-11-02',
});

describe('outbox -> relay -> transport -> inbox', () => {
  let producer: MikroORM;
  let consumer: MikroORM;
  let transport: InProcessTransport;

  beforeEach(async () => {
    [producer, consumer] = await Promise.all([db(), db()]);
    transport = new InProcessTransport(1);
    await transport.subscribe({
      group: 'attendance',
      topics: ['personnel.employee'],
      maxAttempts: 3,
      handler: inboxHandler(consumer, 'attendance', {
        EmployeeHired: async (em, e) => {
          if (e.data.employeeId === 'FAIL') throw new Error('boom');
          const p = (await em.findOne(Projection, { employeeId: e.data.employeeId })) ?? em.create(Projection, { employeeId: e.data.employeeId, applied: 0 });
          p.applied++;
        },
      }),
    });
  });
  afterEach(async () => {
    await transport.close();
    await Promise.all([producer.close(), consumer.close()]);
  });

  it('commits the event with the change and applies it once even when delivered twice', async () => {
    const em = producer.em.fork();
    em.persist(em.create(Hire, { id: 'E1' }));
    const envelope = recordEvent(em, 'personnel', 'EmployeeHired', 'E1', hired('E1'));
    await em.flush();

    const relay = new OutboxRelay(producer, transport);
    expect(await relay.backlog()).toBe(1);
    expect(await relay.drain()).toBe(1);
    expect(await relay.backlog()).toBe(0);
    // A redelivery (e.g. relay crashed before stamping the row sent) must change nothing.
    const sent = transport.messages('personnel.employee')[0];
    expect(JSON.parse(sent.value)).toEqual(envelope);
    await transport.publish([{ topic: sent.topic, key: sent.key!, value: sent.value }]);
    await transport.idle();

    const rows = await consumer.em.fork().find(Projection, {});
    expect(rows.map((r) => [r.employeeId, r.applied])).toEqual([['E1', 1]]);
    expect(await consumer.em.fork().count(InboxEntry, {})).toBe(1);
  });

  it('writes no event when the change does not commit', async () => {
    const em = producer.em.fork();
    await expect(
      em.transactional(async (tx) => {
        tx.persist(tx.create(Hire, { id: 'E2' }));
        recordEvent(tx, 'personnel', 'EmployeeHired', 'E2', hired('E2'));
        await tx.flush();
        throw new Error('validation failed after the write');
      }),
    ).rejects.toThrow('validation failed');
    expect(await producer.em.fork().count(OutboxMessage, {})).toBe(0);
  });

  it('dead-letters a poison message and a failing one, and the topic keeps flowing', async () => {
    await transport.publish([
      { topic: 'personnel.employee', key: 'x', value: 'not json' },
      {
        topic: 'personnel.employee',
        key: 'FAIL',
        value: JSON.stringify({ specversion: '1.0', id: 'f1', source: 't', type: 'EmployeeHired.v1', time: 'now', subject: 'FAIL', data: hired('FAIL') }),
      },
      {
        topic: 'personnel.employee',
        key: 'E3',
        value: JSON.stringify({ specversion: '1.0', id: 'ok3', source: 't', type: 'EmployeeHired.v1', time: 'now', subject: 'E3', data: hired('E3') }),
      },
    ]);
    await transport.idle();
    const dlt = transport.messages('personnel.employee.dlt');
    expect(dlt.map((m) => [m.key, m.headers['x-dlt-attempts'], m.headers['x-dlt-error']])).toEqual([
      ['x', '1', 'PoisonMessageError: message is not JSON'],
      ['FAIL', '3', 'Error: boom'],
    ]);
    expect((await consumer.em.fork().find(Projection, {})).map((p) => p.employeeId)).toEqual(['E3']);
  });

  it('keeps events in the outbox while the transport is down and sends them when it is back', async () => {
    const em = producer.em.fork();
    recordEvent(em, 'personnel', 'EmployeeHired', 'E4', hired('E4'));
    await em.flush();
    const publish = transport.publish.bind(transport);
    transport.publish = async () => {
      throw new Error('broker down');
    };
    const relay = new OutboxRelay(producer, transport);
    await expect(relay.drain()).rejects.toThrow('broker down');
    expect(await relay.backlog()).toBe(1);
    transport.publish = publish;
    expect(await relay.drain()).toBe(1);
    await transport.idle();
    expect(await consumer.em.fork().count(Projection, { employeeId: 'E4' })).toBe(1);
  });
});

describe('inboxBatchHandler', () => {
  it('applies a run of events once each in one transaction, skipping ones already applied', async () => {
    const orm = await db();
    const handlers: EventHandlers = {
      EmployeeHired: async (em, e) => {
        const p = (await em.findOne(Projection, { employeeId: e.data.employeeId })) ?? em.create(Projection, { employeeId: e.data.employeeId, applied: 0 });
        p.applied++;
      },
    };
    const msg = (id: string, employee: string) => ({
      topic: 'personnel.employee',
      partition: 0,
      offset: '0',
      key: employee,
      headers: {},
      value: JSON.stringify({ specversion: '1.0', id, source: 't', type: 'EmployeeHired.v1', time: 'now', subject: employee, data: hired(employee) }),
    });
    const outcomes: string[] = [];
    const batch = inboxBatchHandler(orm, 'c', handlers, (o) => outcomes.push(o));
    await inboxHandler(orm, 'c', handlers)(msg('a', 'E1'));
    await batch([msg('a', 'E1'), msg('b', 'E2'), msg('b', 'E2'), msg('c', 'E3')]);
    const rows = await orm.em.fork().find(Projection, {}, { orderBy: { employeeId: 'asc' } });
    expect(rows.map((r) => [r.employeeId, r.applied])).toEqual([
      ['E1', 1],
      ['E2', 1],
      ['E3', 1],
    ]);
    expect(outcomes).toEqual(['duplicate', 'applied', 'duplicate', 'applied']);
    await expect(batch([msg('d', 'E4'), { ...msg('x', 'E5'), value: 'garbage' }])).rejects.toThrow('not JSON');
    expect(await orm.em.fork().count(Projection, { employeeId: 'E4' })).toBe(0);
    await orm.close();
  });
});
