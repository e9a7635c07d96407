import { randomBytes, randomUUID } from 'node:crypto';
import { Partitioners } from 'kafkajs';
import { keyHashPartitioner, murmur2 } from './kafka-transport';

describe('keyHashPartitioner', () => {
  it('puts every key on the partition Kafka\'s default partitioner (kafkajs, Java) puts it on', () => {
    const ours = keyHashPartitioner();
    const theirs = Partitioners.DefaultPartitioner();
    const keys = [
      '', 'a', 'ab', 'abc', 'abcd', '21', 'E1001', '压测员工', '深圳福田营业部-一队',
      ...Array.from({ length: 2000 }, () => randomUUID()),
      ...Array.from({ length: 500 }, (_, i) => randomBytes(i % 67)),
    ];
    for (const partitions of [1, 3, 7, 12]) {
      const partitionMetadata = Array.from({ length: partitions }, (_, partitionId) => ({ partitionId, leader: 1, replicas: [1], isr: [1], partitionErrorCode: 0 }));
      for (const key of keys) {
        const args = { topic: 't', partitionMetadata, message: { key, value: 'v' } };
        expect([key, ours(args)]).toEqual([key, theirs(args)]);
      }
    }
  });

  it('hashes as Kafka\'s Java client does (known values)', () => {
    // From org.apache.kafka.common.utils.UtilsTest#testMurmur2.
    const cases: Array<[string, number]> = [['21', -973932308], ['foobar', -790332482], ['a-little-bit-long-string', -985981536], ['a-little-bit-longer-string', -1486304829], ['lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8', -58897971], ['abc', 479470107]];
    for (const [key, hash] of cases) expect(murmur2(Buffer.from(key))).toBe(hash);
  });
});
