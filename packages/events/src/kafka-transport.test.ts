import { randomBytes, randomUUID } from 'node:crypto';
import { Partitioners } from 'kafkajs';
import { CloudEvent, Kafka as CloudEventsKafka, type KafkaMessage } from 'cloudevents';
import { createEnvelope, parseEnvelope } from './envelope';
import { fromKafkaMessage, keyHashPartitioner, murmur2, toKafkaMessage } from './kafka-transport';

describe('keyHashPartitioner', () => {
  it("puts every key on the partition Kafka's default partitioner (kafkajs, Java) puts it on", () => {
    const ours = keyHashPartitioner();
    const theirs = Partitioners.DefaultPartitioner();
    const keys = [
      '',
      'a',
      'ab',
      'abc',
      'abcd',
      '21',
      'E1001',
      '压测员工',
      '深圳福田营业部-一队',
      ...Array.from({ length: 2000 }, () => randomUUID()),
      ...Array.from({ length: 500 }, (_, i) => randomBytes(i % 67)),
    ];
    for (const partitions of [1, 3, 7, 12]) {
      const partitionMetadata = Array.from({ length: partitions }, (_, partitionId) => ({
        partitionId,
        leader: 1,
        replicas: [1],
        isr: [1],
        partitionErrorCode: 0,
      }));
      for (const key of keys) {
        const args = { topic: 't', partitionMetadata, message: { key, value: 'v' } };
        expect([key, ours(args)]).toEqual([key, theirs(args)]);
      }
    }
  });

  it("hashes as Kafka's Java client does (known values)", () => {
    // From org.apache.kafka.common.utils.UtilsTest#testMurmur2.
    const cases: Array<[string, number]> = [
      ['21', -973932308],
      ['foobar', -790332482],
      ['a-little-bit-long-string', -985981536],
      ['a-little-bit-longer-string', -1486304829],
      ['lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8', -58897971],
      ['abc', 479470107],
    ];
    for (const [key, hash] of cases) expect(murmur2(Buffer.from(key))).toBe(hash);
  });
});

describe('CloudEvents Kafka protocol binding (binary content mode)', () => {
  const hired = createEnvelope(
    'personnel',
    'EmployeeHired',
    'E1001',
    {
      employeeId: 'E1001',
      branchId: 'SZ01',
      teamId: 'SZ01-T1',
      groupId: null,
      name: '张伟',
      level: 'JUNIOR',
      employmentType: 'FULL_TIME',
      status: 'PROBATION',
      hiredOn: '2026-11-02',
    } as never,
    new Date('2026-11-02T01:30:00Z'),
  );

  it('sends the attributes as ce_ headers and content-type, the data alone as the value, as the cloudevents SDK reads it', () => {
    const m = toKafkaMessage({ topic: 'personnel.employee', key: 'E1001', value: JSON.stringify(hired) });
    expect(m.headers).toEqual({
      ce_specversion: '1.0',
      ce_id: hired.id,
      ce_source: 'personnel',
      ce_type: 'EmployeeHired.v1',
      ce_time: '2026-11-02T01:30:00.000Z',
      ce_subject: 'E1001',
      'content-type': 'application/json',
    });
    expect(JSON.parse(String(m.value))).toEqual(hired.data);

    const received: KafkaMessage = { key: m.key, value: Buffer.from(String(m.value)), body: undefined, headers: m.headers };
    expect(CloudEventsKafka.isEvent(received)).toBe(true);
    const event = CloudEventsKafka.toEvent(received) as CloudEvent<unknown>;
    expect({
      specversion: event.specversion,
      id: event.id,
      source: event.source,
      type: event.type,
      time: event.time,
      subject: event.subject,
      datacontenttype: event.datacontenttype,
    }).toEqual({
      specversion: '1.0',
      id: hired.id,
      source: 'personnel',
      type: 'EmployeeHired.v1',
      time: '2026-11-02T01:30:00.000Z',
      subject: 'E1001',
      datacontenttype: 'application/json',
    });
    expect(event.data).toEqual(hired.data);
  });

  it('gives consumers the envelope of a binary-mode message, whoever produced it (the SDK here)', () => {
    const sdk = CloudEventsKafka.binary(new CloudEvent({ ...hired, partitionkey: 'E1001' }));
    const incoming = fromKafkaMessage('personnel.employee', 3, {
      key: Buffer.from(String(sdk.key)),
      offset: '42',
      value: Buffer.from(typeof sdk.value === 'string' ? sdk.value : JSON.stringify(sdk.value)),
      headers: sdk.headers as Record<string, string>,
    });
    expect(incoming).toMatchObject({ topic: 'personnel.employee', partition: 3, offset: '42', key: 'E1001' });
    expect(parseEnvelope(incoming.value)).toEqual({ ...hired, partitionkey: 'E1001' }); // the SDK's key extension comes along
    // Ours round-trip too.
    const ours = toKafkaMessage({ topic: 'personnel.employee', key: 'E1001', value: JSON.stringify(hired) });
    expect(
      parseEnvelope(
        fromKafkaMessage('personnel.employee', 0, { key: Buffer.from(ours.key), value: Buffer.from(String(ours.value)), headers: ours.headers, offset: '0' })
          .value,
      ),
    ).toEqual(hired);
  });

  it('passes on as it came a message that is not a binary-mode event, for the consumer to refuse', () => {
    const plain = toKafkaMessage({ topic: 't', key: 'k', value: '{"this is": not an envelope', headers: { 'x-a': '1' } });
    expect(plain).toEqual({ key: 'k', value: '{"this is": not an envelope', headers: { 'x-a': '1' } });
    const incoming = fromKafkaMessage('t', 0, { key: Buffer.from('k'), value: Buffer.from(plain.value as string), headers: plain.headers, offset: '1' });
    expect(incoming.value).toBe('{"this is": not an envelope');
    expect(() => parseEnvelope(incoming.value)).toThrow('message is not JSON');
    // A binary-mode message whose value is broken JSON is refused the same way.
    const broken = fromKafkaMessage('t', 0, {
      key: null,
      value: Buffer.from('{"employeeId": '),
      headers: { ce_specversion: '1.0', ce_id: 'x', 'content-type': 'application/json' },
      offset: '2',
    });
    expect(() => parseEnvelope(broken.value)).toThrow('message is not JSON');
  });
});
