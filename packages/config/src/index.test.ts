import { ConfigError, bool, int, list, loadConfig, oneOf, optional, port, str, url } from './index';

describe('loadConfig', () => {
  const schema = {
    PORT: port(4001),
    DATABASE_URL: optional(url(undefined, ['postgres', 'postgresql'])),
    KAFKA_BROKERS: optional(list()),
    LOG_LEVEL: oneOf(['debug', 'info', 'warn'] as const, 'info'),
    DEMO_DATA: bool(true),
    NAME: str(),
    BATCH: int(100, { min: 1 }),
  };

  it('applies defaults and parses values', () => {
    const c = loadConfig(schema, { NAME: 'x', KAFKA_BROKERS: 'a:1, b:2', DEMO_DATA: 'no' });
    expect(c).toEqual({
      PORT: 4001,
      DATABASE_URL: undefined,
      KAFKA_BROKERS: ['a:1', 'b:2'],
      LOG_LEVEL: 'info',
      DEMO_DATA: false,
      NAME: 'x',
      BATCH: 100,
    });
  });

  it('lists every bad value in one error', () => {
    let err: ConfigError | undefined;
    try {
      loadConfig(schema, { PORT: '70000', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud', BATCH: '0' });
    } catch (e) {
      err = e as ConfigError;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect(err!.problems).toEqual([
      'PORT="70000": expected an integer between 0 and 65535',
      'DATABASE_URL="mysql://x": expected a URL with scheme postgres or postgresql',
      'LOG_LEVEL="loud": expected one of debug, info, warn',
      'NAME is required',
      'BATCH="0": expected an integer between 1 and Infinity',
    ]);
  });
});
